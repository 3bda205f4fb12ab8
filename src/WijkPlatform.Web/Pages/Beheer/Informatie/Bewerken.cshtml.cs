using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Informatie;

/// <summary>Writing a page or news item: one form, with buttons for what should happen to it, a language check and a
/// preview that renders the unsaved text exactly as the public page does. Works without JavaScript.</summary>
[Authorize(Policy = WebServices.RedactieBeleid)]
public sealed class BewerkenModel(PaginaBeheer beheer, BeheerderLezer beheerders, WijkDbContext db, TimeProvider clock) : PageModel
{
    public sealed record WijkKeuze(int Id, string Naam);

    [BindProperty]
    public PaginaFormulier Input { get; set; } = new();

    public RedactieSoort Soort { get; private set; } = RedactieSoort.Paginas;
    public int? Id { get; private set; }
    public PaginaDetail? Detail { get; private set; }
    public IReadOnlyList<WijkKeuze> Wijken { get; private set; } = [];
    public TaaltoetsUitslag? Taaltoets { get; private set; }

    /// <summary>Set when the editor asked for a preview: the page then shows the text as the public would see it.</summary>
    public PaginaWeergave? Voorbeeld { get; private set; }

    public bool AndereWijziging { get; private set; }

    [TempData]
    public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(string soort, string id, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(soort, id, cancellationToken))
        {
            return NotFound();
        }

        if (Detail is not null)
        {
            Input = PaginaFormulier.Uit(Detail);
            Taaltoets = Input.Taaltoets();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string soort, string id, string? actie, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(soort, id, cancellationToken))
        {
            return NotFound();
        }

        switch (actie)
        {
            case "Controleer":
            case "Terug":
                ModelState.Clear();
                Taaltoets = Input.Taaltoets();
                return Page();
            case "Voorbeeld":
                ModelState.Clear();
                var wijk = Wijken.FirstOrDefault(w => w.Id == Input.WijkId)?.Naam;
                Voorbeeld = Input.NaarWeergave(Soort.Soort, clock.GetUtcNow().UtcDateTime, Soort.Soort == PaginaSoort.Nieuws ? wijk : null);
                Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
                return Page();
        }

        var stap = actie switch
        {
            "Publiceren" => PaginaActie.Publiceren,
            "Inplannen" => PaginaActie.Inplannen,
            "OfflineHalen" => PaginaActie.OfflineHalen,
            _ => PaginaActie.Concept,
        };
        if (stap == PaginaActie.Inplannen && ModelState.IsValid && (Input.Datum is null || Input.Tijd is null))
        {
            ModelState.AddModelError(Input.Datum is null ? "Input.Datum" : "Input.Tijd",
                "Vul de datum en de tijd in waarop de pagina op de website komt, zoals 1-12-2026 en 09:00.");
        }

        if (!ModelState.IsValid)
        {
            Taaltoets = Input.Taaltoets();
            return Page();
        }

        var wie = await beheerders.LeesAsync(User, cancellationToken);
        var uitkomst = await beheer.OpslaanAsync(wie, Soort.Soort, Id, Input.NaarInvoer(), Input.Versie, stap,
            stap == PaginaActie.Inplannen ? Input.VanafUtc : null, cancellationToken);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                AndereWijziging = uitkomst.Melding == PaginaBeheer.AndereWijziging;
                ModelState.AddModelError(uitkomst.Veld switch
                {
                    null => string.Empty,
                    "Vanaf" => "Input.Datum",
                    var veld => $"Input.{veld}",
                }, uitkomst.Melding!);
                Taaltoets = Input.Taaltoets();
                return Page();
        }

        Melding = stap switch
        {
            PaginaActie.Publiceren => $"Opgeslagen en gepubliceerd. Iedereen kan het nu lezen op {Soort.Publiek(Input.Slug!.Trim())}.",
            PaginaActie.Inplannen => $"Opgeslagen en ingepland. Het komt vanzelf op de website op {Core.Agenda.Tijd.Dag(Input.VanafUtc!.Value)} om {Core.Agenda.Tijd.Uur(Input.VanafUtc.Value)}.",
            PaginaActie.OfflineHalen => "Opgeslagen en offline gehaald. Niemand kan het nu nog op de website lezen.",
            _ => "Opgeslagen als concept. Alleen de redactie kan het zien.",
        };
        return Redirect(Soort.Bewerken(uitkomst.Id!.Value));
    }

    public async Task<IActionResult> OnPostTerugzettenAsync(string soort, string id, int nummer, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(soort, id, cancellationToken) || Id is null)
        {
            return NotFound();
        }

        var wie = await beheerders.LeesAsync(User, cancellationToken);
        var uitkomst = await beheer.TerugzettenAsync(wie, Soort.Soort, Id.Value, nummer, Input.Versie, cancellationToken);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                AndereWijziging = true;
                ModelState.AddModelError(string.Empty, uitkomst.Melding!);
                Input = PaginaFormulier.Uit(Detail!);
                Taaltoets = Input.Taaltoets();
                return Page();
        }

        Melding = $"Versie {nummer} is teruggezet. Dat is nu de nieuwste versie; de versies daartussen blijven bewaard.";
        return Redirect(Soort.Bewerken(Id.Value));
    }

    private async Task<bool> LaadAsync(string soort, string id, CancellationToken cancellationToken)
    {
        if (RedactieSoort.Uit(soort) is not { } gekozen)
        {
            return false;
        }

        Soort = gekozen;
        if (id != "nieuw")
        {
            if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nummer)
                || await beheer.LeesAsync(Soort.Soort, nummer, cancellationToken) is not { } detail)
            {
                return false;
            }

            (Id, Detail) = (nummer, detail);
        }

        if (Soort.Soort == PaginaSoort.Nieuws)
        {
            Wijken = await db.Wijken.AsNoTracking().Where(w => w.Actief).OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
                .Select(w => new WijkKeuze(w.Id, w.Naam)).ToListAsync(cancellationToken);
        }

        return true;
    }
}

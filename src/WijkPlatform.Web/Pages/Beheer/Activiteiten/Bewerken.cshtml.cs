using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Activiteiten;

// A little above the 10 MB photo limit, so a photo just too large gets the Dutch message beside the field, not a bare 413.
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed partial class BewerkenModel(
    ActiviteitBeheer beheer,
    BeheerderLezer beheerders,
    WijkDbContext db,
    IAfbeeldingVerwerker afbeeldingen,
    TimeProvider clock) : PageModel
{
    public sealed record Keuze(int Id, string Naam, bool IsDagontmoeting = false);

    [BindProperty]
    public ActiviteitFormulier Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Foto { get; set; }

    public int? Id { get; private set; }
    public string? Slug { get; private set; }
    public ActiviteitStatus? Status { get; private set; }
    public IReadOnlyList<Keuze> Organisaties { get; private set; } = [];
    public IReadOnlyList<Keuze> Categorieen { get; private set; } = [];
    public IReadOnlyList<Keuze> Wijken { get; private set; } = [];
    public IReadOnlyList<Keuze> Locaties { get; private set; } = [];

    [TempData]
    public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        await LijstenAsync(wie, cancellationToken);
        if (id is int bestaand)
        {
            if (await beheer.LeesAsync(wie, bestaand, cancellationToken) is not { } gevonden)
            {
                return NotFound();
            }

            (Id, Slug, Status) = (bestaand, gevonden.Activiteit.Slug, gevonden.Activiteit.Status);
            Input = ActiviteitFormulier.Uit(gevonden.Invoer);
            return Page();
        }

        if (Organisaties.Count == 0)
        {
            return NotFound();
        }

        var morgen = DateOnly.FromDateTime(Herhaling.NaarLokaal(clock.GetUtcNow().UtcDateTime)).AddDays(1);
        var organisatieId = Organisaties[0].Id;
        var wijk = await db.Organisaties.AsNoTracking().Where(o => o.Id == organisatieId).Select(o => o.WijkId).SingleAsync(cancellationToken);
        Input = new ActiviteitFormulier
        {
            OrganisatieId = organisatieId,
            WijkId = wijk ?? 0,
            Datum = morgen,
            Van = new TimeOnly(10, 0),
            Tot = new TimeOnly(12, 0),
        };
        Input.VulDagen();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);

        // Checked before anything else, so a member of another collective learns nothing from error messages.
        if (id is int bestaand)
        {
            if (await beheer.LeesAsync(wie, bestaand, cancellationToken) is not { } gevonden)
            {
                return NotFound();
            }

            (Id, Slug, Status) = (bestaand, gevonden.Activiteit.Slug, gevonden.Activiteit.Status);
            if (Input.AfbeeldingPad is not null && Input.AfbeeldingPad != gevonden.Activiteit.Afbeelding && !IsUpload(Input.AfbeeldingPad))
            {
                Input.AfbeeldingPad = gevonden.Activiteit.Afbeelding;
            }
        }
        else if (Input.AfbeeldingPad is not null && !IsUpload(Input.AfbeeldingPad))
        {
            Input.AfbeeldingPad = null;
        }

        await LijstenAsync(wie, cancellationToken);
        if (id is null && Organisaties.Count == 0)
        {
            // The same answer as the form itself gives: someone with no collective to write for cannot create.
            return NotFound();
        }

        Input.VulDagen();
        await VerwerkFotoAsync(cancellationToken);
        Controleer();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await beheer.OpslaanAsync(wie, id, Input.NaarInvoer(), cancellationToken);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                ModelState.AddModelError(uitkomst.Veld is null ? string.Empty : $"Input.{uitkomst.Veld}", uitkomst.Melding!);
                return Page();
        }

        var opgeslagen = await db.Activiteiten.AsNoTracking().Where(a => a.Id == uitkomst.Id)
            .Select(a => new { a.Slug, a.Status }).SingleAsync(cancellationToken);
        Melding = opgeslagen.Status switch
        {
            ActiviteitStatus.Gepubliceerd => $"Opgeslagen. '{Input.Titel}' staat in de agenda.",
            ActiviteitStatus.TerBeoordeling => $"Opgeslagen. De redactie kijkt nog naar '{Input.Titel}'. Daarna komt de activiteit in de agenda. Je krijgt bericht als er iets niet goed is.",
            _ => $"Opgeslagen. '{Input.Titel}' is verborgen door de redactie en staat niet in de agenda.",
        };
        return Redirect("/beheer/activiteiten");
    }

    private async Task VerwerkFotoAsync(CancellationToken cancellationToken)
    {
        if (Foto is not { Length: > 0 })
        {
            return;
        }

        await using var stroom = Foto.OpenReadStream();
        var uitkomst = await afbeeldingen.VerwerkAsync(stroom, cancellationToken);
        if (uitkomst.IsOpgeslagen)
        {
            Input.AfbeeldingPad = uitkomst.Pad;
            Input.FotoWeg = false;

            // The form fields show what was posted; the new photo replaces that, or a form shown again would lose it.
            ModelState.Remove("Input.AfbeeldingPad");
            ModelState.Remove("Input.FotoWeg");
        }
        else
        {
            ModelState.AddModelError(nameof(Foto), uitkomst.Melding);
        }
    }

    private void Controleer()
    {
        if (Input.HeeftOpeningstijden)
        {
            for (var i = 0; i < Input.Open.Count; i++)
            {
                var o = Input.Open[i];
                if (o.Van is null != o.Tot is null || o.Van >= o.Tot)
                {
                    ModelState.AddModelError($"Input.Open[{i}].Tot",
                        $"Vul bij {Naam(o.Dag)} een begintijd en een latere eindtijd in, of laat allebei leeg.");
                }
            }
        }
        else
        {
            if (Input.Van is null)
            {
                ModelState.AddModelError("Input.Van", "Vul de begintijd in, zoals 10:00.");
            }

            if (Input.Tot is null)
            {
                ModelState.AddModelError("Input.Tot", "Vul de eindtijd in, zoals 12:00.");
            }
            else if (Input.Van is not null && Input.Tot <= Input.Van)
            {
                ModelState.AddModelError("Input.Tot", "De eindtijd moet na de begintijd liggen.");
            }

            if (Input.Herhaling == HerhaalSoort.Eigen && string.IsNullOrWhiteSpace(Input.EigenRegel))
            {
                ModelState.AddModelError("Input.Herhaling", "Kies hoe vaak de activiteit is.");
            }
        }

        if (Input.TotEnMet is { } tot && Input.Datum is { } datum && tot < datum)
        {
            ModelState.AddModelError("Input.TotEnMet", "De laatste datum moet na de eerste datum liggen.");
        }

        if (!string.IsNullOrWhiteSpace(Input.OnlineLink)
            && (!Uri.TryCreate(Input.OnlineLink.Trim(), UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
        {
            ModelState.AddModelError("Input.OnlineLink", "Vul een link in die begint met https://, of laat het leeg.");
        }

        if (Input.AfbeeldingPad is not null && !Input.FotoWeg && string.IsNullOrWhiteSpace(Input.AfbeeldingAlt))
        {
            ModelState.AddModelError("Input.AfbeeldingAlt",
                "Schrijf in een paar woorden wat er op de foto staat, voor wie de foto niet kan zien. Bijvoorbeeld: buren drinken koffie aan een lange tafel.");
        }

        if (Input.Herhaling != HerhaalSoort.Eenmalig && Input.Herhaling != HerhaalSoort.Eigen && Input.HeeftOpeningstijden)
        {
            ModelState.AddModelError("Input.Herhaling", "Kies 'Eén keer' bij een inloop met openingstijden: de openingstijden bepalen de dagen.");
        }
    }

    private async Task LijstenAsync(Beheerder wie, CancellationToken cancellationToken)
    {
        var eigen = wie.Collectieven.ToList();
        Organisaties = await db.Organisaties.AsNoTracking()
            .Where(o => eigen.Contains(o.Id) || (wie.IsRedactie && o.Soort == OrganisatieSoort.Collectief))
            .OrderBy(o => o.Naam).Select(o => new Keuze(o.Id, o.Naam, false)).ToListAsync(cancellationToken);
        Categorieen = await db.Categorieen.AsNoTracking().OrderBy(c => c.Naam)
            .Select(c => new Keuze(c.Id, c.Naam, c.IsDagontmoeting)).ToListAsync(cancellationToken);
        Wijken = await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).Select(w => new Keuze(w.Id, w.Naam, false)).ToListAsync(cancellationToken);
        Locaties = await db.Locaties.AsNoTracking().OrderBy(l => l.Naam).Select(l => new Keuze(l.Id, l.Naam, false)).ToListAsync(cancellationToken);
    }

    public static string Naam(DayOfWeek dag) => System.Globalization.CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.GetDayName(dag);

    // Only a path the image pipeline produced can come back through the hidden field; anything else is dropped.
    private static bool IsUpload(string pad) => UploadPad().IsMatch(pad);

    [GeneratedRegex("^/media/uploads/[A-Za-z0-9_-]+\\.webp$")]
    private static partial Regex UploadPad();
}

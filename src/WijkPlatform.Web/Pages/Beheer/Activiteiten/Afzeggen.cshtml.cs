using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Activiteiten;

public sealed class AfzeggenModel(ActiviteitBeheer beheer, BeheerderLezer beheerders) : PageModel
{
    public const string AlleDatums = "alle";

    public string Titel { get; private set; } = "";
    public IReadOnlyList<VoorkomenDatum> Datums { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Kies wat niet doorgaat: één datum of alle komende datums.")]
    [Display(Name = "Wat gaat niet door?")]
    public string? Keuze { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Schrijf in één of twee zinnen waarom het niet doorgaat.")]
    [StringLength(300, ErrorMessage = "Maak de reden korter: hoogstens 300 tekens.")]
    [Display(Name = "Waarom gaat het niet door?")]
    public string? Reden { get; set; }

    [TempData]
    public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LaadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        DateTime? start = null;
        if (Keuze is not null && Keuze != AlleDatums)
        {
            if (DateTime.TryParseExact(Keuze, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var gekozen))
            {
                start = gekozen;
            }
            else
            {
                ModelState.AddModelError(nameof(Keuze), "Kies een datum uit de lijst.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var wie = await beheerders.LeesAsync(User, cancellationToken);
        var uitkomst = await beheer.AfgelastenAsync(wie, id, start, Reden!, cancellationToken);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                ModelState.AddModelError(uitkomst.Veld == "Reden" ? nameof(Reden) : nameof(Keuze), uitkomst.Melding!);
                return Page();
        }

        Melding = $"'{Titel}' gaat {(start is { } s ? $"op {Tijd.Dag(s)}" : "vanaf nu")} niet door. Dat staat nu in de agenda. " +
            $"{uitkomst.Melding} aangemelde mensen krijgen een mail.";
        return Redirect("/beheer/activiteiten");
    }

    private async Task<bool> LaadAsync(int id, CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        if (await beheer.LeesAsync(wie, id, cancellationToken) is not { } gevonden)
        {
            return false;
        }

        Titel = gevonden.Activiteit.Titel;
        Datums = (await beheer.KomendeDatumsAsync(id, 20, cancellationToken)).Where(d => !d.Afgelast).ToList();
        return true;
    }
}

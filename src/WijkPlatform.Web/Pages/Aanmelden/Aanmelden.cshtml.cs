using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Aanmelden;

[EnableRateLimiting(Snelheidslimieten.Aanmelden)]
public sealed class AanmeldenModel(AgendaQueries agenda, AanmeldQueries aanmelden, MeldAan.Handler meldAan, TimeProvider clock,
    IOptions<AanmeldOptions> options) : PageModel
{
    public ActiviteitDetail Activiteit { get; private set; } = null!;

    public AanmeldFormulier Formulier { get; private set; } = null!;

    [BindProperty]
    public AanmeldInvoer Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, string? start, CancellationToken cancellationToken)
    {
        Input.Start = start;
        return await ToonAsync(slug, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (Input.IsRobot)
        {
            // Looks like success, so the software learns nothing; nothing is stored or sent.
            return await ToonAsync(slug, cancellationToken)
                ?? Ontvangen(slug, Input.StartUtc ?? DateTime.UnixEpoch, plaats: true, wachtlijstPlaats: null, metMail: true);
        }

        // A sign-up that goes through needs no page data: the activity is read for the form only when the form comes
        // back, which keeps a rush of sign-ups to the queries the sign-up itself needs. MeldAan checks the number of persons.
        Input.Controleer(ModelState, maxPersonen: int.MaxValue);
        MeldAan.Result? resultaat = null;
        if (ModelState.IsValid)
        {
            resultaat = await meldAan.HandleAsync(new MeldAan.Command(slug, Input.StartUtc!.Value, Input.Naam!, Input.Email,
                Input.Telefoon, Input.Personen, Input.Opmerking), cancellationToken);
            if (resultaat.Status is MeldAan.Status.Bevestigd or MeldAan.Status.Wachtlijst or MeldAan.Status.AlAangemeld)
            {
                return Ontvangen(slug, resultaat.Gelegenheid!.StartUtc, resultaat.ToonPlaats,
                    resultaat.WachtlijstPlaats, !string.IsNullOrWhiteSpace(Input.Email));
            }
        }

        if (await ToonAsync(slug, cancellationToken) is { } nietGevonden)
        {
            return nietGevonden;
        }

        if (Input.Personen > Activiteit.MaxPersonen
            && ModelState.GetFieldValidationState($"Input.{nameof(Input.Personen)}") != ModelValidationState.Invalid)
        {
            ModelState.AddModelError($"Input.{nameof(Input.Personen)}", $"Je kunt met hoogstens {Activiteit.MaxPersonen} personen komen.");
        }

        switch (resultaat?.Status)
        {
            case MeldAan.Status.NietGevonden:
                ModelState.AddModelError("Input.Start", "Kies een datum uit de lijst.");
                break;
            case MeldAan.Status.Gesloten:
                ModelState.AddModelError("Input.Start", "Aanmelden voor deze datum kan niet meer. Kies een andere datum.");
                break;
            case MeldAan.Status.TeVaak:
                ModelState.AddModelError("Input.Email", "Met dit e-mailadres is het afgelopen uur al vaak aangemeld. Probeer het over een uur opnieuw, of bel de organisator.");
                break;
        }

        return Page();
    }

    private async Task<IActionResult?> ToonAsync(string slug, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var detail = await agenda.DetailAsync(slug, nu, aantalDatums: 12, cancellationToken);
        if (detail is null || !detail.AanmeldenNodig || detail.IsDagontmoeting)
        {
            return NotFound();
        }

        Activiteit = detail;
        Formulier = await AanmeldFormulier.MaakAsync(detail, aanmelden, nu, options.Value.BewaarDagen, Input, cancellationToken);
        return null;
    }

    private RedirectToPageResult Ontvangen(string slug, DateTime startUtc, bool plaats, int? wachtlijstPlaats, bool metMail) =>
        RedirectToPage("/Aanmelden/Ontvangen", OntvangenWaarden(slug, startUtc, plaats, wachtlijstPlaats, metMail));

    /// <summary>The address of the receipt page after a sign-up; shared with <see cref="SnelAanmelden"/>.</summary>
    internal static object OntvangenWaarden(string slug, DateTime startUtc, bool plaats, int? wachtlijstPlaats, bool metMail) => new
    {
        slug,
        start = Tijd.Iso(startUtc),
        uitkomst = plaats ? "plaats" : "wachtlijst",
        nummer = plaats ? null : wachtlijstPlaats,
        mail = metMail ? "ja" : "nee",
    };
}

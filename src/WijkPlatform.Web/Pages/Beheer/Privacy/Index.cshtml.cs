using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Privacy;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Privacy;

/// <summary>Privacy requests for beheer: search, export, erase. Every step is a POST, so the address or number never
/// appears in a URL, a browser history or an access log; the beheer-only policy on the folder guards every handler.</summary>
public sealed class IndexModel(PrivacyZoeken zoeken, PrivacyExport export, PrivacyWissen.Handler wissen, BeheerderLezer beheerders,
    TimeProvider clock) : PageModel
{
    public enum Stap
    {
        Zoeken,
        Resultaat,
        Bevestigen,
        Gewist,
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Stap Huidig { get; private set; } = Stap.Zoeken;

    public PrivacyOverzicht? Overzicht { get; private set; }

    public PrivacyWissen.Result? Uitkomst { get; private set; }

    public string Verzoek { get; private set; } = "";

    /// <summary>Set when the account found is the signed-in beheer's own, which cannot be erased here.</summary>
    public bool EigenAccount { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostZoekAsync(CancellationToken cancellationToken)
    {
        if (Lees() is not { } zoekterm)
        {
            return Page();
        }

        Overzicht = await zoeken.ZoekEnLogAsync(zoekterm, await beheerders.LeesAsync(User, cancellationToken), Verzoek, cancellationToken);
        Huidig = Stap.Resultaat;
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (Lees() is not { } zoekterm)
        {
            return Page();
        }

        var overzicht = await zoeken.ZoekAsync(zoekterm, cancellationToken);
        var bestand = await export.MaakEnLogAsync(overzicht, await beheerders.LeesAsync(User, cancellationToken), Verzoek, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(bestand.Inhoud, bestand.ContentType, bestand.Naam);
    }

    public async Task<IActionResult> OnPostBevestigAsync(CancellationToken cancellationToken)
    {
        if (Lees() is not { } zoekterm)
        {
            return Page();
        }

        await BevestigingAsync(zoekterm, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostWisAsync(CancellationToken cancellationToken)
    {
        if (Lees() is not { } zoekterm)
        {
            return Page();
        }

        if (!Input.Akkoord)
        {
            ModelState.AddModelError("Input.Akkoord", "Zet een vinkje als je hebt gecontroleerd wat er gewist wordt.");
            await BevestigingAsync(zoekterm, cancellationToken);
            return Page();
        }

        var wie = await beheerders.LeesAsync(User, cancellationToken);
        Uitkomst = await wissen.HandleAsync(new PrivacyWissen.Command(zoekterm, wie, Verzoek), cancellationToken);
        Overzicht = Uitkomst.Overzicht;
        switch (Uitkomst.Status)
        {
            case PrivacyWissen.Status.EigenAccount:
                ModelState.AddModelError(string.Empty, "Je kunt je eigen account hier niet wissen. Vraag een andere beheerder.");
                Huidig = Stap.Resultaat;
                break;
            case PrivacyWissen.Status.LaatsteBeheer:
                ModelState.AddModelError(string.Empty,
                    "Dit is het laatste account met de rol beheer dat nog aan staat. Geef eerst iemand anders de rol beheer.");
                Huidig = Stap.Resultaat;
                break;
            default:
                Huidig = Stap.Gewist;
                break;
        }

        return Page();
    }

    private async Task BevestigingAsync(Zoekterm zoekterm, CancellationToken cancellationToken)
    {
        Overzicht = await zoeken.ZoekAsync(zoekterm, cancellationToken);
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        EigenAccount = Overzicht.Accounts.Any(a => a.Id == wie.GebruikerId);
        Huidig = Stap.Bevestigen;
    }

    /// <summary>Reads the posted term; on a bad one the page shows the message beside the field and keeps the text.</summary>
    private Zoekterm? Lees()
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        // A number posted back with the right shape keeps the steps of one request together; anything else gets a new one.
        Verzoek = PrivacyVerzoek.Geldig(Input.Verzoek, nu);
        Input.Verzoek = Verzoek;
        if (!Zoekterm.Probeer(Input.Zoekterm, out var zoekterm, out var fout))
        {
            ModelState.AddModelError("Input.Zoekterm", fout!);
            Huidig = Stap.Zoeken;
            return null;
        }

        return zoekterm;
    }

    public sealed class InputModel
    {
        public string? Zoekterm { get; set; }

        public string? Verzoek { get; set; }

        public bool Akkoord { get; set; }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Pages.Nieuwsbrief;

/// <summary>The link from the confirmation mail. A GET only shows a button: mail scanners and link previews open
/// every link in a mail, and that must not confirm anything. The POST of the button confirms.</summary>
public sealed class BevestigenModel(Bevestig.Handler bevestig) : PageModel
{
    public Bevestig.Resultaat Resultaat { get; private set; } = new(Bevestig.Status.NietGevonden, []);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        NieuwsbriefPrive.ZetKoppen(Response);
        Resultaat = await bevestig.LeesAsync(code, cancellationToken);
        return Toon();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        NieuwsbriefPrive.ZetKoppen(Response);
        Resultaat = await bevestig.BevestigAsync(code, cancellationToken);
        return Toon();
    }

    private PageResult Toon()
    {
        if (Resultaat.Status == Bevestig.Status.NietGevonden)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Pages.Nieuwsbrief;

/// <summary>The unsubscribe link under every nieuwsbrief and in its List-Unsubscribe header. A GET shows a button, so
/// a mail scanner that opens the link unsubscribes nobody. The POST unsubscribes: from that button, and from a mail
/// program's own unsubscribe button (RFC 8058 one-click), which posts "List-Unsubscribe=One-Click" to this address
/// without cookies and so without an antiforgery token. The token is therefore not asked for here, on purpose: the
/// secret code in the address is what authorises, and the only thing this page can do is end that one subscription.</summary>
[IgnoreAntiforgeryToken]
public sealed class AfmeldenModel(SchrijfUit.Handler schrijfUit) : PageModel
{
    public SchrijfUit.Resultaat Resultaat { get; private set; } = new(SchrijfUit.Status.NietGevonden, null);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        NieuwsbriefPrive.ZetKoppen(Response);
        Resultaat = await schrijfUit.LeesAsync(code, cancellationToken);
        return Toon();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        NieuwsbriefPrive.ZetKoppen(Response);
        Resultaat = await schrijfUit.SchrijfUitAsync(code, cancellationToken);
        return Toon();
    }

    private PageResult Toon()
    {
        if (Resultaat.Status == SchrijfUit.Status.NietGevonden)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}

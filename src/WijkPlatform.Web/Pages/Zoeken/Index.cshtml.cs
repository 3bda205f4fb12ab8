using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Zoeken;

namespace WijkPlatform.Web.Pages.Zoeken;

public sealed class IndexModel(ZoekQueries zoeken) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyList<ZoekResultaat>? Resultaten { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Q = Q?.Trim();
        if (Q is { Length: > 200 })
        {
            Q = Q[..200];
        }

        if (!string.IsNullOrEmpty(Q))
        {
            Resultaten = await zoeken.ZoekAsync(Q, cancellationToken);
        }
    }
}

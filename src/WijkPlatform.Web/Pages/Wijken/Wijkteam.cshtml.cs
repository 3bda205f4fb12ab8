using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Pages.Wijken;

public sealed class WijkteamModel(WijkenQueries wijken) : PageModel
{
    public IReadOnlyList<WijkteamKaart> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Teams = await wijken.WijkteamsAsync(cancellationToken);
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Wijken;

/// <summary>Per wijk: where the wijkteam is, when to walk in, what to expect, and who offers independent help there.</summary>
public sealed class WijkteamModel(ClientondersteuningQueries clientondersteuning) : PageModel
{
    public IReadOnlyList<WijkHulp> Wijken { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Wijken = (await clientondersteuning.OverzichtAsync(cancellationToken)).Wijken.Where(w => w.Contactpunten.Count > 0).ToList();
}

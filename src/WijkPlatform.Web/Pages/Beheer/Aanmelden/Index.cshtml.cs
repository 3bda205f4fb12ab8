using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Beheer.Aanmelden;

public sealed class IndexModel(OrganisatorQueries queries) : PageModel
{
    public IReadOnlyList<BalieActiviteit> Activiteiten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Activiteiten = await queries.BalieActiviteitenAsync(cancellationToken);
}

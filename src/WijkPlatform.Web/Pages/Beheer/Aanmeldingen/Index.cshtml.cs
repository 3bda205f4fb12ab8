using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Beheer.Aanmeldingen;

public sealed class IndexModel(OrganisatorQueries queries) : PageModel
{
    public IReadOnlyList<OrganisatorActiviteit> Activiteiten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var gebruikerId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        Activiteiten = await queries.MijnActiviteitenAsync(gebruikerId, cancellationToken);
    }
}

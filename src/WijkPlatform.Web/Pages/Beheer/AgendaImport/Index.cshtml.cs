using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Web.Pages.Beheer.AgendaImport;

public sealed class IndexModel(AgendaImportQueries queries) : PageModel
{
    public IReadOnlyList<AgendaKoppeling> Koppelingen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var gebruikerId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        Koppelingen = await queries.KoppelingenAsync(gebruikerId, cancellationToken);
    }
}

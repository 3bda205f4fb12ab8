using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Pages.Beheer;

public sealed class IndexModel(WijkDbContext db) : PageModel
{
    public string Naam { get; private set; } = "";
    public IReadOnlyList<string> Rollen { get; private set; } = [];
    public IReadOnlyList<string> Collectieven { get; private set; } = [];
    public IReadOnlyList<string> Wijken { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var id = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
        var gebruiker = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Id == id)
            .Select(g => new
            {
                g.Naam,
                Collectieven = g.Lidmaatschappen.Select(l => l.Organisatie!.Naam).ToList(),
                Wijken = g.Wijken.Select(w => w.Wijk!.Naam).ToList(),
            })
            .SingleAsync(cancellationToken);
        Naam = gebruiker.Naam;
        Collectieven = gebruiker.Collectieven;
        Wijken = gebruiker.Wijken;
        Rollen = Core.Beheer.Rollen.Alle.Where(User.IsInRole).ToList();
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Monitor;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

/// <summary>The monitor: figures of one wijk (or all the person may see) over a period of months, as charts with tables.</summary>
public sealed class IndexModel(WijkDbContext db, MonitorQueries monitor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tot { get; set; }

    public IReadOnlyList<MonitorWijk> Wijken { get; private set; } = [];
    public MonitorRapport? Rapport { get; private set; }
    public IReadOnlyList<Figuur> Figuren { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();
    public bool IsBeheer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LeesMedewerkerAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        IsBeheer = wie.IsBeheer;
        Wijken = await monitor.WijkenAsync(wie, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Wijk) && !Wijken.Any(w => string.Equals(w.Slug, Wijk.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        var invoer = MonitorInvoer.Lees(Van, Tot, clock.GetUtcNow().UtcDateTime);
        if (invoer.Periode is null)
        {
            Fouten = invoer.Fouten;
            return Page();
        }

        Rapport = await monitor.RapportAsync(wie, Wijk, invoer.Periode, cancellationToken);
        if (Rapport is null)
        {
            return NotFound();
        }

        Van = invoer.Periode.Van.Code;
        Tot = invoer.Periode.Tot.Code;
        Wijk = Rapport.Wijk?.Slug;
        Figuren = MonitorFiguren.Maak(Rapport);
        return Page();
    }

    internal static Task<Medewerker?> LeesMedewerkerAsync(WijkDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        return Medewerker.LeesAsync(db, id, user.IsInRole(Rollen.Beheer), cancellationToken);
    }
}

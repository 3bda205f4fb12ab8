using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Beheer.Initiatieven;

/// <summary>The wijkteam's queue: the requests of the wijken bound to the account, nearest beslistermijn first; beheer
/// also sees the central queue of requests whose postcode is not in the table.</summary>
public sealed class IndexModel(WijkDbContext db, InitiatiefQueries queries, TimeProvider clock) : PageModel
{
    public const string Centraal = "centraal";

    public IReadOnlyList<WachtrijRegel> Regels { get; private set; } = [];
    public IReadOnlyList<WijkKeuze> Wijken { get; private set; } = [];
    public bool IsBeheer { get; private set; }
    public int InCentraleWachtrij { get; private set; }
    public DateTime NuUtc { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    [TempData]
    public string? Melding { get; set; }

    public static IReadOnlyList<InitiatiefStatus> Statussen { get; } =
        Enum.GetValues<InitiatiefStatus>().Where(s => s != InitiatiefStatus.Concept).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await MedewerkerLezer.LeesAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        IsBeheer = wie.IsBeheer;
        NuUtc = clock.GetUtcNow().UtcDateTime;
        Wijken = await queries.WijkenAsync(wie, cancellationToken);
        IReadOnlyCollection<InitiatiefStatus>? statussen = Status switch
        {
            null or "" or "open" => Statusmachine.Open,
            "alle" => null,
            _ when Enum.TryParse<InitiatiefStatus>(Status, ignoreCase: true, out var s) && s != InitiatiefStatus.Concept => [s],
            _ => Statusmachine.Open,
        };
        var centraal = IsBeheer && Wijk == Centraal;
        int? wijkId = int.TryParse(Wijk, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && Wijken.Any(k => k.Id == w) ? w : null;
        Regels = await queries.WachtrijAsync(wie, new WachtrijFilter(statussen, wijkId, centraal), cancellationToken);
        if (IsBeheer)
        {
            InCentraleWachtrij = (await queries.WachtrijAsync(wie, new WachtrijFilter(Statusmachine.Open, AlleenCentraal: true), cancellationToken)).Count;
        }

        return Page();
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Initiatieven;

/// <summary>The wijkteam's queue: the requests of the wijken bound to the account, nearest beslistermijn first; beheer
/// also sees the central queue of requests whose postcode is not in the table. Paged in the database; a page number that
/// is not a number gives the first page, one past the end the last.</summary>
public sealed class IndexModel(WijkDbContext db, InitiatiefQueries queries, GegevensCache cache, TimeProvider clock) : PageModel
{
    public const string Centraal = "centraal";

    public WachtrijLijst Lijst { get; private set; } = new([], 0, 1, 1);
    public Paginering Paginering { get; private set; } = null!;
    public IReadOnlyList<WijkKeuze> Wijken { get; private set; } = [];
    public bool IsBeheer { get; private set; }
    public int InCentraleWachtrij { get; private set; }
    public DateTime NuUtc { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    [FromQuery(Name = "pagina")]
    public string? PaginaTekst { get; set; }

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
        IReadOnlyCollection<InitiatiefStatus>? statussen = Status switch
        {
            null or "" or "open" => Statusmachine.Open,
            "alle" => null,
            _ when Enum.TryParse<InitiatiefStatus>(Status, ignoreCase: true, out var s) && s != InitiatiefStatus.Concept => [s],
            _ => Statusmachine.Open,
        };
        var centraal = IsBeheer && Wijk == Centraal;
        int? gevraagdeWijk = int.TryParse(Wijk, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : null;
        var pagina = int.TryParse(PaginaTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        // The queue's queries are kept a few seconds under the data version (ADR 23), per account and what it may see:
        // the account itself is read anew above for every request, so a wijk taken off it gives another key at once.
        var statusSleutel = statussen is null ? "alle" : string.Join(',', statussen.Order());
        var sleutel = string.Create(CultureInfo.InvariantCulture,
            $"beheer-initiatieven|{wie.GebruikerId}|{wie.IsBeheer}|{string.Join(',', wie.Wijken.Order())}|{statusSleutel}|{gevraagdeWijk}|{centraal}|{pagina}");
        var gegevens = await cache.HaalAsync(sleutel, async () =>
        {
            var wijken = await queries.WijkenAsync(wie, cancellationToken);
            int? wijkId = gevraagdeWijk is int g && wijken.Any(k => k.Id == g) ? g : null;
            var lijst = await queries.WachtrijAsync(wie, new WachtrijFilter(statussen, wijkId, centraal), pagina, cancellationToken);
            var inCentraleWachtrij = wie.IsBeheer
                ? await queries.AantalAsync(wie, new WachtrijFilter(Statusmachine.Open, AlleenCentraal: true), cancellationToken)
                : 0;
            return new Wachtrij(wijken, lijst, inCentraleWachtrij);
        });
        Wijken = gegevens.Wijken;
        Lijst = gegevens.Lijst;
        InCentraleWachtrij = gegevens.InCentraleWachtrij;
        Paginering = new Paginering(Lijst.Pagina, Lijst.AantalPaginas, Link);
        return Page();
    }

    /// <summary>This page with the current filters, at <paramref name="pagina"/>.</summary>
    public string Link(int pagina)
    {
        var delen = new List<string>();
        void Voeg(string naam, string? waarde)
        {
            if (!string.IsNullOrEmpty(waarde))
            {
                delen.Add($"{naam}={Uri.EscapeDataString(waarde)}");
            }
        }

        Voeg("status", Status);
        Voeg("wijk", Wijk);
        Voeg("pagina", pagina > 1 ? pagina.ToString(CultureInfo.InvariantCulture) : null);
        return delen.Count == 0 ? "/beheer/initiatieven" : "/beheer/initiatieven?" + string.Join('&', delen);
    }

    private sealed record Wachtrij(IReadOnlyList<WijkKeuze> Wijken, WachtrijLijst Lijst, int InCentraleWachtrij);
}

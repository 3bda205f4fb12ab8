using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Monitor;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

/// <summary>One figure, or all of them, as CSV or XLSX, for the same wijk and period as the page and under the same
/// rule: a wijk that is not the person's reads as not there.</summary>
public sealed class ExportModel(WijkDbContext db, MonitorQueries monitor, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? figuur, string? formaat, string? wijk, string? van, string? tot,
        CancellationToken cancellationToken)
    {
        if (await IndexModel.LeesMedewerkerAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        var sleutel = figuur?.Trim().ToLowerInvariant();
        var soort = formaat?.Trim().ToLowerInvariant();
        if (sleutel is null || (sleutel != MonitorFiguren.Alles && !MonitorFiguren.Sleutels.Contains(sleutel)) || soort is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        var invoer = MonitorInvoer.Lees(van, tot, clock.GetUtcNow().UtcDateTime);
        if (invoer.Periode is null)
        {
            return BadRequest(string.Join(" ", invoer.Fouten.Values));
        }

        if (await monitor.RapportAsync(wie, wijk, invoer.Periode, cancellationToken) is not { } rapport)
        {
            return NotFound();
        }

        var figuren = MonitorFiguren.Alle.Where(d => sleutel == MonitorFiguren.Alles || d.Sleutel == sleutel).Select(d => d.Maak(rapport)).ToList();
        Response.Headers.CacheControl = "no-store";
        return soort == "csv"
            ? File(MonitorCsv.Maak(figuren, $"{rapport.WijkNaam}, {rapport.Periode.Naam}"), "text/csv; charset=utf-8", MonitorLinks.Bestandsnaam(rapport, sleutel, "csv"))
            : File(MonitorXlsx.Maak(figuren), MonitorXlsx.ContentType, MonitorLinks.Bestandsnaam(rapport, sleutel, "xlsx"));
    }
}

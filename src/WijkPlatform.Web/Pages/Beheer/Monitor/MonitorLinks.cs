using Microsoft.AspNetCore.WebUtilities;
using WijkPlatform.Core.Monitor;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

/// <summary>The addresses of the monitor and its exports; an export takes the same wijk and period as the page.</summary>
public static class MonitorLinks
{
    public const string Pagina = "/beheer/monitor";
    public const string Export = "/beheer/monitor/export";

    public static string Naar(string figuur, string formaat, string? wijk, MonitorPeriode periode)
    {
        ArgumentNullException.ThrowIfNull(periode);
        var query = new Dictionary<string, string?>
        {
            ["figuur"] = figuur,
            ["formaat"] = formaat,
        };
        if (!string.IsNullOrEmpty(wijk))
        {
            query["wijk"] = wijk;
        }

        query["van"] = periode.Van.Code;
        query["tot"] = periode.Tot.Code;
        return QueryHelpers.AddQueryString(Export, query);
    }

    /// <summary>"monitor-ruwaard-2025-11-2026-11-aanmeldingen.csv".</summary>
    public static string Bestandsnaam(MonitorRapport rapport, string figuur, string extensie)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        return $"monitor-{rapport.Wijk?.Slug ?? "alle-wijken"}-{rapport.Periode.Van.Code}-{rapport.Periode.Tot.Code}-{figuur}.{extensie}";
    }
}

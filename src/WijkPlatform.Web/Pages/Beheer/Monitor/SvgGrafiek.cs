using System.Globalization;
using System.Net;
using System.Text;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

/// <summary>Draws a figure as inline SVG on the server: no script, scales with the page (viewBox, width 100%). Series
/// differ by fill pattern or line shape as well as colour, every bar carries its number, and the role="img" element
/// names its title and a summary; the table beside it holds every number for screen readers.</summary>
public static class SvgGrafiek
{
    private const int Breedte = 400;
    private const int Letter = 16;
    private const string Tekstkleur = "#1f2a28";
    private const string Rand = "#1f2a28";
    private const string Raster = "#8c9a98";
    private const int MaxLabel = 40;

    // Each colour has at least 3:1 contrast with white; the outline of every bar does too, so a light pattern still shows its edge.
    private static readonly string[] Kleuren = ["#00665c", "#8a3b00", "#4b2d7f", "#1f2a28"];
    private static readonly string[] Streep = ["", "8 4", "2 4", "12 4 2 4"];

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Maak(Figuur figuur)
    {
        ArgumentNullException.ThrowIfNull(figuur);
        var rijen = figuur.GrafiekRijen;
        var kolommen = figuur.GrafiekKolommen.Select(k => figuur.Tabel.Kolommen[k]).ToList();
        var waarden = rijen.Select(r => figuur.GrafiekKolommen.Select(k => Math.Max(0, r.Waarden[k] ?? 0)).ToList()).ToList();
        var id = "grafiek-" + figuur.Sleutel;
        var inhoud = new StringBuilder();
        var hoogte = figuur.Soort == GrafiekSoort.Staven
            ? Staven(inhoud, id, rijen, kolommen, waarden)
            : Maanden(inhoud, id, figuur.Soort, rijen, kolommen, waarden);

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wijk-monitor__svg\" role=\"img\" viewBox=\"0 0 {Breedte} {hoogte}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"{id}-titel {id}-desc\" id=\"{id}\">"));
        svg.Append(Inv($"<title id=\"{id}-titel\">{E(figuur.Titel)}</title>"));
        svg.Append(Inv($"<desc id=\"{id}-desc\">{E(Samenvatting(figuur, rijen, kolommen, waarden))}</desc>"));
        svg.Append(Patronen(id));
        svg.Append(inhoud);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The desc: what kind of chart, and where it peaks, in words.</summary>
    public static string Samenvatting(Figuur figuur, IReadOnlyList<Rij> rijen, IReadOnlyList<Kolom> kolommen, IReadOnlyList<List<decimal>> waarden)
    {
        ArgumentNullException.ThrowIfNull(figuur);
        var soort = figuur.Soort switch
        {
            GrafiekSoort.Lijnen => "Lijngrafiek per maand",
            GrafiekSoort.Kolommen => "Kolomgrafiek per maand",
            _ => "Staafgrafiek",
        };
        var zin = new StringBuilder($"{soort} met {Meervoud(rijen.Count, "rij", "rijen")}");
        zin.Append(kolommen.Count > 1 ? $" en {kolommen.Count} reeksen: {string.Join(", ", kolommen.Select(k => k.Kop))}." : $": {kolommen[0].Kop}.");
        for (var k = 0; k < kolommen.Count; k++)
        {
            var hoogste = Enumerable.Range(0, rijen.Count).OrderByDescending(i => waarden[i][k]).FirstOrDefault();
            if (rijen.Count > 0)
            {
                zin.Append(Inv($" Hoogste {kolommen[k].Naam.ToLowerInvariant()}: {rijen[hoogste].Label}, {MonitorOpmaak.Tekst(waarden[hoogste][k], kolommen[k].Soort)}."));
            }
        }

        zin.Append(" Alle getallen staan in de tabel hieronder.");
        return zin.ToString();
    }

    private static int Staven(StringBuilder svg, string id, IReadOnlyList<Rij> rijen, List<Kolom> kolommen, List<List<decimal>> waarden)
    {
        var y = Legenda(svg, id, kolommen, lijn: false);
        var max = waarden.SelectMany(w => w).DefaultIfEmpty(0).Max();
        const int ruimteVoorGetal = 96;
        var schaal = max == 0 ? 0 : (Breedte - ruimteVoorGetal) / max;
        for (var i = 0; i < rijen.Count; i++)
        {
            y += Letter + 4;
            svg.Append(Inv($"<text x=\"0\" y=\"{y}\" font-size=\"{Letter}\" font-weight=\"600\" fill=\"{Tekstkleur}\">{E(Kort(rijen[i].Label))}</text>"));
            y += 6;
            for (var k = 0; k < kolommen.Count; k++)
            {
                // A zero still gets its (flat) bar, so every number in the table has its mark in the chart.
                var breedte = waarden[i][k] * schaal;
                svg.Append(Inv($"<rect x=\"1\" y=\"{y}\" width=\"{breedte:0.#}\" height=\"16\" fill=\"url(#{id}-p{k})\" stroke=\"{Rand}\" stroke-width=\"1.5\"{Data(i, k, waarden[i][k])}/>"));

                var label = kolommen.Count > 1 ? $"{MonitorOpmaak.Tekst(waarden[i][k], kolommen[k].Soort)} {Afkorting(kolommen[k])}" : MonitorOpmaak.Tekst(waarden[i][k], kolommen[k].Soort);
                svg.Append(Inv($"<text x=\"{breedte + 6:0.#}\" y=\"{y + 13}\" font-size=\"{Letter - 2}\" fill=\"{Tekstkleur}\">{E(label)}</text>"));
                y += 20;
            }

            y += 6;
        }

        return (int)y + 4;
    }

    private static int Maanden(StringBuilder svg, string id, GrafiekSoort soort, IReadOnlyList<Rij> rijen, List<Kolom> kolommen,
        List<List<decimal>> waarden)
    {
        var top = Legenda(svg, id, kolommen, lijn: soort == GrafiekSoort.Lijnen) + 12;
        const int links = 48;
        const int rechts = Breedte - 8;
        const int plotHoogte = 200;
        var onder = top + plotHoogte;
        var max = waarden.SelectMany(w => w).DefaultIfEmpty(0).Max();
        var (stap, schaalMax) = Schaal(max);
        for (var t = 0m; t <= schaalMax; t += stap)
        {
            var ty = onder - t / schaalMax * plotHoogte;
            svg.Append(Inv($"<line x1=\"{links}\" x2=\"{rechts}\" y1=\"{ty:0.#}\" y2=\"{ty:0.#}\" stroke=\"{Raster}\" stroke-width=\"{(t == 0 ? 1.5 : 0.5)}\"/>"));
            svg.Append(Inv($"<text x=\"{links - 6}\" y=\"{ty + 5:0.#}\" font-size=\"{Letter - 2}\" text-anchor=\"end\" fill=\"{Tekstkleur}\">{E(t.ToString("N0", Nl))}</text>"));
        }

        var vak = (decimal)(rechts - links) / Math.Max(1, rijen.Count);
        decimal X(int i) => links + vak * i + vak / 2;
        decimal Y(decimal w) => onder - w / schaalMax * plotHoogte;
        for (var i = 0; i < rijen.Count; i++)
        {
            // Every month gets its short name; the year stands under the first month and under each January.
            var stapLabel = rijen.Count > 18 ? 3 : rijen.Count > 12 ? 2 : 1;
            var maand = rijen[i].KortLabel ?? rijen[i].Label;
            if (i % stapLabel == 0)
            {
                svg.Append(Inv($"<text x=\"{X(i):0.#}\" y=\"{onder + 18}\" font-size=\"{Letter - 3}\" text-anchor=\"middle\" fill=\"{Tekstkleur}\">{E(maand)}</text>"));
            }

            var jaar = rijen[i].Label.Split(' ').LastOrDefault();
            if (i == 0 || rijen[i].Label.StartsWith("januari", StringComparison.Ordinal))
            {
                svg.Append(Inv($"<text x=\"{X(i):0.#}\" y=\"{onder + 34}\" font-size=\"{Letter - 3}\" text-anchor=\"middle\" fill=\"{Tekstkleur}\">{E(jaar ?? "")}</text>"));
            }
        }

        if (soort == GrafiekSoort.Lijnen)
        {
            for (var k = 0; k < kolommen.Count; k++)
            {
                var punten = string.Join(' ', Enumerable.Range(0, rijen.Count).Select(i => Inv($"{X(i):0.#},{Y(waarden[i][k]):0.#}")));
                svg.Append(Inv($"<polyline points=\"{punten}\" fill=\"none\" stroke=\"{Kleuren[k]}\" stroke-width=\"2.5\" stroke-dasharray=\"{Streep[k]}\"/>"));
                for (var i = 0; i < rijen.Count; i++)
                {
                    svg.Append(Merkteken(k, X(i), Y(waarden[i][k]), Data(i, k, waarden[i][k])));
                }
            }
        }
        else
        {
            var kolomBreedte = vak * 0.8m / kolommen.Count;
            for (var i = 0; i < rijen.Count; i++)
            {
                for (var k = 0; k < kolommen.Count; k++)
                {
                    var x = X(i) - vak * 0.4m + kolomBreedte * k;
                    var h = onder - Y(waarden[i][k]);
                    svg.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{onder - h:0.##}\" width=\"{kolomBreedte:0.##}\" height=\"{h:0.##}\" fill=\"url(#{id}-p{k})\" stroke=\"{Rand}\" stroke-width=\"1\"{Data(i, k, waarden[i][k])}/>"));
                }
            }
        }

        return (int)onder + 42;
    }

    /// <summary>One line per series: its pattern (or line and marker) and its name. Returns the height used.</summary>
    private static decimal Legenda(StringBuilder svg, string id, List<Kolom> kolommen, bool lijn)
    {
        if (kolommen.Count < 2)
        {
            return 0;
        }

        var y = 0;
        for (var k = 0; k < kolommen.Count; k++)
        {
            if (lijn)
            {
                svg.Append(Inv($"<line x1=\"2\" x2=\"30\" y1=\"{y + 10}\" y2=\"{y + 10}\" stroke=\"{Kleuren[k]}\" stroke-width=\"2.5\" stroke-dasharray=\"{Streep[k]}\"/>"));
                svg.Append(Merkteken(k, 16, y + 10, ""));
            }
            else
            {
                svg.Append(Inv($"<rect x=\"1\" y=\"{y + 2}\" width=\"28\" height=\"16\" fill=\"url(#{id}-p{k})\" stroke=\"{Rand}\" stroke-width=\"1.5\"/>"));
            }

            svg.Append(Inv($"<text x=\"38\" y=\"{y + 15}\" font-size=\"{Letter - 1}\" fill=\"{Tekstkleur}\">{E(kolommen[k].Kop)}</text>"));
            y += 22;
        }

        return y + 4;
    }

    private static string Merkteken(int k, decimal x, decimal y, string data) => k switch
    {
        0 => Inv($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4.5\" fill=\"#ffffff\" stroke=\"{Kleuren[k]}\" stroke-width=\"2.5\"{data}/>"),
        1 => Inv($"<rect x=\"{x - 4.5m:0.#}\" y=\"{y - 4.5m:0.#}\" width=\"9\" height=\"9\" fill=\"{Kleuren[k]}\"{data}/>"),
        2 => Inv($"<path d=\"M{x:0.#} {y - 6:0.#} L{x + 5.5m:0.#} {y + 4:0.#} L{x - 5.5m:0.#} {y + 4:0.#} Z\" fill=\"{Kleuren[k]}\"{data}/>"),
        _ => Inv($"<path d=\"M{x - 5:0.#} {y - 5:0.#} L{x + 5:0.#} {y + 5:0.#} M{x + 5:0.#} {y - 5:0.#} L{x - 5:0.#} {y + 5:0.#}\" stroke=\"{Kleuren[k]}\" stroke-width=\"2.5\"{data}/>"),
    };

    /// <summary>Solid, diagonal stripes, dots and cross-hatch: four series that differ without colour.</summary>
    private static string Patronen(string id) => Inv($"""
        <defs>
        <pattern id="{id}-p0" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="{Kleuren[0]}"/></pattern>
        <pattern id="{id}-p1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><rect width="4" height="8" fill="{Kleuren[1]}"/></pattern>
        <pattern id="{id}-p2" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#ffffff"/><circle cx="3.5" cy="3.5" r="2" fill="{Kleuren[2]}"/></pattern>
        <pattern id="{id}-p3" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><path d="M0 0 L8 8 M8 0 L0 8" stroke="{Kleuren[3]}" stroke-width="1.5"/></pattern>
        </defs>
        """);

    /// <summary>A round top of the axis and a step of 1, 2 or 5 times a power of ten, for at most five grid lines.</summary>
    private static (decimal Stap, decimal Max) Schaal(decimal max)
    {
        if (max <= 0)
        {
            return (1, 1);
        }

        var macht = 1m;
        while (macht * 10 <= max / 5)
        {
            macht *= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 5m, 10m })
        {
            var stap = Math.Max(1, factor * macht);
            if (Math.Ceiling(max / stap) <= 5)
            {
                return (stap, Math.Ceiling(max / stap) * stap);
            }
        }

        return (macht * 10, Math.Ceiling(max / (macht * 10)) * macht * 10);
    }

    /// <summary>A short name for the number behind a bar when there are several: "12 bevestigd".</summary>
    private static string Afkorting(Kolom kolom) => kolom.Soort switch
    {
        CelSoort.Euro => kolom.Naam.ToLowerInvariant(),
        CelSoort.Dagen => $"dagen ({kolom.Naam.ToLowerInvariant()})",
        _ => kolom.Naam.ToLowerInvariant(),
    };

    /// <summary>Which cell of the table a mark stands for; lets a test hold chart and table to the same numbers.</summary>
    private static string Data(int rij, int kolom, decimal waarde) => Inv($" data-rij=\"{rij}\" data-kolom=\"{kolom}\" data-waarde=\"{waarde}\"");

    private static string Kort(string tekst) => tekst.Length <= MaxLabel ? tekst : string.Concat(tekst.AsSpan(0, MaxLabel - 1), "…");

    private static string Meervoud(int n, string een, string meer) => n == 1 ? $"1 {een}" : $"{n} {meer}";

    private static string E(string tekst) => WebUtility.HtmlEncode(tekst);

    private static string Inv(FormattableString tekst) => tekst.ToString(CultureInfo.InvariantCulture);
}

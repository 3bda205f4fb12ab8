using System.Globalization;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

public enum CelSoort
{
    Aantal,
    Euro,
    Dagen,
    Procent,
}

public enum GrafiekSoort
{
    /// <summary>Horizontal bars: long category names stay readable on a phone.</summary>
    Staven,

    /// <summary>Months from left to right, one line per series.</summary>
    Lijnen,

    /// <summary>Months from left to right, columns side by side per month.</summary>
    Kolommen,
}

public sealed record Kolom(string Naam, CelSoort Soort)
{
    /// <summary>The heading with its unit, the same on the page and in both exports.</summary>
    public string Kop => Soort switch
    {
        CelSoort.Euro => $"{Naam} (euro)",
        CelSoort.Dagen => $"{Naam} (dagen)",
        CelSoort.Procent => $"{Naam} (%)",
        _ => Naam,
    };
}

/// <summary>One line of a table: a label and a number (or nothing) per column. <see cref="KortLabel"/> is what an axis shows.</summary>
public sealed record Rij(string Label, IReadOnlyList<decimal?> Waarden, bool IsTotaal = false, string? KortLabel = null);

public sealed record Tabel(string LabelKolom, IReadOnlyList<Kolom> Kolommen, IReadOnlyList<Rij> Rijen);

/// <summary>One figure of the monitor: a table, and a chart drawn from some of its columns, so both always show the
/// same numbers. The page, the CSV and the XLSX export are all made from this.</summary>
public sealed record Figuur(string Sleutel, string Titel, string Blad, string Uitleg, Tabel Tabel, GrafiekSoort Soort,
    IReadOnlyList<int> GrafiekKolommen)
{
    public IReadOnlyList<Rij> GrafiekRijen => Tabel.Rijen.Where(r => !r.IsTotaal).ToList();
}

/// <summary>How a number reads on the page (Dutch notation) and in a CSV for Dutch Excel (decimal comma, no thousands dot).</summary>
public static class MonitorOpmaak
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Tekst(decimal? waarde, CelSoort soort) => waarde is not { } w
        ? "–"
        : soort switch
        {
            CelSoort.Euro => w.ToString("C", Nl),
            CelSoort.Aantal => w.ToString("N0", Nl),
            CelSoort.Procent => w.ToString("0.#", Nl) + "%",
            _ => w.ToString("0.#", Nl),
        };

    public static string Csv(decimal? waarde, CelSoort soort) => waarde is not { } w
        ? ""
        : soort switch
        {
            CelSoort.Euro => w.ToString("0.00", Nl),
            CelSoort.Aantal => w.ToString("0", Nl),
            _ => w.ToString("0.#", Nl),
        };
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace WijkPlatform.Web.Pages.Beheer.Initiatieven;

/// <summary>Reads an amount as people in the Netherlands type it: "1500", "1.500", "1500,50" or "€ 1.500,50".</summary>
internal static partial class EuroInvoer
{
    public const string Uitleg = "Schrijf het bedrag in euro's, bijvoorbeeld 750 of 1.250,50.";

    public static long? NaarCenten(string? tekst)
    {
        var schoon = (tekst ?? "").Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);

        // A point only as a thousands separator: "12.50" is refused rather than read as 1250 euros.
        if (!Vorm().IsMatch(schoon))
        {
            return null;
        }

        // Too many digits for a decimal reads as "not an amount", not as a server error.
        if (!decimal.TryParse(schoon.Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.GetCultureInfo("nl-NL"),
                out var bedrag))
        {
            return null;
        }

        return bedrag > 10_000_000 ? null : (long)(bedrag * 100);
    }

    public static string Tekst(long centen) => (centen / 100m).ToString(centen % 100 == 0 ? "#,0" : "#,0.00", CultureInfo.GetCultureInfo("nl-NL"));

    // ASCII digits only (\d would let Arabic-Indic digits through to a parser that refuses them), and \z because $ also
    // matches before a final line break.
    [GeneratedRegex(@"^([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]{1,2})?\z")]
    private static partial Regex Vorm();
}

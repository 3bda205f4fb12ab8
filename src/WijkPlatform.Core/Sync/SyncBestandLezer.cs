using System.Globalization;
using System.Xml.Linq;

namespace WijkPlatform.Core.Sync;

/// <summary>Reads the child elements of one uSync file; every problem becomes a <see cref="SyncFoutException"/>
/// that names the element, so the editor of the file knows what to fix.</summary>
internal sealed class SyncBestandLezer(XElement root, Func<string, string, int?> zoekId)
{
    public string Tekst(string naam) =>
        OptioneleTekst(naam) ?? throw new SyncFoutException($"<{naam}> ontbreekt of is leeg.");

    public string? OptioneleTekst(string naam)
    {
        var waarde = root.Element(naam)?.Value.Trim();
        return string.IsNullOrEmpty(waarde) ? null : waarde;
    }

    public bool JaNee(string naam, bool standaard = false) => OptioneleTekst(naam) switch
    {
        null => standaard,
        "true" => true,
        "false" => false,
        var anders => throw new SyncFoutException($"<{naam}> moet true of false zijn, niet '{anders}'."),
    };

    public int Getal(string naam, int standaard = 0) => OptioneelGetal(naam) ?? standaard;

    public int? OptioneelGetal(string naam)
    {
        var tekst = OptioneleTekst(naam);
        if (tekst is null)
        {
            return null;
        }

        return int.TryParse(tekst, NumberStyles.Integer, CultureInfo.InvariantCulture, out var getal)
            ? getal
            : throw new SyncFoutException($"<{naam}> moet een heel getal zijn, niet '{tekst}'.");
    }

    public double? Kommagetal(string naam)
    {
        var tekst = OptioneleTekst(naam);
        if (tekst is null)
        {
            return null;
        }

        return double.TryParse(tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal) && double.IsFinite(getal)
            ? getal
            : throw new SyncFoutException($"<{naam}> moet een getal met een punt zijn, niet '{tekst}'.");
    }

    public int BedragInCenten(string naam)
    {
        var tekst = OptioneleTekst(naam);
        if (tekst is null)
        {
            return 0;
        }

        // Only a decimal point: "2,50" must not be read as 250 with a thousands separator.
        return decimal.TryParse(tekst, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euro)
            && euro.Scale <= 2 && euro <= 100_000m
            ? (int)(euro * 100m)
            : throw new SyncFoutException($"<{naam}> moet een bedrag in euro zijn zoals 2.50 (hoogstens 100000), niet '{tekst}'.");
    }

    public DateTime LokaleTijd(string naam)
    {
        var tekst = Tekst(naam);
        return DateTime.TryParseExact(tekst, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var tijd)
            ? DateTime.SpecifyKind(tijd, DateTimeKind.Unspecified)
            : throw new SyncFoutException($"<{naam}> moet een tijd zijn zoals 2026-01-06T10:00, niet '{tekst}'.");
    }

    public string? Herhaling(string naam)
    {
        try
        {
            return Agenda.Herhaling.Controleer(OptioneleTekst(naam));
        }
        catch (FormatException e)
        {
            throw new SyncFoutException($"<{naam}>: {e.Message}", e);
        }
    }

    public TEnum Keuze<TEnum>(string naam, TEnum standaard)
        where TEnum : struct, Enum
    {
        var tekst = OptioneleTekst(naam);
        if (tekst is null)
        {
            return standaard;
        }

        // Only names: Enum.TryParse would also take "4" as the fifth value.
        return Enum.GetNames<TEnum>().Contains(tekst, StringComparer.Ordinal)
            ? Enum.Parse<TEnum>(tekst)
            : throw new SyncFoutException(
                $"<{naam}> moet een van {string.Join(", ", Enum.GetNames<TEnum>())} zijn, niet '{tekst}'.");
    }

    /// <summary>Resolves a reference by alias to the id of an item of kind <paramref name="soort"/>.</summary>
    public int Verwijzing(string naam, string soort) =>
        OptioneleVerwijzing(naam, soort) ?? throw new SyncFoutException($"<{naam}> ontbreekt of is leeg.");

    public int? OptioneleVerwijzing(string naam, string soort)
    {
        var alias = OptioneleTekst(naam);
        if (alias is null)
        {
            return null;
        }

        return zoekId(soort, alias) ?? throw new SyncFoutException($"<{naam}> verwijst naar '{alias}', maar die bestaat niet in {soort}.");
    }
}

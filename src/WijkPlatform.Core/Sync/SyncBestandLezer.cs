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

    /// <summary>A moment: with a trailing Z it is UTC (what an export writes, exact in every season, with the fraction
    /// of a second a back-office save gives it); without, a wall-clock time in Europe/Amsterdam like every other time in
    /// these files.</summary>
    public DateTime? OptioneleUtcTijd(string naam)
    {
        var tekst = OptioneleTekst(naam);
        if (tekst is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(tekst, ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        }

        var lokaal = LokaleTijd(naam);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Agenda.Herhaling.Tijdzone);
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(lokaal) ? lokaal.AddHours(1) : lokaal, zone);
    }

    /// <summary>Reads <c>&lt;Werkgebied Wijk="ruwaard" Inloop="Dinsdag 10.00 tot 12.00 uur" /&gt;</c> children.</summary>
    public List<Informatie.Werkgebied> Werkgebieden(string naam)
    {
        var lijst = new List<Informatie.Werkgebied>();
        foreach (var e in root.Element(naam)?.Elements("Werkgebied") ?? [])
        {
            var alias = e.Attribute("Wijk")?.Value ?? throw new SyncFoutException($"<{naam}>: elk Werkgebied heeft een Wijk nodig.");
            var wijkId = zoekId("Wijken", alias) ?? throw new SyncFoutException($"<{naam}> verwijst naar wijk '{alias}', maar die bestaat niet.");
            if (lijst.Any(w => w.WijkId == wijkId))
            {
                throw new SyncFoutException($"<{naam}>: wijk '{alias}' staat er twee keer in.");
            }

            lijst.Add(new Informatie.Werkgebied
            {
                WijkId = wijkId,
                Inloop = e.Attribute("Inloop")?.Value.Trim() is { Length: > 0 } inloop ? inloop : null,
            });
        }

        return lijst;
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

    private static readonly string[] Dagen = ["Zondag", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag"];

    /// <summary>Reads <c>&lt;Openingstijd Dag="Dinsdag" Van="10:00" Tot="16:00" /&gt;</c> children.</summary>
    public List<Agenda.Openingstijd> Openingstijden(string naam)
    {
        var lijst = new List<Agenda.Openingstijd>();
        foreach (var e in root.Element(naam)?.Elements("Openingstijd") ?? [])
        {
            var dag = Array.IndexOf(Dagen, e.Attribute("Dag")?.Value);
            if (dag < 0)
            {
                throw new SyncFoutException($"<{naam}>: Dag moet een van {string.Join(", ", Dagen)} zijn, niet '{e.Attribute("Dag")?.Value}'.");
            }

            var van = Uur(naam, e, "Van");
            var tot = Uur(naam, e, "Tot");
            if (tot <= van)
            {
                throw new SyncFoutException($"<{naam}>: op {Dagen[dag]} moet Tot later zijn dan Van.");
            }

            lijst.Add(new Agenda.Openingstijd { Dag = (DayOfWeek)dag, Van = van, Tot = tot });
        }

        return lijst;
    }

    /// <summary>Reads <c>&lt;Uitzondering Datum="2026-12-25" TotEnMet="2026-12-26" Reden="Gesloten" /&gt;</c> children, or
    /// with <c>NieuweStart="2026-12-09T10:00"</c> for a moved date.</summary>
    public List<Agenda.Uitzondering> Uitzonderingen(string naam)
    {
        var lijst = new List<Agenda.Uitzondering>();
        foreach (var e in root.Element(naam)?.Elements("Uitzondering") ?? [])
        {
            var uitzondering = new Agenda.Uitzondering
            {
                Datum = Dag(naam, e, "Datum") ?? throw new SyncFoutException($"<{naam}>: elke Uitzondering heeft een Datum nodig."),
                TotEnMet = Dag(naam, e, "TotEnMet"),
                Reden = e.Attribute("Reden")?.Value.Trim() is { Length: > 0 } reden ? reden : null,
            };
            var nieuweStart = e.Attribute("NieuweStart")?.Value;
            if (nieuweStart is not null)
            {
                uitzondering.NieuweStartLokaal = DateTime.TryParseExact(nieuweStart, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var tijd)
                    ? tijd
                    : throw new SyncFoutException($"<{naam}>: NieuweStart moet een tijd zijn zoals 2026-12-09T10:00, niet '{nieuweStart}'.");
            }

            if (uitzondering.TotEnMet < uitzondering.Datum || (uitzondering.IsVerplaatsing && uitzondering.TotEnMet is not null))
            {
                throw new SyncFoutException($"<{naam}>: TotEnMet moet na Datum liggen en past niet bij een verplaatsing.");
            }

            lijst.Add(uitzondering);
        }

        return lijst;
    }

    private static TimeOnly Uur(string naam, XElement e, string attribuut) =>
        TimeOnly.TryParseExact(e.Attribute(attribuut)?.Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var uur)
            ? uur
            : throw new SyncFoutException($"<{naam}>: {attribuut} moet een tijd zijn zoals 09:30, niet '{e.Attribute(attribuut)?.Value}'.");

    private static DateOnly? Dag(string naam, XElement e, string attribuut)
    {
        var tekst = e.Attribute(attribuut)?.Value;
        if (tekst is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag)
            ? dag
            : throw new SyncFoutException($"<{naam}>: {attribuut} moet een datum zijn zoals 2026-12-25, niet '{tekst}'.");
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

using System.Globalization;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Core.Monitor;

/// <summary>A month of the Dutch calendar; the monitor counts per month as people in Oss experience it, so a month
/// starts at local midnight, not at midnight UTC.</summary>
public readonly record struct Maand(int Jaar, int Nummer) : IComparable<Maand>
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static Maand Van(DateTime utc)
    {
        var lokaal = Tijd.Lokaal(utc);
        return new Maand(lokaal.Year, lokaal.Month);
    }

    /// <summary>Reads "2026-03", the value of an HTML month field.</summary>
    public static bool Probeer(string? tekst, out Maand maand)
    {
        maand = default;
        if (!DateTime.TryParseExact(tekst?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return false;
        }

        maand = new Maand(datum.Year, datum.Month);
        return true;
    }

    public Maand Plus(int maanden)
    {
        var index = Jaar * 12 + Nummer - 1 + maanden;
        return new Maand(index / 12, index % 12 + 1);
    }

    public int Volgnummer => Jaar * 12 + Nummer - 1;

    /// <summary>Local midnight of the first day, in UTC.</summary>
    public DateTime BeginUtc => DateTime.SpecifyKind(Herhaling.NaarUtc(new DateTime(Jaar, Nummer, 1, 0, 0, 0, DateTimeKind.Unspecified)), DateTimeKind.Utc);

    /// <summary>"2026-03": the form value and the sortable label in exports.</summary>
    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Jaar:0000}-{Nummer:00}");

    /// <summary>"maart 2026".</summary>
    public string Naam => new DateTime(Jaar, Nummer, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", Nl);

    /// <summary>"mrt" for an axis label.</summary>
    public string Kort => new DateTime(Jaar, Nummer, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMM", Nl).TrimEnd('.');

    public int CompareTo(Maand other) => Volgnummer.CompareTo(other.Volgnummer);

    public static bool operator <(Maand a, Maand b) => a.CompareTo(b) < 0;

    public static bool operator >(Maand a, Maand b) => a.CompareTo(b) > 0;

    public static bool operator <=(Maand a, Maand b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Maand a, Maand b) => a.CompareTo(b) >= 0;

    public override string ToString() => Code;
}

/// <summary>The months the monitor looks at, both ends included.</summary>
public sealed record MonitorPeriode(Maand Van, Maand Tot)
{
    /// <summary>Longer periods make the month charts unreadable on a phone; three years covers a year-on-year view.</summary>
    public const int MaximumMaanden = 36;

    /// <summary>The last twelve full months and the month that is running now.</summary>
    public static MonitorPeriode Standaard(DateTime nuUtc)
    {
        var nu = Maand.Van(nuUtc);
        return new MonitorPeriode(nu.Plus(-12), nu);
    }

    public int AantalMaanden => Tot.Volgnummer - Van.Volgnummer + 1;

    public IReadOnlyList<Maand> Maanden => Enumerable.Range(0, AantalMaanden).Select(Van.Plus).ToList();

    public DateTime VanUtc => Van.BeginUtc;

    public DateTime TotUtc => Tot.Plus(1).BeginUtc;

    /// <summary>The UTC instants where the months begin, plus the end of the last: AantalMaanden + 1 values.</summary>
    public IReadOnlyList<DateTime> Grenzen => Enumerable.Range(0, AantalMaanden + 1).Select(i => Van.Plus(i).BeginUtc).ToList();

    public IEnumerable<int> Jaren => Enumerable.Range(Van.Jaar, Tot.Jaar - Van.Jaar + 1);

    public string Naam => Van == Tot ? Van.Naam : $"{Van.Naam} tot en met {Tot.Naam}";
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Agenda;

public enum HerhaalSoort
{
    Eenmalig,
    Wekelijks,
    Tweewekelijks,
    Maandelijks,

    /// <summary>A rule the simple choices cannot express (from uSync or an imported calendar); kept as it is.</summary>
    Eigen,
}

/// <summary>The few repeat patterns a volunteer picks from a list, turned into an RFC 5545 RRULE and back, so the
/// back office never asks anyone to type a rule.</summary>
public static partial class HerhalingKeuze
{
    private static readonly string[] Codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static string? Maak(HerhaalSoort soort, DateOnly eerste, DateOnly? totEnMet, string? eigen = null)
    {
        var dag = Codes[(int)eerste.DayOfWeek];
        var regel = soort switch
        {
            HerhaalSoort.Eenmalig => null,
            HerhaalSoort.Wekelijks => $"FREQ=WEEKLY;BYDAY={dag}",
            HerhaalSoort.Tweewekelijks => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={dag}",
            HerhaalSoort.Maandelijks => $"FREQ=MONTHLY;BYDAY={WeekVanDeMaand(eerste).ToString(CultureInfo.InvariantCulture)}{dag}",
            HerhaalSoort.Eigen => eigen,
            _ => throw new ArgumentOutOfRangeException(nameof(soort)),
        };
        if (regel is null || totEnMet is not { } tot || soort == HerhaalSoort.Eigen)
        {
            return regel;
        }

        // UNTIL in UTC at the end of the last local day, as RFC 5545 wants with a DTSTART that has a time zone.
        var einde = Herhaling.NaarUtc(tot.AddDays(1).ToDateTime(TimeOnly.MinValue)).AddSeconds(-1);
        return $"{regel};UNTIL={einde.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
    }

    public static (HerhaalSoort Soort, DateOnly? TotEnMet) Lees(string? regel)
    {
        if (string.IsNullOrWhiteSpace(regel))
        {
            return (HerhaalSoort.Eenmalig, null);
        }

        var m = Patroon().Match(regel.Trim());
        if (!m.Success)
        {
            return (HerhaalSoort.Eigen, null);
        }

        var soort = m.Groups["freq"].Value == "MONTHLY" ? HerhaalSoort.Maandelijks
            : m.Groups["interval"].Success ? HerhaalSoort.Tweewekelijks
            : HerhaalSoort.Wekelijks;
        DateOnly? tot = null;
        if (m.Groups["until"].Success && DateTime.TryParseExact(m.Groups["until"].Value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var until))
        {
            tot = DateOnly.FromDateTime(Herhaling.NaarLokaal(until));
        }

        return (soort, tot);
    }

    /// <summary>"2nd Tuesday"; the fifth week becomes "last", because not every month has one.</summary>
    private static int WeekVanDeMaand(DateOnly dag) => dag.Day > 28 ? -1 : (dag.Day - 1) / 7 + 1;

    [GeneratedRegex("^(FREQ=(?<freq>WEEKLY)(?<interval>;INTERVAL=2)?;BYDAY=(SU|MO|TU|WE|TH|FR|SA)|FREQ=(?<freq>MONTHLY);BYDAY=(-1|[1-4])(SU|MO|TU|WE|TH|FR|SA))(;UNTIL=(?<until>[0-9]{8}T[0-9]{6}Z))?$")]
    private static partial Regex Patroon();
}

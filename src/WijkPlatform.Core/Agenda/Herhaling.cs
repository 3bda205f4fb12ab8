using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace WijkPlatform.Core.Agenda;

/// <summary>Expands an activity's RFC 5545 recurrence rule into concrete occurrences for a requested period, so no
/// endless series is ever stored. All wall-clock times are Europe/Amsterdam.</summary>
public static class Herhaling
{
    public const string Tijdzone = "Europe/Amsterdam";

    public static TimeZoneInfo Amsterdam { get; } = TimeZoneInfo.FindSystemTimeZoneById(Tijdzone);

    /// <summary>Validates an RRULE and returns it trimmed; null or empty means a one-off activity.</summary>
    public static string? Controleer(string? regel)
    {
        regel = regel?.Trim();
        if (string.IsNullOrEmpty(regel))
        {
            return null;
        }

        try
        {
            _ = new RecurrencePattern(regel);
            return regel;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new FormatException($"'{regel}' is geen geldige herhaling (RRULE): {e.Message}", e);
        }
    }

    /// <summary>Start times (UTC) of the occurrences that start in [vanUtc, totUtc).</summary>
    public static IEnumerable<DateTime> Voorkomens(DateTime startLokaal, string? regel, DateTime vanUtc, DateTime totUtc)
    {
        if (regel is null)
        {
            var start = NaarUtc(startLokaal);
            if (start >= vanUtc && start < totUtc)
            {
                yield return start;
            }

            yield break;
        }

        var gebeurtenis = new CalendarEvent
        {
            DtStart = new CalDateTime(startLokaal, Tijdzone),
            RecurrenceRule = new RecurrencePattern(regel),
        };

        foreach (var voorkomen in gebeurtenis.GetOccurrences(new CalDateTime(vanUtc, "UTC")))
        {
            var utc = voorkomen.Period.StartTime.AsUtc;
            if (utc >= totUtc)
            {
                yield break;
            }

            if (utc >= vanUtc)
            {
                yield return utc;
            }
        }
    }

    /// <summary>Wall-clock time in Amsterdam to UTC, the way RFC 5545 (3.3.5) reads the two odd hours of the year:
    /// a time in the spring-forward gap uses the offset from before the gap, and a time that occurs twice in autumn
    /// means the first of the two. Ical.Net expands series the same way, so one-offs and series agree.</summary>
    public static DateTime NaarUtc(DateTime lokaal)
    {
        lokaal = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (Amsterdam.IsInvalidTime(lokaal))
        {
            offset = Amsterdam.GetUtcOffset(lokaal.AddHours(-2));
        }
        else if (Amsterdam.IsAmbiguousTime(lokaal))
        {
            offset = Amsterdam.GetAmbiguousTimeOffsets(lokaal).Max();
        }
        else
        {
            offset = Amsterdam.GetUtcOffset(lokaal);
        }

        return DateTime.SpecifyKind(lokaal - offset, DateTimeKind.Utc);
    }

    public static DateTime NaarLokaal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);
}

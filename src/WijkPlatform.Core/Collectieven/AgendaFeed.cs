using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace WijkPlatform.Core.Collectieven;

/// <summary>Reads a collective's iCalendar feed (RFC 5545) into the events to import, in Europe/Amsterdam time. Each
/// VEVENT is read on its own, so one broken event is skipped with a reason instead of failing the feed. A feed that is
/// no iCalendar, arrived cut off or is too big fails as a whole: importing part of it would call off the rest.</summary>
public static partial class AgendaFeed
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Events inside the import window; a collective's calendar holds far fewer.</summary>
    public const int MaxActiviteiten = 500;

    /// <summary>Events in the whole file. A feed with years of history holds many past events, which are read but not
    /// imported; this only bounds the work of reading them.</summary>
    public const int MaxGebeurtenissen = 5000;

    public const int MaxTitel = 200;
    public const int MaxOmschrijving = 20000;
    public const int MaxWaar = 300;
    public const int MaxLink = 400;
    public const int MaxUid = 300;
    private const int MaxHerhaling = 500;
    private const int MaxDatums = 400;

    public static readonly TimeSpan Terugblik = TimeSpan.FromDays(30);
    public static readonly TimeSpan Vooruitblik = TimeSpan.FromDays(400);

    public const string GeenICalendar = "De agenda kon niet worden gelezen: het is geen iCalendar-bestand.";
    public const string NietCompleet = "De agenda kon niet worden gelezen: het bestand is niet helemaal binnengekomen.";
    public const string TeGroot = "De agenda is groter dan 2 MB. Dat is te groot om over te nemen.";
    public static readonly string TeVeel =
        $"In de agenda staan meer dan {MaxActiviteiten} activiteiten voor de komende tijd. Dat zijn er te veel om over te nemen.";
    public static readonly string TeVeelInBestand =
        $"In de agenda staan meer dan {MaxGebeurtenissen} activiteiten. Dat zijn er te veel om te lezen.";

    /// <summary>One date of a series that differs: called off, or moved to another time (RFC 5545 RECURRENCE-ID).</summary>
    public sealed record Afwijking(DateOnly Datum, DateTime? NieuweStartLokaal, bool Afgelast);

    public sealed record Gebeurtenis(
        string Uid,
        string Titel,
        string? Omschrijving,
        string? Waar,
        string? OnlineLink,
        IReadOnlyList<string> Categorieen,
        DateTime StartLokaal,
        int DuurMinuten,
        string? Herhaling,
        IReadOnlyList<DateOnly> Sluitingen,
        IReadOnlyList<Afwijking> Afwijkingen,
        bool Afgelast)
    {
        /// <summary>SHA-256 of everything the import takes from the event, so an unchanged event is not written again.</summary>
        public string Vingerafdruk { get; } = Hash(Uid, Titel, Omschrijving, Waar, OnlineLink, Categorieen, StartLokaal, DuurMinuten, Herhaling,
            Sluitingen, Afwijkingen, Afgelast);
    }

    /// <param name="Uids">Every UID in the feed, also of events that were skipped or lie outside the window: only a UID
    /// missing from this set has disappeared from the collective's calendar.</param>
    public sealed record Resultaat(IReadOnlyList<Gebeurtenis> Gebeurtenissen, IReadOnlySet<string> Uids, IReadOnlyList<string> Overgeslagen,
        string? Fout = null);

    public static Resultaat Lees(string tekst, DateTime nuUtc)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        if (Encoding.UTF8.GetByteCount(tekst) > MaxBytes)
        {
            return Mislukt(TeGroot);
        }

        var regels = Ontvouw(tekst);
        var eerste = regels.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
        if (eerste is null || !IsGrens(eerste, "BEGIN", "VCALENDAR"))
        {
            return Mislukt(GeenICalendar);
        }

        if (!IsGrens(regels.Last(r => !string.IsNullOrWhiteSpace(r)), "END", "VCALENDAR"))
        {
            return Mislukt(NietCompleet);
        }

        var blokken = Blokken(regels);
        if (blokken is null)
        {
            return Mislukt(NietCompleet);
        }

        if (blokken.Count > MaxGebeurtenissen)
        {
            return Mislukt(TeVeelInBestand);
        }

        var overgeslagen = new List<string>();
        var uids = new HashSet<string>(StringComparer.Ordinal);
        var perUid = new Dictionary<string, (Blok? Hoofd, List<Blok> Afwijkingen)>(StringComparer.Ordinal);
        foreach (var regelsVanBlok in blokken)
        {
            var uid = Uid(regelsVanBlok);
            if (uid is null)
            {
                overgeslagen.Add("Een activiteit zonder UID is overgeslagen: zonder UID is niet te zien of hij later verandert.");
                continue;
            }

            uids.Add(uid);
            if (LeesBlok(regelsVanBlok) is not { } blok)
            {
                overgeslagen.Add($"{uid}: kon niet worden gelezen.");
                continue;
            }

            perUid.TryAdd(uid, (null, []));
            var groep = perUid[uid];
            if (blok.Event.RecurrenceIdentifier is not null)
            {
                groep.Afwijkingen.Add(blok);
            }
            else if (groep.Hoofd is null)
            {
                perUid[uid] = (blok, groep.Afwijkingen);
            }
            else
            {
                overgeslagen.Add($"{uid}: staat twee keer in de agenda; de eerste is overgenomen.");
            }
        }

        var van = nuUtc - Terugblik;
        var tot = nuUtc + Vooruitblik;
        var gebeurtenissen = new List<Gebeurtenis>();
        foreach (var (uid, (hoofd, afwijkingen)) in perUid)
        {
            if (hoofd is null)
            {
                overgeslagen.Add($"{uid}: alleen een veranderde datum, zonder de reeks zelf.");
                continue;
            }

            var (gebeurtenis, reden) = Maak(uid, hoofd, afwijkingen, van, tot);
            if (gebeurtenis is not null)
            {
                gebeurtenissen.Add(gebeurtenis);
            }

            if (reden is not null)
            {
                overgeslagen.Add($"{uid} ({hoofd.Event.Summary?.Trim()}): {reden}");
            }
        }

        return gebeurtenissen.Count > MaxActiviteiten
            ? Mislukt(TeVeel)
            : new Resultaat(gebeurtenissen, uids, overgeslagen);
    }

    private static Resultaat Mislukt(string fout) => new([], new HashSet<string>(), [], fout);

    private sealed record Blok(CalendarEvent Event, string? Herhaling, bool HerhalingOngeldig);

    /// <summary>A null event means: skipped, for the reason given; both null: outside the window, nothing to say. An
    /// event with a reason was imported with a change worth logging.</summary>
    private static (Gebeurtenis? Gebeurtenis, string? Reden) Maak(string uid, Blok hoofd, List<Blok> afwijkingen, DateTime van, DateTime tot)
    {
        var e = hoofd.Event;
        if (e.DtStart is not { } dtStart)
        {
            return (null, "heeft geen begintijd.");
        }

        if (!dtStart.HasTime)
        {
            return (null, "duurt de hele dag; alleen activiteiten met een begintijd worden overgenomen.");
        }

        var start = Lokaal(dtStart);
        if (start.Year is < 1970 or > 2200)
        {
            return (null, "de datum klopt niet.");
        }

        var duur = Duur(e, start);
        if (duur > TimeSpan.FromDays(1))
        {
            return (null, "duurt langer dan een dag.");
        }

        var titel = Regel(e.Summary, MaxTitel);
        if (titel is null)
        {
            return (null, "heeft geen titel.");
        }

        var herhaling = hoofd.Herhaling;
        var ongeldig = hoofd.HerhalingOngeldig;
        if (herhaling is not null && !HeeftDatum(start, herhaling, van, tot, out var regelFout))
        {
            if (!regelFout)
            {
                return (null, null);
            }

            herhaling = null;
            ongeldig = true;
        }

        if (herhaling is null && !HeeftDatum(start, null, van, tot, out _))
        {
            return (null, null);
        }

        var sluitingen = herhaling is null
            ? []
            : e.ExceptionDates.GetAllDates().Select(Dag).Distinct().Order().Take(MaxDatums).ToList();
        var waar = Regel(e.Location, MaxWaar);
        var link = HttpsLink(e.Url?.OriginalString);
        if (HttpsLink(waar) is { } online)
        {
            // An online meeting often has its link as the place.
            (link, waar) = (link ?? online, null);
        }

        var gebeurtenis = new Gebeurtenis(
            uid,
            titel,
            Tekst(e.Description, MaxOmschrijving),
            waar,
            link,
            e.Categories.Select(c => Regel(c, 120)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(10).ToList(),
            start,
            (int)Math.Round(duur.TotalMinutes),
            herhaling,
            sluitingen,
            herhaling is null ? [] : Afwijkingen(afwijkingen, TimeOnly.FromDateTime(start), sluitingen),
            IsAfgelast(e));
        return (gebeurtenis, ongeldig ? "de herhaling (RRULE) klopt niet of wordt niet ondersteund; alleen de eerste datum is overgenomen." : null);
    }

    private static TimeSpan Duur(CalendarEvent e, DateTime start)
    {
        var duur = TimeSpan.Zero;
        if (e.DtEnd is { HasTime: true } eind)
        {
            duur = Agenda.Herhaling.NaarUtc(Lokaal(eind)) - Agenda.Herhaling.NaarUtc(start);
        }
        else if (e.DtEnd is null && e.Duration is { } d)
        {
            duur = d.ToTimeSpanUnspecified();
        }

        // An event without an end (RFC 5545 reads it as an instant) is shown as an hour.
        return duur <= TimeSpan.Zero ? TimeSpan.FromHours(1) : duur;
    }

    /// <summary>Whether the event has a date in [van, tot). Ical.Net searches a rule that can never happen (30 February)
    /// until the end of time; the limit makes it give up within milliseconds, and such a rule counts as invalid.</summary>
    private static bool HeeftDatum(DateTime start, string? herhaling, DateTime van, DateTime tot, out bool regelFout)
    {
        regelFout = false;
        if (herhaling is null)
        {
            var startUtc = Agenda.Herhaling.NaarUtc(start);
            return startUtc >= van && startUtc < tot;
        }

        try
        {
            var reeks = new CalendarEvent
            {
                DtStart = new CalDateTime(start, Agenda.Herhaling.Tijdzone),
                RecurrenceRule = new RecurrenceRule(herhaling),
            };
            var eerste = reeks.GetOccurrences(new CalDateTime(van, "UTC"), new EvaluationOptions { MaxUnmatchedIncrementsLimit = 1000 })
                .FirstOrDefault();
            return eerste is not null && eerste.Period.StartTime.AsUtc < tot;
        }
        catch (Exception e) when (e is EvaluationException or ArgumentException or FormatException or InvalidOperationException)
        {
            regelFout = true;
            return false;
        }
    }

    private static List<Afwijking> Afwijkingen(List<Blok> blokken, TimeOnly tijd, List<DateOnly> sluitingen)
    {
        var resultaat = new Dictionary<DateOnly, Afwijking>();
        foreach (var blok in blokken)
        {
            var oorspronkelijk = blok.Event.RecurrenceIdentifier!.StartTime;
            var datum = Dag(oorspronkelijk);
            if (resultaat.ContainsKey(datum) || sluitingen.Contains(datum) || resultaat.Count >= MaxDatums)
            {
                continue;
            }

            if (IsAfgelast(blok.Event))
            {
                resultaat[datum] = new Afwijking(datum, null, Afgelast: true);
            }
            else if (blok.Event.DtStart is { HasTime: true } nieuweStart)
            {
                var nieuw = Lokaal(nieuweStart);
                var was = oorspronkelijk.HasTime ? Lokaal(oorspronkelijk) : datum.ToDateTime(tijd);
                if (nieuw != was)
                {
                    resultaat[datum] = new Afwijking(datum, nieuw, Afgelast: false);
                }
            }
        }

        return resultaat.Values.OrderBy(a => a.Datum).ToList();
    }

    private static bool IsAfgelast(CalendarEvent e) => string.Equals(e.Status?.Trim(), EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase);

    /// <summary>Wall-clock time in Amsterdam, to the minute. A time without zone ("floating") is read as Amsterdam
    /// time, and so is one in a zone nobody knows: the feed is a Dutch collective's calendar.</summary>
    private static DateTime Lokaal(CalDateTime t)
    {
        var lokaal = t.Value;
        if (t.TzId is not null)
        {
            try
            {
                lokaal = t.ToTimeZone(Agenda.Herhaling.Tijdzone).Value;
            }
            catch (ArgumentException)
            {
            }
        }

        return new DateTime(lokaal.Year, lokaal.Month, lokaal.Day, lokaal.Hour, lokaal.Minute, 0, DateTimeKind.Unspecified);
    }

    private static DateOnly Dag(CalDateTime t) => t.HasTime ? DateOnly.FromDateTime(Lokaal(t)) : t.Date;

    private static CalendarEvent? Evenement(string tekst)
    {
        try
        {
            return Ical.Net.Calendar.Load(tekst)?.Events.FirstOrDefault();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Ical.Net throws many kinds for a value it cannot read; for us they all mean: skip this one event.
            return null;
        }
    }

    /// <summary>Reads one VEVENT. The RRULE is taken out first and checked here: Ical.Net refuses a whole calendar for
    /// one bad rule, and a rule that is valid but expands to thousands of dates a day must not reach the planner.</summary>
    private static Blok? LeesBlok(List<string> regels)
    {
        string? herhaling = null;
        var ongeldig = false;
        var zonderRegel = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        foreach (var regel in regels)
        {
            var naam = Naam(regel);
            if (naam.Equals("RRULE", StringComparison.OrdinalIgnoreCase))
            {
                var waarde = regel[(regel.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                if (herhaling is null && !ongeldig)
                {
                    herhaling = GeldigeHerhaling(waarde);
                    ongeldig = herhaling is null;
                }

                continue;
            }

            if (naam.Equals("EXRULE", StringComparison.OrdinalIgnoreCase) || naam.Equals("RDATE", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Ical.Net refuses a whole event for one control character (RFC 5545 forbids them); they mean nothing here.
            zonderRegel.Append(regel.Any(c => char.IsControl(c) && c != '\t') ? new string(regel.Where(c => !char.IsControl(c) || c == '\t').ToArray()) : regel)
                .Append("\r\n");
        }

        zonderRegel.Append("END:VCALENDAR\r\n");
        return Evenement(zonderRegel.ToString()) is { } e ? new Blok(e, herhaling, ongeldig) : null;
    }

    private static string? GeldigeHerhaling(string regel)
    {
        if (regel.Length == 0 || regel.Length > MaxHerhaling)
        {
            return null;
        }

        try
        {
            var r = new RecurrenceRule(regel);
            if (r.Frequency is not (FrequencyType.Daily or FrequencyType.Weekly or FrequencyType.Monthly or FrequencyType.Yearly)
                || r.ByHour.Count > 0 || r.ByMinute.Count > 0 || r.BySecond.Count > 0)
            {
                return null;
            }

            return Agenda.Herhaling.Controleer(regel);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Joins folded lines (RFC 5545 3.1: a line break followed by a space or tab continues the line).</summary>
    private static List<string> Ontvouw(string tekst)
    {
        var regels = new List<string>();
        StringBuilder? huidig = null;
        foreach (var ruw in tekst.TrimStart('\uFEFF').Split('\n'))
        {
            var regel = ruw.EndsWith('\r') ? ruw[..^1] : ruw;
            if (huidig is not null && regel.Length > 0 && regel[0] is ' ' or '\t')
            {
                huidig.Append(regel, 1, regel.Length - 1);
                continue;
            }

            if (huidig is not null)
            {
                regels.Add(huidig.ToString());
            }

            huidig = new StringBuilder(regel);
        }

        if (huidig is not null)
        {
            regels.Add(huidig.ToString());
        }

        return regels;
    }

    /// <summary>The VEVENTs directly inside the calendar, each with its nested parts (alarms); null when a BEGIN has
    /// no END, which means the file was cut off.</summary>
    private static List<List<string>>? Blokken(List<string> regels)
    {
        var blokken = new List<List<string>>();
        List<string>? blok = null;
        var diepte = 0;
        foreach (var regel in regels)
        {
            if (Naam(regel).Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                diepte++;
                if (diepte == 2 && IsGrens(regel, "BEGIN", "VEVENT"))
                {
                    blok = [];
                }
            }

            blok?.Add(regel);
            if (Naam(regel).Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                if (diepte == 2 && blok is not null)
                {
                    blokken.Add(blok);
                    blok = null;
                }

                diepte--;
            }
        }

        return diepte == 0 ? blokken : null;
    }

    private static string Naam(string regel)
    {
        var einde = regel.IndexOfAny([':', ';']);
        return einde < 0 ? regel.Trim() : regel[..einde].Trim();
    }

    private static bool IsGrens(string regel, string soort, string component) =>
        Naam(regel).Equals(soort, StringComparison.OrdinalIgnoreCase)
        && regel[(regel.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Equals(component, StringComparison.OrdinalIgnoreCase);

    /// <summary>Read from the text itself: Ical.Net makes up a new UID for an event without one.</summary>
    private static string? Uid(List<string> regels)
    {
        var regel = regels.FirstOrDefault(r => Naam(r).Equals("UID", StringComparison.OrdinalIgnoreCase));
        var uid = regel?[(regel.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        if (string.IsNullOrEmpty(uid))
        {
            return null;
        }

        return uid.Length <= MaxUid ? uid : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uid)));
    }

    private static string? HttpsLink(string? tekst) =>
        Uri.TryCreate(tekst?.Trim(), UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && url.AbsoluteUri.Length <= MaxLink
            ? url.AbsoluteUri
            : null;

    /// <summary>One line of text: line breaks and control characters become spaces, direction overrides go.</summary>
    private static string? Regel(string? tekst, int max)
    {
        if (tekst is null)
        {
            return null;
        }

        var schoon = new StringBuilder(tekst.Length);
        foreach (var c in tekst.Where(c => !IsVerborgen(c)))
        {
            schoon.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        var regel = Spaties().Replace(schoon.ToString(), " ").Trim();
        return regel.Length == 0 ? null : Kort(regel, max);
    }

    /// <summary>Plain text with its line breaks. Some calendars (Google) put HTML in the description; the tags go.</summary>
    private static string? Tekst(string? tekst, int max)
    {
        if (tekst is null)
        {
            return null;
        }

        if (HtmlTag().IsMatch(tekst))
        {
            tekst = WebUtility.HtmlDecode(HtmlTag().Replace(HtmlRegelbreuk().Replace(tekst, "\n"), ""));
        }

        var schoon = new StringBuilder(tekst.Length);
        foreach (var c in tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => !IsVerborgen(c)))
        {
            schoon.Append(c switch
            {
                '\n' => '\n',
                _ when char.IsControl(c) => ' ',
                _ => c,
            });
        }

        var resultaat = LegeRegels().Replace(SpatiesVoorRegelbreuk().Replace(schoon.ToString(), "\n"), "\n\n").Trim();
        return resultaat.Length == 0 ? null : Kort(resultaat, max);
    }

    private static bool IsVerborgen(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';

    private static string Kort(string tekst, int max) =>
        tekst.Length <= max ? tekst : tekst[..(char.IsHighSurrogate(tekst[max - 1]) ? max - 1 : max)].TrimEnd();

    private static string Hash(string uid, string titel, string? omschrijving, string? waar, string? link, IReadOnlyList<string> categorieen,
        DateTime start, int duur, string? herhaling, IReadOnlyList<DateOnly> sluitingen, IReadOnlyList<Afwijking> afwijkingen, bool afgelast)
    {
        // Fields are separated by a control character, which the cleaned text can no longer contain.
        var velden = new[]
        {
            "v1", uid, titel, omschrijving, waar, link, string.Join("|", categorieen),
            start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            duur.ToString(CultureInfo.InvariantCulture),
            herhaling,
            string.Join("|", sluitingen.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            string.Join("|", afwijkingen.Select(a => string.Create(CultureInfo.InvariantCulture,
                $"{a.Datum:yyyy-MM-dd}>{a.NieuweStartLokaal:yyyy-MM-dd'T'HH:mm}{(a.Afgelast ? "!" : "")}"))),
            afgelast ? "afgelast" : "",
        };
        var tekst = string.Join('\u001F', velden.Select(v => v ?? "\u001E"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)));
    }

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6])\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRegelbreuk();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaties();

    [GeneratedRegex(@"[ \t]+\n")]
    private static partial Regex SpatiesVoorRegelbreuk();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex LegeRegels();
}

using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace WijkPlatform.Core.Agenda;

/// <summary>iCalendar (RFC 5545) files: a feed of occurrences, one occurrence, or a whole series with its rule,
/// closed dates (EXDATE) and moved dates (RECURRENCE-ID), in Europe/Amsterdam time.</summary>
public static class AgendaKalender
{
    private const string Tz = Herhaling.Tijdzone;

    public static string Feed(IEnumerable<VoorkomenKaart> voorkomens, string basis, string naam)
    {
        var kalender = Nieuw(naam);
        foreach (var v in voorkomens)
        {
            kalender.Events.Add(new CalendarEvent
            {
                Uid = $"{v.Slug}-{AgendaQueries.Utc(v.StartUtc):yyyyMMdd'T'HHmm}@wijkplatform",
                DtStart = new CalDateTime(AgendaQueries.Utc(v.StartUtc)),
                DtEnd = new CalDateTime(AgendaQueries.Utc(v.EindUtc)),
                Summary = v.Titel,
                Description = string.Join("\n", new[] { v.Toelichting is null ? null : $"Let op: {v.Toelichting}", v.Samenvatting }.OfType<string>()),
                Location = v.Locatie ?? v.Wijk,
                Url = new Uri($"{basis}/activiteiten/{v.Slug}"),
                Categories = [v.Categorie],
                Status = v.Afgelast ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return Schrijf(kalender);
    }

    public static string Reeks(ActiviteitReeks reeks, string basis, DateTime totUtc)
    {
        var kalender = Nieuw(reeks.Titel);
        var bron = reeks.Bron;
        var url = new Uri($"{basis}/activiteiten/{reeks.Slug}");

        if (bron.Openingstijden.Count > 0)
        {
            // Each weekly opening slot is its own series; closures remove the dates they cover.
            foreach (var slot in bron.Openingstijden)
            {
                var eerste = EersteDag(DateOnly.FromDateTime(bron.StartLokaal), slot.Dag);
                var start = eerste.ToDateTime(slot.Van);
                var e = Gebeurtenis(reeks, url, $"{reeks.Slug}-{slot.Dag}-{slot.Van:HHmm}", start, start + (slot.Tot - slot.Van));
                e.RecurrenceRule = new RecurrencePattern($"FREQ=WEEKLY;BYDAY={Byday(slot.Dag)}");
                VoegSluitingenToe(e, bron.Uitzonderingen, d => d.DayOfWeek == slot.Dag, slot.Van);
                kalender.Events.Add(e);
            }

            return Schrijf(kalender);
        }

        var hoofd = Gebeurtenis(reeks, url, reeks.Slug, bron.StartLokaal, bron.StartLokaal.AddMinutes(bron.DuurMinuten));
        kalender.Events.Add(hoofd);
        if (bron.Herhaling is not null)
        {
            hoofd.RecurrenceRule = new RecurrencePattern(bron.Herhaling);
            var tijd = TimeOnly.FromDateTime(bron.StartLokaal);
            var datums = Planning.Datums(bron with { Uitzonderingen = [] }, Herhaling.NaarUtc(bron.StartLokaal), totUtc)
                .Select(d => DateOnly.FromDateTime(Herhaling.NaarLokaal(d.StartUtc))).ToHashSet();
            VoegSluitingenToe(hoofd, bron.Uitzonderingen.Where(u => !u.IsVerplaatsing), datums.Contains, tijd);
            foreach (var verplaatsing in bron.Uitzonderingen.Where(u => u.IsVerplaatsing))
            {
                var oorspronkelijk = verplaatsing.Datum.ToDateTime(tijd);
                var nieuw = verplaatsing.NieuweStartLokaal!.Value;
                var e = Gebeurtenis(reeks, url, reeks.Slug, nieuw, nieuw.AddMinutes(bron.DuurMinuten));
                e.RecurrenceIdentifier = new RecurrenceIdentifier(new CalDateTime(oorspronkelijk, Tz), null);
                if (verplaatsing.Reden is not null)
                {
                    e.Description = $"Let op: {verplaatsing.Reden}\n{e.Description}";
                }

                kalender.Events.Add(e);
            }
        }

        return Schrijf(kalender);
    }

    public static string Eenmalig(ActiviteitReeks reeks, VoorkomenDatum datum, string basis)
    {
        var kalender = Nieuw(reeks.Titel);
        var e = Gebeurtenis(reeks, new Uri($"{basis}/activiteiten/{reeks.Slug}"), $"{reeks.Slug}-{datum.StartUtc:yyyyMMdd'T'HHmm}",
            Herhaling.NaarLokaal(datum.StartUtc), Herhaling.NaarLokaal(datum.EindUtc));
        kalender.Events.Add(e);
        return Schrijf(kalender);
    }

    private static CalendarEvent Gebeurtenis(ActiviteitReeks reeks, Uri url, string uid, DateTime startLokaal, DateTime eindLokaal) => new()
    {
        Uid = $"{uid}@wijkplatform",
        DtStart = new CalDateTime(startLokaal, Tz),
        DtEnd = new CalDateTime(eindLokaal, Tz),
        DtStamp = new CalDateTime(reeks.GewijzigdUtc),
        Summary = reeks.Titel,
        Description = reeks.Samenvatting ?? "",
        Location = reeks.Waar,
        Url = url,
    };

    private static void VoegSluitingenToe(CalendarEvent e, IEnumerable<Uitzondering> uitzonderingen, Func<DateOnly, bool> geldt, TimeOnly tijd)
    {
        var datums = uitzonderingen.Where(u => !u.IsVerplaatsing)
            .SelectMany(u => Dagen(u.Datum, u.TotEnMet ?? u.Datum))
            .Where(geldt)
            .Select(d => new CalDateTime(d.ToDateTime(tijd), Tz))
            .ToList();
        if (datums.Count > 0)
        {
            e.ExceptionDates.AddRange(datums);
        }
    }

    private static IEnumerable<DateOnly> Dagen(DateOnly van, DateOnly tot)
    {
        for (var d = van; d <= tot; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static DateOnly EersteDag(DateOnly vanaf, DayOfWeek dag) => vanaf.AddDays(((int)dag - (int)vanaf.DayOfWeek + 7) % 7);

    private static string Byday(DayOfWeek dag) => dag.ToString()[..2].ToUpperInvariant();

    private static Calendar Nieuw(string naam)
    {
        var kalender = new Calendar { ProductId = "-//WijkPlatform//Agenda//NL" };
        kalender.AddProperty("X-WR-CALNAME", naam);
        kalender.AddTimeZone(Tz);
        return kalender;
    }

    private static string Schrijf(Calendar kalender) => new CalendarSerializer().SerializeToString(kalender) ?? "";
}

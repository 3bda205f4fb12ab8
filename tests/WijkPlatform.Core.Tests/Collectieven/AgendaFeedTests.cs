using System.Text;
using WijkPlatform.Core.Collectieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Collectieven;

public sealed class AgendaFeedTests
{
    /// <summary>Tuesday 24 November 2026, 10:30 in Amsterdam.</summary>
    private static readonly DateTime Nu = new(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);

    private static string Kalender(params string[] gebeurtenissen) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//NL\r\n" + string.Concat(gebeurtenissen) + "END:VCALENDAR\r\n";

    private static string Gebeurtenis(string uid, string titel, params string[] regels) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T120000Z\r\nSUMMARY:{titel}\r\n"
        + string.Concat((regels.Length == 0 ? ["DTSTART;TZID=Europe/Amsterdam:20261201T100000", "DTEND;TZID=Europe/Amsterdam:20261201T120000"] : regels)
            .Select(r => r + "\r\n"))
        + "END:VEVENT\r\n";

    [Theory]
    [InlineData("<!doctype html><html><body>Agenda</body></html>")]
    [InlineData("")]
    [InlineData("BEGIN:VCARD\r\nFN:Anja\r\nEND:VCARD\r\n")]
    public void Lees_GeenICalendar_GeeftFout(string tekst)
    {
        var resultaat = AgendaFeed.Lees(tekst, Nu);

        Assert.Equal(AgendaFeed.GeenICalendar, resultaat.Fout);
        Assert.Empty(resultaat.Gebeurtenissen);
    }

    [Fact]
    public void Lees_AfgebrokenBestand_GeeftFoutInPlaatsVanDeHelft()
    {
        var heel = Kalender(Gebeurtenis("a@test", "Koffie"), Gebeurtenis("b@test", "Thee"));

        var resultaat = AgendaFeed.Lees(heel[..(heel.IndexOf("UID:b@test", StringComparison.Ordinal) + 5)], Nu);

        Assert.Equal(AgendaFeed.NietCompleet, resultaat.Fout);
    }

    [Fact]
    public void Lees_GroterDanTweeMegabyte_GeeftFout()
    {
        var omschrijving = "DESCRIPTION:" + new string('x', 70);
        var feed = Kalender(Enumerable.Range(0, 30000).Select(i => Gebeurtenis($"{i}@test", "Koffie",
            "DTSTART:20261201T100000Z", omschrijving)).ToArray());

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.True(Encoding.UTF8.GetByteCount(feed) > AgendaFeed.MaxBytes);
        Assert.Equal(AgendaFeed.TeGroot, resultaat.Fout);
    }

    [Fact]
    public void Lees_MeerDan500ActiviteitenInDePeriode_GeeftFout()
    {
        var feed = Kalender(Enumerable.Range(0, AgendaFeed.MaxActiviteiten + 1)
            .Select(i => Gebeurtenis($"{i}@test", $"Koffie {i}", "DTSTART:20261201T100000Z")).ToArray());

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.Equal(AgendaFeed.TeVeel, resultaat.Fout);
    }

    [Fact]
    public void Lees_Precies500_IsGoed()
    {
        var feed = Kalender(Enumerable.Range(0, AgendaFeed.MaxActiviteiten)
            .Select(i => Gebeurtenis($"{i}@test", $"Koffie {i}", "DTSTART:20261201T100000Z")).ToArray());

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.Null(resultaat.Fout);
        Assert.Equal(AgendaFeed.MaxActiviteiten, resultaat.Gebeurtenissen.Count);
    }

    [Fact]
    public void Lees_TijdzonesEnDuur_RekentNaarAmsterdam()
    {
        var feed = Kalender(
            Gebeurtenis("amsterdam@test", "Amsterdam", "DTSTART;TZID=Europe/Amsterdam:20261201T100000", "DTEND;TZID=Europe/Amsterdam:20261201T113000"),
            Gebeurtenis("utc@test", "Utc", "DTSTART:20270701T080000Z", "DURATION:PT45M"),
            Gebeurtenis("zwevend@test", "Zwevend", "DTSTART:20261202T193000"),
            Gebeurtenis("londen@test", "Londen", "DTSTART;TZID=Europe/London:20261203T090000", "DTEND;TZID=Europe/London:20261203T100000"),
            Gebeurtenis("outlook@test", "Outlook", "DTSTART;TZID=W. Europe Standard Time:20261204T140000", "DTEND;TZID=W. Europe Standard Time:20261204T160000"));

        var g = AgendaFeed.Lees(feed, Nu).Gebeurtenissen.ToDictionary(x => x.Uid);

        Assert.Equal((new DateTime(2026, 12, 1, 10, 0, 0), 90), (g["amsterdam@test"].StartLokaal, g["amsterdam@test"].DuurMinuten));
        Assert.Equal((new DateTime(2027, 7, 1, 10, 0, 0), 45), (g["utc@test"].StartLokaal, g["utc@test"].DuurMinuten));
        // No end: shown as an hour. No zone: read as Amsterdam time.
        Assert.Equal((new DateTime(2026, 12, 2, 19, 30, 0), 60), (g["zwevend@test"].StartLokaal, g["zwevend@test"].DuurMinuten));
        Assert.Equal(new DateTime(2026, 12, 3, 10, 0, 0), g["londen@test"].StartLokaal);
        Assert.Equal((new DateTime(2026, 12, 4, 14, 0, 0), 120), (g["outlook@test"].StartLokaal, g["outlook@test"].DuurMinuten));
        Assert.Equal(DateTimeKind.Unspecified, g["utc@test"].StartLokaal.Kind);
    }

    [Fact]
    public void Lees_HeleDagOfLangerDanEenDag_SlaatOverMaarKentUid()
    {
        var feed = Kalender(
            Gebeurtenis("heledag@test", "Kermis", "DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261206"),
            Gebeurtenis("weekend@test", "Kamp", "DTSTART:20261205T100000Z", "DTEND:20261207T100000Z"),
            Gebeurtenis("gewoon@test", "Koffie"));

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.Equal(["gewoon@test"], resultaat.Gebeurtenissen.Select(g => g.Uid));
        Assert.Contains("heledag@test", resultaat.Uids);
        Assert.Contains("weekend@test", resultaat.Uids);
        Assert.Contains(resultaat.Overgeslagen, r => r.Contains("Kermis", StringComparison.Ordinal) && r.Contains("hele dag", StringComparison.Ordinal));
    }

    [Fact]
    public void Lees_BuitenDePeriode_SlaatOverMaarKentUid()
    {
        var feed = Kalender(
            Gebeurtenis("oud@test", "Lang geleden", "DTSTART:20261001T100000Z"),
            Gebeurtenis("kortgeleden@test", "Vorige week", "DTSTART:20261117T100000Z"),
            Gebeurtenis("ver@test", "Over twee jaar", "DTSTART:20281201T100000Z"),
            Gebeurtenis("reeks@test", "Sinds 2020 elke week", "DTSTART;TZID=Europe/Amsterdam:20200107T100000", "RRULE:FREQ=WEEKLY;BYDAY=TU"),
            Gebeurtenis("voorbij@test", "Reeks die stopte", "DTSTART;TZID=Europe/Amsterdam:20200107T100000", "RRULE:FREQ=WEEKLY;UNTIL=20210101T000000Z"));

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.Equal(["kortgeleden@test", "reeks@test"], resultaat.Gebeurtenissen.Select(g => g.Uid).Order(StringComparer.Ordinal));
        Assert.Equal(5, resultaat.Uids.Count);
    }

    [Theory]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("RRULE:dit is geen regel")]
    [InlineData("RRULE:FREQ=MINUTELY")]
    [InlineData("RRULE:FREQ=DAILY;BYHOUR=1,2,3,4,5,6,7,8,9,10,11,12;BYMINUTE=0,15,30,45")]
    [InlineData("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    public void Lees_OngeldigeHerhaling_NeemtAlleenDeEersteDatum(string regel)
    {
        var feed = Kalender(
            Gebeurtenis("reeks@test", "Koffie", "DTSTART;TZID=Europe/Amsterdam:20261201T100000", regel),
            Gebeurtenis("ander@test", "Thee"));

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.Null(resultaat.Fout);
        var reeks = Assert.Single(resultaat.Gebeurtenissen, g => g.Uid == "reeks@test");
        Assert.Null(reeks.Herhaling);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0), reeks.StartLokaal);
        Assert.Contains(resultaat.Gebeurtenissen, g => g.Uid == "ander@test");
        Assert.Contains(resultaat.Overgeslagen, r => r.Contains("RRULE", StringComparison.Ordinal));
    }

    [Fact]
    public void Lees_ReeksMetExdateEnVeranderdeDatums_GeeftSluitingenEnAfwijkingen()
    {
        var feed = Kalender(
            Gebeurtenis("reeks@test", "Koffie",
                "DTSTART;TZID=Europe/Amsterdam:20261201T100000",
                "DTEND;TZID=Europe/Amsterdam:20261201T120000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU",
                "EXDATE;TZID=Europe/Amsterdam:20261222T100000,20261229T100000"),
            "BEGIN:VEVENT\r\nUID:reeks@test\r\nRECURRENCE-ID;TZID=Europe/Amsterdam:20261208T100000\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20261208T140000\r\nDTEND;TZID=Europe/Amsterdam:20261208T160000\r\nSUMMARY:Koffie\r\nEND:VEVENT\r\n",
            "BEGIN:VEVENT\r\nUID:reeks@test\r\nRECURRENCE-ID;TZID=Europe/Amsterdam:20261215T100000\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20261215T100000\r\nSTATUS:CANCELLED\r\nSUMMARY:Koffie\r\nEND:VEVENT\r\n");

        var reeks = Assert.Single(AgendaFeed.Lees(feed, Nu).Gebeurtenissen);

        Assert.Equal("FREQ=WEEKLY;BYDAY=TU", reeks.Herhaling);
        Assert.Equal([new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 29)], reeks.Sluitingen);
        Assert.Equal(
            [
                new AgendaFeed.Afwijking(new DateOnly(2026, 12, 8), new DateTime(2026, 12, 8, 14, 0, 0), false),
                new AgendaFeed.Afwijking(new DateOnly(2026, 12, 15), null, true),
            ],
            reeks.Afwijkingen);
    }

    [Fact]
    public void Lees_ZonderUid_SlaatOver()
    {
        var feed = Kalender("BEGIN:VEVENT\r\nSUMMARY:Zonder\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\n", Gebeurtenis("met@test", "Met"));

        var resultaat = AgendaFeed.Lees(feed, Nu);

        Assert.Equal(["met@test"], resultaat.Gebeurtenissen.Select(g => g.Uid));
        Assert.Contains(resultaat.Overgeslagen, r => r.Contains("zonder UID", StringComparison.Ordinal));
    }

    [Fact]
    public void Lees_TekstMetHtmlStuurtekensEnVouwen_WordtSchoneTekst()
    {
        var feed = Kalender(Gebeurtenis("a@test", "Koffie\u202E en \u0007 thee",
            "DTSTART:20261201T100000Z",
            "DESCRIPTION:<p>Welkom bij <b>de koffie</b>&amp\r\n ; thee.</p><p>Neem je buurman mee!</p>",
            "LOCATION:Wijkhuis De Haard\\, Kruisstraat 1",
            "STATUS:CANCELLED",
            "URL:http://onveilig.example.nl/koffie"));

        var g = Assert.Single(AgendaFeed.Lees(feed, Nu).Gebeurtenissen);

        Assert.Equal("Koffie en thee", g.Titel);
        Assert.Equal("Welkom bij de koffie& thee.\nNeem je buurman mee!", g.Omschrijving);
        Assert.Equal("Wijkhuis De Haard, Kruisstraat 1", g.Waar);
        Assert.Null(g.OnlineLink);
        Assert.True(g.Afgelast);
    }

    [Fact]
    public void Lees_PlaatsIsHttpsLink_WordtOnlineLink()
    {
        var feed = Kalender(Gebeurtenis("a@test", "Online koffie", "DTSTART:20261201T100000Z", "LOCATION:https://meet.example.nl/koffie"));

        var g = Assert.Single(AgendaFeed.Lees(feed, Nu).Gebeurtenissen);

        Assert.Equal("https://meet.example.nl/koffie", g.OnlineLink);
        Assert.Null(g.Waar);
    }

    [Fact]
    public void Vingerafdruk_ZelfdeInhoudGelijkAndereTitelAnders()
    {
        var een = AgendaFeed.Lees(Kalender(Gebeurtenis("a@test", "Koffie")), Nu).Gebeurtenissen.Single();
        var nogmaals = AgendaFeed.Lees(Kalender(Gebeurtenis("a@test", "Koffie")), Nu.AddHours(1)).Gebeurtenissen.Single();
        var anders = AgendaFeed.Lees(Kalender(Gebeurtenis("a@test", "Koffie en thee")), Nu).Gebeurtenissen.Single();

        Assert.Equal(64, een.Vingerafdruk.Length);
        Assert.Equal(een.Vingerafdruk, nogmaals.Vingerafdruk);
        Assert.NotEqual(een.Vingerafdruk, anders.Vingerafdruk);
    }
}

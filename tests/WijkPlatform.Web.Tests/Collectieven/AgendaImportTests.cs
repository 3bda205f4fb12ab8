using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Web.Adapters.Taken;

namespace WijkPlatform.Web.Tests.Collectieven;

public sealed class AgendaImportTests(AgendaImportApp app) : IClassFixture<AgendaImportApp>
{
    // The fixture's clock stands at Tuesday 24 November 2026, 10:30 in Oss.
    private static readonly DateTime Koffie = new(2026, 12, 1, 10, 0, 0);
    private static readonly DateTime Lunch = new(2026, 12, 3, 12, 0, 0);
    private static readonly DateTime Wandelen = new(2026, 12, 5, 9, 30, 0);

    private static string DrieActiviteiten(string koffieTitel = "Koffie-ochtend") => Ics.Kalender(
        Ics.Gebeurtenis("koffie@buurtgroep", koffieTitel, Koffie, 120, "LOCATION:Wijkhuis De Haard, Kruisstraat 1, Oss"),
        Ics.Gebeurtenis("lunch@buurtgroep", "Buurtlunch", Lunch, 90, "LOCATION:Bij Fatima thuis", "DESCRIPTION:Neem iets lekkers mee."),
        Ics.Gebeurtenis("wandelen@buurtgroep", "Wandelen", Wandelen, 60, "URL:https://buurtgroep.example.nl/wandelen"));

    [Fact]
    public async Task Importeer_VertrouwdCollectief_PubliceertActiviteitenMetDatums()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(DrieActiviteiten()));

        var resultaat = await app.ImporteerAsync(organisatie.Id);

        Assert.Equal((AgendaImport.Status.Gelukt, 3), (resultaat.Status, resultaat.Nieuw));
        var activiteiten = await app.ActiviteitenAsync(organisatie.Id);
        Assert.Equal(["koffie@buurtgroep", "lunch@buurtgroep", "wandelen@buurtgroep"], activiteiten.Select(a => a.ImportUid).Order(StringComparer.Ordinal));
        Assert.All(activiteiten, a => Assert.Equal(ActiviteitStatus.Gepubliceerd, a.Status));
        Assert.All(activiteiten, a => Assert.Equal(64, a.ImportVingerafdruk?.Length));

        var koffie = activiteiten.Single(a => a.ImportUid == "koffie@buurtgroep");
        Assert.Equal(("Koffie-ochtend", Koffie, 120), (koffie.Titel, koffie.StartLokaal, koffie.DuurMinuten));
        // Other tests import the same title: the first is "koffie-ochtend", the next "koffie-ochtend-2".
        Assert.Matches("^koffie-ochtend(-[0-9]+)?$", koffie.Slug);
        var haard = await app.MetDbAsync(db => db.Locaties.SingleAsync(l => l.Naam == "Wijkhuis De Haard (Ons Huis van de Wijk)"));
        Assert.Equal(haard.Id, koffie.LocatieId);
        Assert.Null(koffie.Omschrijving);

        var lunch = activiteiten.Single(a => a.ImportUid == "lunch@buurtgroep");
        Assert.Null(lunch.LocatieId);
        Assert.Equal("Neem iets lekkers mee.\n\nWaar: Bij Fatima thuis", lunch.Omschrijving);
        Assert.Equal("https://buurtgroep.example.nl/wandelen", activiteiten.Single(a => a.ImportUid == "wandelen@buurtgroep").OnlineLink);
        var categorie = await app.MetDbAsync(db => db.Categorieen.SingleAsync(c => c.Slug == AgendaImport.StandaardCategorie));
        Assert.All(activiteiten, a => Assert.Equal(categorie.Id, a.CategorieId));
        Assert.All(activiteiten, a => Assert.Equal(organisatie.WijkId, a.WijkId));

        var datum = Assert.Single(await app.VoorkomensAsync(koffie.Id));
        Assert.Equal(Herhaling.NaarUtc(Koffie), AgendaQueries.Utc(datum.StartUtc));
        Assert.Contains("Koffie-ochtend", await app.HaalAsync($"/activiteiten/{koffie.Slug}"), StringComparison.Ordinal);

        var audit = await app.AuditAsync(organisatie.Id);
        Assert.Equal(3, audit.Count(r => r.Actie == "import-nieuw"));
        Assert.All(audit, r => Assert.Equal(AgendaImport.Systeem, r.Wie));
        var na = await app.OrganisatieAsync(organisatie.Id);
        Assert.Equal(app.Klok.Nu.UtcDateTime, AgendaQueries.Utc(na.AgendaGeimporteerdUtc!.Value));
        Assert.Null(na.AgendaFout);
    }

    [Fact]
    public async Task Importeer_NietVertrouwdCollectief_ZetNieuweActiviteitenTerBeoordeling()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: false, app.Feeds.NieuweFeed(DrieActiviteiten()));

        await app.ImporteerAsync(organisatie.Id);

        var activiteiten = await app.ActiviteitenAsync(organisatie.Id);
        Assert.Equal(3, activiteiten.Count);
        Assert.All(activiteiten, a => Assert.Equal(ActiviteitStatus.TerBeoordeling, a.Status));
        // Waiting for the redactie: no dates, so no list, feed or sign-up shows them.
        Assert.Empty(await app.VoorkomensAsync(activiteiten[0].Id));
        using var client = app.MaakClient();
        var pagina = await client.GetAsync($"/activiteiten/{activiteiten[0].Slug}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, pagina.StatusCode);
    }

    [Fact]
    public async Task Importeer_ZelfdeFeedNogEens_SchrijftNiets()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(DrieActiviteiten()));
        await app.ImporteerAsync(organisatie.Id);
        var voor = await app.ActiviteitenAsync(organisatie.Id);
        var organisatieVoor = await app.OrganisatieAsync(organisatie.Id);
        var auditVoor = await app.AuditAsync(organisatie.Id);

        var resultaat = await ImporteerLaterAsync(organisatie.Id, TimeSpan.FromHours(1));

        Assert.Equal((AgendaImport.Status.Gelukt, 0), (resultaat.Status, resultaat.Veranderd));
        var na = await app.ActiviteitenAsync(organisatie.Id);
        Assert.Equal(voor.Select(a => (a.Id, a.GewijzigdUtc)), na.Select(a => (a.Id, a.GewijzigdUtc)));
        Assert.Equal(auditVoor.Count, (await app.AuditAsync(organisatie.Id)).Count);
        var organisatieNa = await app.OrganisatieAsync(organisatie.Id);
        Assert.Equal(organisatieVoor.GewijzigdUtc, organisatieNa.GewijzigdUtc);
        Assert.Equal(WijkApp.StandaardNu.AddHours(1).UtcDateTime, AgendaQueries.Utc(organisatieNa.AgendaGeimporteerdUtc!.Value));
    }

    [Fact]
    public async Task Importeer_AndereSummary_WerktTitelBijEnZetNietVertrouwdTerugTerBeoordeling()
    {
        var feed = app.Feeds.NieuweFeed(DrieActiviteiten());
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: false, feed);
        await app.ImporteerAsync(organisatie.Id);
        var koffie = (await app.ActiviteitenAsync(organisatie.Id)).Single(a => a.ImportUid == "koffie@buurtgroep");
        var lunch = (await app.ActiviteitenAsync(organisatie.Id)).Single(a => a.ImportUid == "lunch@buurtgroep");
        // The redactie approved the coffee morning and hid the lunch.
        await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Id == koffie.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActiviteitStatus.Gepubliceerd)));
        await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Id == lunch.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActiviteitStatus.Verborgen)));
        app.Feeds.Zet(feed, DrieActiviteiten("Koffie-ochtend met taart").Replace("SUMMARY:Buurtlunch", "SUMMARY:Buurtlunch met soep",
            StringComparison.Ordinal));

        var resultaat = await ImporteerLaterAsync(organisatie.Id, TimeSpan.FromHours(1));

        Assert.Equal(2, resultaat.Gewijzigd);
        var na = await app.ActiviteitenAsync(organisatie.Id);
        var koffieNa = na.Single(a => a.Id == koffie.Id);
        Assert.Equal(("Koffie-ochtend met taart", koffie.Slug), (koffieNa.Titel, koffieNa.Slug));
        Assert.Equal(ActiviteitStatus.TerBeoordeling, koffieNa.Status);
        Assert.Equal(ActiviteitStatus.Verborgen, na.Single(a => a.Id == lunch.Id).Status);
        Assert.Equal("Buurtlunch met soep", na.Single(a => a.Id == lunch.Id).Titel);
        var gewijzigd = (await app.AuditAsync(organisatie.Id)).Where(r => r.Actie == "import-gewijzigd").ToList();
        Assert.Equal(2, gewijzigd.Count);
        Assert.Contains(gewijzigd, r => r.Details!.Contains("Koffie-ochtend met taart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importeer_UidVerdwenen_GaatNietDoorEnKomtTerugAlsHijTerugIs()
    {
        var feed = app.Feeds.NieuweFeed(DrieActiviteiten());
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, feed);
        await app.ImporteerAsync(organisatie.Id);
        var lunch = (await app.ActiviteitenAsync(organisatie.Id)).Single(a => a.ImportUid == "lunch@buurtgroep");
        app.Feeds.Zet(feed, Ics.Kalender(
            Ics.Gebeurtenis("koffie@buurtgroep", "Koffie-ochtend", Koffie, 120, "LOCATION:Wijkhuis De Haard, Kruisstraat 1, Oss"),
            Ics.Gebeurtenis("wandelen@buurtgroep", "Wandelen", Wandelen, 60, "URL:https://buurtgroep.example.nl/wandelen")));

        var weg = await ImporteerLaterAsync(organisatie.Id, TimeSpan.FromHours(1));

        Assert.Equal((1, 0), (weg.Verdwenen, weg.Gewijzigd));
        var afgelast = (await app.ActiviteitenAsync(organisatie.Id)).Single(a => a.Id == lunch.Id);
        Assert.Equal($"Staat niet meer in de agenda van {organisatie.Naam}", afgelast.AfgelastReden);
        Assert.Equal(WijkApp.StandaardNu.AddHours(1).UtcDateTime, AgendaQueries.Utc(afgelast.AfgelastUtc!.Value));
        Assert.True(Assert.Single(await app.VoorkomensAsync(lunch.Id)).Afgelast);
        Assert.Contains(await app.AuditAsync(organisatie.Id), r => r.Actie == "import-verdwenen" && r.Onderwerp.Contains(lunch.Slug, StringComparison.Ordinal));
        Assert.Contains("gaat niet door", await app.HaalAsync($"/activiteiten/{lunch.Slug}"), StringComparison.OrdinalIgnoreCase);

        app.Feeds.Zet(feed, DrieActiviteiten());
        var terug = await ImporteerLaterAsync(organisatie.Id, TimeSpan.FromHours(2));

        Assert.Equal(1, terug.Terug);
        var weerDoor = (await app.ActiviteitenAsync(organisatie.Id)).Single(a => a.Id == lunch.Id);
        Assert.Null(weerDoor.AfgelastReden);
        Assert.Null(weerDoor.AfgelastUtc);
        Assert.False(Assert.Single(await app.VoorkomensAsync(lunch.Id)).Afgelast);
    }

    [Fact]
    public async Task Importeer_StatusCancelled_GaatNietDoor()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(Ics.Kalender(
            Ics.Gebeurtenis("afgelast@buurtgroep", "Bingo", Koffie, 120, "STATUS:CANCELLED"))));

        await app.ImporteerAsync(organisatie.Id);

        var bingo = Assert.Single(await app.ActiviteitenAsync(organisatie.Id));
        Assert.Equal($"Afgelast in de agenda van {organisatie.Naam}", bingo.AfgelastReden);
        Assert.True(Assert.Single(await app.VoorkomensAsync(bingo.Id)).Afgelast);
    }

    [Fact]
    public async Task Importeer_ReeksMetExdate_SluitDieDatumsEnVerplaatstDeVeranderde()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(Ics.Kalender(
            Ics.Gebeurtenis("reeks@buurtgroep", "Taalcafé", Koffie, 90,
                "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6",
                "EXDATE;TZID=Europe/Amsterdam:20261222T100000,20261229T100000"),
            "BEGIN:VEVENT\r\nUID:reeks@buurtgroep\r\nRECURRENCE-ID;TZID=Europe/Amsterdam:20261208T100000\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20261208T140000\r\nDTEND;TZID=Europe/Amsterdam:20261208T153000\r\nSUMMARY:Taalcafé\r\nEND:VEVENT\r\n")));

        await app.ImporteerAsync(organisatie.Id);

        var reeks = Assert.Single(await app.ActiviteitenAsync(organisatie.Id));
        Assert.Equal("FREQ=WEEKLY;BYDAY=TU;COUNT=6", reeks.Herhaling);
        Assert.Equal([new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 29)],
            reeks.Uitzonderingen.Where(u => !u.IsVerplaatsing).Select(u => u.Datum).Order());
        var datums = (await app.VoorkomensAsync(reeks.Id)).Select(v => Herhaling.NaarLokaal(AgendaQueries.Utc(v.StartUtc))).ToList();
        Assert.Equal(
            [Koffie, new DateTime(2026, 12, 8, 14, 0, 0), new DateTime(2026, 12, 15, 10, 0, 0), new DateTime(2027, 1, 5, 10, 0, 0)],
            datums);
    }

    [Fact]
    public async Task Importeer_TweeKeerTegelijk_MaaktElkeActiviteitEenKeer()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(DrieActiviteiten()));

        var resultaten = await Task.WhenAll(app.ImporteerAsync(organisatie.Id), app.ImporteerAsync(organisatie.Id));

        Assert.All(resultaten, r => Assert.Equal(AgendaImport.Status.Gelukt, r.Status));
        Assert.Equal(3, resultaten.Sum(r => r.Nieuw));
        Assert.Equal(3, (await app.ActiviteitenAsync(organisatie.Id)).Count);
    }

    [Fact]
    public async Task Importeer_ZelfdeTitelAlsBestaandeActiviteit_KrijgtEigenSlug()
    {
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(Ics.Kalender(
            Ics.Gebeurtenis("een@buurtgroep", "Buurtlunch De Haard", Koffie),
            Ics.Gebeurtenis("twee@buurtgroep", "Buurtlunch De Haard", Lunch),
            Ics.Gebeurtenis("print@buurtgroep", "Print", Wandelen))));

        await app.ImporteerAsync(organisatie.Id);

        var slugs = (await app.ActiviteitenAsync(organisatie.Id)).Select(a => a.Slug).Order(StringComparer.Ordinal).ToList();
        // "buurtlunch-de-haard" is a uSync demo activity.
        Assert.Equal(["buurtlunch-de-haard-2", "buurtlunch-de-haard-3", "print-activiteit"], slugs);
    }

    public static TheoryData<string, string> SlechteFeeds => new()
    {
        { "html", "geen iCalendar-bestand" },
        { "groot", "groter dan 2 MB" },
        { "onbereikbaar", "niet bereikbaar" },
        { "404", "foutcode 404" },
        { "file", "niet met https:// begint" },
        { "afgebroken", "niet helemaal binnengekomen" },
        { "prive", "dit adres is niet toegestaan" },
    };

    [Theory]
    [MemberData(nameof(SlechteFeeds))]
    public async Task Importeer_SlechteFeed_ZetFoutEnVerandertVerderNiets(string soort, string fout)
    {
        var feed = app.Feeds.NieuweFeed(DrieActiviteiten());
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, feed);
        await app.ImporteerAsync(organisatie.Id);
        var voor = await app.ActiviteitenAsync(organisatie.Id);
        var organisatieVoor = await app.OrganisatieAsync(organisatie.Id);
        var auditVoor = (await app.AuditAsync(organisatie.Id)).Count;
        await MaakSlechtAsync(soort, feed, organisatie.Id);

        var resultaat = await app.ImporteerAsync(organisatie.Id);

        Assert.Equal(AgendaImport.Status.Mislukt, resultaat.Status);
        var na = await app.OrganisatieAsync(organisatie.Id);
        Assert.Contains(fout, na.AgendaFout, StringComparison.Ordinal);
        Assert.Equal(organisatieVoor.AgendaGeimporteerdUtc, na.AgendaGeimporteerdUtc);
        Assert.Equal(organisatieVoor.GewijzigdUtc, na.GewijzigdUtc);
        var activiteitenNa = await app.ActiviteitenAsync(organisatie.Id);
        Assert.Equal(voor.Select(a => (a.Id, a.GewijzigdUtc, a.AfgelastReden)), activiteitenNa.Select(a => (a.Id, a.GewijzigdUtc, a.AfgelastReden)));
        Assert.Equal(auditVoor, (await app.AuditAsync(organisatie.Id)).Count);

        // A good import afterwards clears the message.
        app.Feeds.Zet(feed, DrieActiviteiten());
        await app.MetDbAsync(db => db.Organisaties.Where(o => o.Id == organisatie.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaUrl, feed.AbsoluteUri)));
        Assert.Equal(AgendaImport.Status.Gelukt, (await app.ImporteerAsync(organisatie.Id)).Status);
        Assert.Null((await app.OrganisatieAsync(organisatie.Id)).AgendaFout);
    }

    private async Task MaakSlechtAsync(string soort, Uri feed, int organisatieId)
    {
        switch (soort)
        {
            case "html":
                app.Feeds.Zet(feed, "<!doctype html><html><body><h1>Onze agenda</h1></body></html>", "text/html");
                break;
            case "groot":
                var groot = new StringBuilder("BEGIN:VCALENDAR\r\n");
                while (groot.Length <= AgendaFeed.MaxBytes)
                {
                    groot.Append("COMMENT:").Append('x', 1000).Append("\r\n");
                }

                app.Feeds.Zet(feed, groot.Append("END:VCALENDAR\r\n").ToString());
                break;
            case "onbereikbaar":
                await ZetUrlAsync(organisatieId, $"http://127.0.0.1:{GeslotenPoort()}/agenda.ics");
                break;
            case "404":
                await ZetUrlAsync(organisatieId, new Uri(app.Feeds.Basis, "/bestaat-niet.ics").AbsoluteUri);
                break;
            case "file":
                app.Feeds.Zet(feed, context =>
                {
                    context.Response.StatusCode = StatusCodes.Status302Found;
                    context.Response.Headers.Location = "file:///etc/passwd";
                    return Task.CompletedTask;
                });
                break;
            case "prive":
                // An address inside the network: refused before a connection is made, also in the tests.
                await ZetUrlAsync(organisatieId, "https://10.255.255.1/agenda.ics");
                break;
            case "afgebroken":
                var heel = DrieActiviteiten();
                app.Feeds.Zet(feed, heel[..heel.IndexOf("UID:lunch", StringComparison.Ordinal)]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(soort), soort, null);
        }
    }

    [Fact]
    public async Task Importeer_ServerAntwoordtTeTraag_GeeftOpNaDeTijdslimiet()
    {
        var feed = app.Feeds.NieuweFeed("");
        app.Feeds.Zet(feed, async context =>
        {
            context.Response.ContentType = "text/calendar";
            await context.Response.WriteAsync("BEGIN:VCALENDAR\r\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
        });
        var organisatie = await app.NieuwCollectiefAsync(vertrouwd: true, feed);
        var klok = System.Diagnostics.Stopwatch.StartNew();

        var resultaat = await app.ImporteerAsync(organisatie.Id);

        Assert.Equal(AgendaImport.Status.Mislukt, resultaat.Status);
        Assert.Contains("binnen 20 seconden", resultaat.Fout, StringComparison.Ordinal);
        Assert.InRange(klok.Elapsed, TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task AgendaImportTaak_EenCollectiefFaalt_DeAnderenWordenTochOvergenomen()
    {
        var kapot = await app.NieuwCollectiefAsync(vertrouwd: true, new Uri($"http://127.0.0.1:{GeslotenPoort()}/agenda.ics"));
        var goed = await app.NieuwCollectiefAsync(vertrouwd: true, app.Feeds.NieuweFeed(DrieActiviteiten()));
        var zonder = await app.NieuwCollectiefAsync(vertrouwd: true, null);

        await using (var scope = app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Achtergrondtaken>().AgendaImportAsync(TestContext.Current.CancellationToken);
        }

        Assert.Contains("niet bereikbaar", (await app.OrganisatieAsync(kapot.Id)).AgendaFout, StringComparison.Ordinal);
        Assert.Equal(3, (await app.ActiviteitenAsync(goed.Id)).Count);
        Assert.Null((await app.OrganisatieAsync(goed.Id)).AgendaFout);
        Assert.Null((await app.OrganisatieAsync(zonder.Id)).AgendaGeimporteerdUtc);
    }

    /// <summary>Imports at a later moment. The clock stands still otherwise, and the planner recognises a change by
    /// its new GewijzigdUtc.</summary>
    private async Task<AgendaImport.Resultaat> ImporteerLaterAsync(int organisatieId, TimeSpan later)
    {
        try
        {
            app.Klok.Nu = WijkApp.StandaardNu + later;
            return await app.ImporteerAsync(organisatieId);
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    private Task<int> ZetUrlAsync(int organisatieId, string url) => app.MetDbAsync(db => db.Organisaties.Where(o => o.Id == organisatieId)
        .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaUrl, url)));

    /// <summary>A port on 127.0.0.1 where nothing listens: connecting is refused at once.</summary>
    private static int GeslotenPoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

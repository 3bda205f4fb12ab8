using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Tests.Aanmelden;

namespace WijkPlatform.Web.Tests.Collectieven;

public sealed class AgendaImportPaginaTests(AgendaImportApp app) : IClassFixture<AgendaImportApp>
{
    private const string Wijkraad = "/beheer/agenda-import/wijkraad-ruwaard";
    private const string Rucrea = "/beheer/agenda-import/wijkstichting-rucrea";

    private Task<(string? Url, DateTime? Geimporteerd, string? Fout)> StandAsync(string slug) => app.MetDbAsync(db => db.Organisaties
        .Where(o => o.Slug == slug)
        .Select(o => new ValueTuple<string?, DateTime?, string?>(o.AgendaUrl, o.AgendaGeimporteerdUtc, o.AgendaFout))
        .SingleAsync());

    private Task<int> ZetUrlAsync(string slug, string? url) => app.MetDbAsync(db => db.Organisaties.Where(o => o.Slug == slug)
        .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaUrl, url)));

    private Task<int> AuditAantalAsync(string slug) => app.MetDbAsync(db => db.AuditLog.CountAsync(r => r.Onderwerp.EndsWith(":" + slug)));

    [Fact]
    public async Task Get_Overzicht_LidZietAlleenEigenCollectief()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");

        var html = await client.GetStringAsync("/beheer/agenda-import", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"{Rucrea}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkraad Ruwaard", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Overzicht_RedactieZietAlleCollectieven()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "redactie@example.nl");

        var html = await client.GetStringAsync("/beheer/agenda-import", TestContext.Current.CancellationToken);
        var pagina = await client.GetAsync(Wijkraad, TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"{Rucrea}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Wijkraad}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
    }

    [Fact]
    public async Task Get_ZonderCollectief_Geeft404()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "wijkteam.ruwaard@example.nl");

        var html = await client.GetStringAsync("/beheer/agenda-import", TestContext.Current.CancellationToken);
        var pagina = await client.GetAsync(Wijkraad, TestContext.Current.CancellationToken);

        Assert.Contains("Je bent geen lid van een collectief.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pagina.StatusCode);
    }

    [Fact]
    public async Task Post_GeldigAdres_SlaatOpEnSchrijftAudit()
    {
        await ZetUrlAsync("wijkstichting-rucrea", null);
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");
        var auditVoor = await AuditAantalAsync("wijkstichting-rucrea");

        var response = await WijkApp.PostFormAsync(client, Rucrea,
            new Dictionary<string, string> { ["Input.Url"] = " webcal://agenda.example.nl/rucrea/basic.ics " });
        var html = await client.GetStringAsync(Rucrea, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://agenda.example.nl/rucrea/basic.ics", (await StandAsync("wijkstichting-rucrea")).Url);
        Assert.Equal(auditVoor + 1, await AuditAantalAsync("wijkstichting-rucrea"));
        Assert.Contains("Het adres is opgeslagen.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"https://agenda.example.nl/rucrea/basic.ics\"", html, StringComparison.Ordinal);
        // Not trusted: the page says the redactie looks first.
        Assert.Contains("bekijkt de redactie eerst", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://agenda.example.nl/rucrea.ics", "Het adres moet beginnen met https://.")]
    [InlineData("ftp://agenda.example.nl/rucrea.ics", "Vul een volledig webadres in")]
    [InlineData("mijn agenda", "Vul een volledig webadres in")]
    public async Task Post_OngeldigAdres_ToontFoutBijVeldEnHoudtInvoer(string invoer, string fout)
    {
        await ZetUrlAsync("wijkstichting-rucrea", "https://agenda.example.nl/oud.ics");
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");

        var response = await WijkApp.PostFormAsync(client, Rucrea, new Dictionary<string, string> { ["Input.Url"] = invoer });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var veld = html.IndexOf("id=\"fout-url\"", StringComparison.Ordinal);
        Assert.True(veld > 0, "Geen foutmelding bij het veld.");
        Assert.Contains(fout, html[veld..html.IndexOf("</span>", veld, StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(invoer)}\"", html, StringComparison.Ordinal);
        Assert.Equal("https://agenda.example.nl/oud.ics", (await StandAsync("wijkstichting-rucrea")).Url);
    }

    [Fact]
    public async Task Post_AnderCollectief_Geeft404EnVerandertNiets()
    {
        // With a feed in place, an import that got through would add an activity and set the import time.
        var feed = app.Feeds.NieuweFeed(Ics.Kalender(
            Ics.Gebeurtenis("kwaad@rucrea", "Niet van de wijkraad", new DateTime(2026, 12, 10, 20, 0, 0))));
        await ZetUrlAsync("wijkraad-ruwaard", feed.AbsoluteUri);
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");
        var auditVoor = await AuditAantalAsync("wijkraad-ruwaard");
        var voor = await StandAsync("wijkraad-ruwaard");

        var opslaan = await WijkApp.PostFormAsync(client, Wijkraad,
            new Dictionary<string, string> { ["Input.Url"] = "https://kwaad.example.nl/agenda.ics" }, formulierPagina: Rucrea);
        var importeren = await WijkApp.PostFormAsync(client, Wijkraad + "?handler=importeren",
            new Dictionary<string, string>(), formulierPagina: Rucrea);

        Assert.Equal(HttpStatusCode.NotFound, opslaan.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, importeren.StatusCode);
        Assert.Equal(voor, await StandAsync("wijkraad-ruwaard"));
        Assert.Equal(feed.AbsoluteUri, voor.Url);
        Assert.False(await app.MetDbAsync(db => db.Activiteiten.AnyAsync(a => a.ImportUid == "kwaad@rucrea")));
        Assert.Equal(auditVoor, await AuditAantalAsync("wijkraad-ruwaard"));
    }

    [Fact]
    public async Task Post_NuImporteren_NeemtActiviteitenOverVanFeedOpDezeMachine()
    {
        var feed = app.Feeds.NieuweFeed(Ics.Kalender(
            Ics.Gebeurtenis("wijkschouw@wijkraad", "Wijkschouw met de gemeente", new DateTime(2026, 12, 9, 19, 0, 0), 90)));
        await ZetUrlAsync("wijkraad-ruwaard", null);
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        var opslaan = await WijkApp.PostFormAsync(client, Wijkraad, new Dictionary<string, string> { ["Input.Url"] = feed.AbsoluteUri });

        var importeren = await WijkApp.PostFormAsync(client, Wijkraad + "?handler=importeren", new Dictionary<string, string>(), formulierPagina: Wijkraad);
        var html = await client.GetStringAsync(Wijkraad, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, opslaan.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, importeren.StatusCode);
        Assert.Contains("De agenda is overgenomen: 1 nieuw", html, StringComparison.Ordinal);
        Assert.Contains("woensdag 9 december", await app.HaalAsync("/activiteiten/wijkschouw-met-de-gemeente"), StringComparison.Ordinal);
        var status = await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Slug == "wijkschouw-met-de-gemeente").Select(a => a.Status).SingleAsync());
        Assert.Equal(ActiviteitStatus.Gepubliceerd, status);
        Assert.NotNull((await StandAsync("wijkraad-ruwaard")).Geimporteerd);
    }

    [Fact]
    public async Task Post_NuImporteren_FouteFeed_ToontMelding()
    {
        var feed = app.Feeds.NieuweFeed("<html><body>Dit is een website</body></html>");
        await ZetUrlAsync("wijkstichting-rucrea", feed.AbsoluteUri);
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");

        await WijkApp.PostFormAsync(client, Rucrea + "?handler=importeren", new Dictionary<string, string>(), formulierPagina: Rucrea);
        var html = await client.GetStringAsync(Rucrea, TestContext.Current.CancellationToken);

        Assert.Contains("het is geen iCalendar-bestand", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LeegAdres_KoppeltLos()
    {
        await ZetUrlAsync("wijkstichting-rucrea", "https://agenda.example.nl/rucrea.ics");
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");

        var response = await WijkApp.PostFormAsync(client, Rucrea, new Dictionary<string, string> { ["Input.Url"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await StandAsync("wijkstichting-rucrea")).Url);
    }
}

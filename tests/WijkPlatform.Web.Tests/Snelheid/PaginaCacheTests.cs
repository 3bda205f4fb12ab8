using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Snelheid;

/// <summary>Stored copies of public pages: served again while nothing changed, dropped the moment a write is committed,
/// never for signed-in staff, and never a page with a visitor's cookie in it.</summary>
public sealed class PaginaCacheTests(PaginaCacheTests.App app) : IClassFixture<PaginaCacheTests.App>
{
    /// <summary>Copies live five minutes here, so a slow test machine cannot let one expire between two requests.</summary>
    public sealed class App : WijkApp
    {
        protected override void Instellingen(IWebHostBuilder builder) => builder.UseSetting("PaginaCache:Seconden", "300");
    }

    private const string Koken = "koken-met-kinderen";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/activiteiten?wijk=ruwaard")]
    [InlineData("/api/activiteiten?perPagina=3")]
    [InlineData("/zoeken?q=koffie")]
    [InlineData("/agenda.ics")]
    [InlineData("/")]
    public async Task TweedeKeer_UitDeCacheEnGecomprimeerd(string url)
    {
        using var client = Client("br");

        var eerste = await client.GetAsync(url, Ct);
        var tweede = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Null(eerste.Headers.Age);
        Assert.NotNull(tweede.Headers.Age);
        Assert.Equal("br", Assert.Single(tweede.Content.Headers.ContentEncoding));
        Assert.Equal(await eerste.Content.ReadAsByteArrayAsync(Ct), await tweede.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task AndereCodering_EigenKopie()
    {
        using var br = Client("br");
        using var gzip = Client("gzip");
        using var geen = Client(null);

        await br.GetAsync("/activiteiten?wijk=ussen", Ct);
        var metGzip = await gzip.GetAsync("/activiteiten?wijk=ussen", Ct);
        var zonder = await geen.GetAsync("/activiteiten?wijk=ussen", Ct);

        Assert.Equal("gzip", Assert.Single(metGzip.Content.Headers.ContentEncoding));
        Assert.Empty(zonder.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await zonder.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanmelding_VrijePlaatsenMeteenBijgewerkt()
    {
        var start = await DatumAsync(app, Koken, 0);
        var url = await ApiUrlVoorAsync(Koken);
        using var client = app.MaakClient();
        var voor = await PlaatsenVrijAsync(client, url, start);
        Assert.NotNull((await client.GetAsync(url, Ct)).Headers.Age);

        var post = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Anouk", "anouk.cache@example.nl", personen: 2));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        Assert.Equal(voor - 2, await PlaatsenVrijAsync(client, url, start));
    }

    [Fact]
    public async Task WijzigingBuitenHetFormulier_OokMeteenZichtbaar()
    {
        var titel = await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Slug == "wandelgroep-ussen").Select(a => a.Titel).SingleAsync(Ct));
        var html = await app.HaalAsync("/activiteiten?wijk=ussen&pagina=1");
        Assert.Contains(titel, html, StringComparison.Ordinal);

        // ExecuteUpdate, as the occurrence planner and the sign-up counters write: no SaveChanges involved.
        await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Slug == "wandelgroep-ussen")
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Titel, "Wandelen langs de Maas (nieuw)"), Ct));

        Assert.Contains("Wandelen langs de Maas (nieuw)", await app.HaalAsync("/activiteiten?wijk=ussen&pagina=1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KlokVerder_NieuwePagina()
    {
        var voor = await app.HaalAsync("/activiteiten?periode=vandaag");
        app.Klok.Nu = WijkApp.StandaardNu.AddDays(1);
        try
        {
            var na = await app.HaalAsync("/activiteiten?periode=vandaag");
            Assert.NotEqual(voor, na);
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    [Fact]
    public async Task Ingelogd_NooitUitDeCacheEnNietGecomprimeerd()
    {
        using var anoniem = Client("br");
        await anoniem.GetAsync("/activiteiten?wijk=schadewijk", Ct);
        using var medewerker = await app.IngelogdAsync("redactie@example.nl");
        medewerker.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var antwoord = await medewerker.GetAsync("/activiteiten?wijk=schadewijk", Ct);
        var beheer = await medewerker.GetAsync("/beheer", Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Null(antwoord.Headers.Age);
        Assert.Empty(antwoord.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, beheer.StatusCode);
        Assert.Empty(beheer.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task PaginaMetFormulier_NooitOpgeslagen()
    {
        using var client = Client(null);

        var eerste = await client.GetAsync($"/activiteiten/{Koken}", Ct);
        var tweede = await client.GetAsync($"/activiteiten/{Koken}", Ct);

        // The sign-up form carries a token tied to this visitor's cookie.
        Assert.NotEmpty(eerste.Headers.GetValues("Set-Cookie"));
        Assert.Contains("__RequestVerificationToken", await tweede.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Null(tweede.Headers.Age);
    }

    [Fact]
    public async Task Foutpagina_NietOpgeslagen()
    {
        using var client = Client(null);

        await client.GetAsync("/api/activiteiten?perPagina=0", Ct);
        var tweede = await client.GetAsync("/api/activiteiten?perPagina=0", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tweede.StatusCode);
        Assert.Null(tweede.Headers.Age);
    }

    private HttpClient Client(string? codering)
    {
        var client = app.MaakClient();
        if (codering is not null)
        {
            client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue(codering));
        }

        return client;
    }

    private Task<string> ApiUrlVoorAsync(string slug) => app.MetDbAsync(async db =>
    {
        var a = await db.Activiteiten.Where(a => a.Slug == slug).Select(a => new { Wijk = a.Wijk!.Slug, Categorie = a.Categorie!.Slug }).SingleAsync(Ct);
        return $"/api/activiteiten?wijk={a.Wijk}&categorie={a.Categorie}&perPagina=100";
    });

    private static async Task<int> PlaatsenVrijAsync(HttpClient client, string url, DateTime start)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url, Ct));
        var item = json.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("slug").GetString() == Koken && i.GetProperty("start").GetDateTime() == start);
        return item.GetProperty("plaatsenVrij").GetInt32();
    }
}

/// <summary>With the setting at 0 nothing is stored.</summary>
public sealed class PaginaCacheUitTests(PaginaCacheUitTests.App app) : IClassFixture<PaginaCacheUitTests.App>
{
    public sealed class App : WijkApp
    {
        protected override void Instellingen(IWebHostBuilder builder) => builder.UseSetting("PaginaCache:Seconden", "0");
    }

    [Fact]
    public async Task Uit_NietsOpgeslagen()
    {
        using var client = app.MaakClient();

        await client.GetAsync("/activiteiten", TestContext.Current.CancellationToken);
        var tweede = await client.GetAsync("/activiteiten", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Null(tweede.Headers.Age);
    }
}

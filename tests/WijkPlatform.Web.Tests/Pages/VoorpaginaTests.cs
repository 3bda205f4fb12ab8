namespace WijkPlatform.Web.Tests.Pages;

public sealed class VoorpaginaTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_Voorpagina_ToontWijkEnGeseedeActiviteitenVanVandaag()
    {
        using var client = app.MaakClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Welkom bij Wij(k) de Ruwaard", html, StringComparison.Ordinal);
        // Tuesday 24 November 2026, 10:30: the weekly Tuesday afternoon walk-in about money matters is still to come.
        Assert.Contains("Inloop geldzaken en post", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#inhoud\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Voorpagina_ToontDagontmoetingDieNuOpenIs()
    {
        using var client = app.MaakClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var blok = html[html.IndexOf("Dagontmoeting: vandaag open", StringComparison.Ordinal)..];
        blok = blok[..blok.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Huiskamer De Haard", blok, StringComparison.Ordinal);
        Assert.Contains("vandaag open 10:00–14:00", blok, StringComparison.Ordinal);
        Assert.Contains("Nu open", blok, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Voorpagina_FooterVerwijstNaarClientondersteuningEnWijkteam()
    {
        using var client = app.MaakClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/clientondersteuning\"", footer, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijkteam\"", footer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/activiteiten", "Activiteiten in de wijk")]
    [InlineData("/dagontmoeting", "Dagontmoeting")]
    [InlineData("/initiatief", "Bewonersinitiatief")]
    [InlineData("/clientondersteuning", "Onafhankelijke cliëntondersteuning")]
    [InlineData("/wijkteam", "Wijkteam Ruwaard")]
    [InlineData("/zoeken", "Zoeken")]
    [InlineData("/organisaties", "Wijkraad Ruwaard")]
    [InlineData("/activiteiten/koffie-inloop-de-haard", "Koffie-inloop in De Haard")]
    public async Task Get_PaginaUitHetMenu_GeeftInhoud(string pad, string verwacht)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(pad, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(verwacht, html, StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Get_ActiviteitenMetWijkfilter_ToontAlleenDieWijk()
    {
        using var client = app.MaakClient();

        var ussen = await client.GetStringAsync("/activiteiten?wijk=ussen", TestContext.Current.CancellationToken);
        var alle = await client.GetStringAsync("/activiteiten", TestContext.Current.CancellationToken);

        Assert.Contains("Ontmoetingsochtend", ussen, StringComparison.Ordinal);
        Assert.DoesNotContain("Koffie-inloop in De Haard", ussen, StringComparison.Ordinal);
        Assert.Contains("Koffie-inloop in De Haard", alle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ZoekenZonderAccent_VindtWoordMetAccent()
    {
        using var client = app.MaakClient();

        var html = await client.GetStringAsync("/zoeken?q=cafe", TestContext.Current.CancellationToken);

        Assert.Contains("Repair Café", html, StringComparison.Ordinal);
    }
}

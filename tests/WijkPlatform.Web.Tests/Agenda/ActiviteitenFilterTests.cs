using System.Text.RegularExpressions;

namespace WijkPlatform.Web.Tests.Agenda;

/// <summary>The agenda filters over HTTP against the seeded uSync content, on a fixed Tuesday 24 November 2026 10:30.
/// The same class runs on SQLite and on PostgreSQL.</summary>
public sealed partial class ActiviteitenFilterTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_WijkUssen_ToontAlleenUssen()
    {
        var html = await app.HaalAsync("/activiteiten?wijk=ussen&periode=week");

        Assert.Contains("Ontmoetingsochtend in De Hille", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Huiskamer De Haard", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Koffie-inloop in De Haard", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DagontmoetingVandaag_ToontWatNuOpenIs()
    {
        var html = await app.HaalAsync("/activiteiten?categorie=dagontmoeting&periode=vandaag");

        Assert.Contains("Huiskamer De Haard", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Inloop geldzaken en post", html, StringComparison.Ordinal);
        Assert.Equal(Aantal(html), Titels(html).Count);
    }

    [Fact]
    public async Task Get_MetAanmelden_ToontAlleenActiviteitenMetAanmelden()
    {
        var html = await app.HaalAsync("/activiteiten?aanmelden=met&periode=week");

        Assert.True(Aantal(html) > 0);
        Assert.Equal(Items(html), Regex.Count(html, "wijk-label--aanmelden\""));
    }

    [Fact]
    public async Task Get_ZonderAanmelden_ToontGeenActiviteitMetAanmelden()
    {
        var html = await app.HaalAsync("/activiteiten?aanmelden=zonder&periode=week");

        Assert.True(Aantal(html) > 0);
        Assert.DoesNotContain("wijk-label--aanmelden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AlleenGratis_LaatBetaaldeActiviteitenWeg()
    {
        var alles = await app.HaalAsync("/activiteiten?doelgroep=kinderen&periode=datums&van=2026-11-24&tot=2026-12-31");
        var gratis = await app.HaalAsync("/activiteiten?doelgroep=kinderen&periode=datums&van=2026-11-24&tot=2026-12-31&gratis=ja");

        Assert.Contains("Koken met kinderen", alles, StringComparison.Ordinal);
        Assert.DoesNotContain("Koken met kinderen", gratis, StringComparison.Ordinal);
        Assert.Contains("Huiswerkklas Ruwaard", gratis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Doelgroep_ToontDieGroepEnIedereenMaarNietAndereGroepen()
    {
        var html = await app.HaalAsync("/activiteiten?doelgroep=kinderen&periode=week");

        Assert.Contains("Huiswerkhulp in De Aventurijn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bewegen voor ouderen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Huiskamer De Haard", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Toegankelijk_ToontAlleenRolstoeltoegankelijk()
    {
        var html = await app.HaalAsync("/activiteiten?toegankelijk=ja&periode=week");

        Assert.True(Aantal(html) > 0);
        Assert.Equal(Items(html), Regex.Count(html, "<span class=\"wijk-label\">Rolstoeltoegankelijk</span>"));
    }

    [Fact]
    public async Task Get_FiltersSamen_VersmallenElkaar()
    {
        var wijk = Aantal(await app.HaalAsync("/activiteiten?wijk=ruwaard&periode=week"));
        var wijkEnCategorie = Aantal(await app.HaalAsync("/activiteiten?wijk=ruwaard&categorie=dagontmoeting&periode=week"));
        var alles = Aantal(await app.HaalAsync("/activiteiten?wijk=ruwaard&categorie=dagontmoeting&periode=week&aanmelden=zonder&gratis=ja"));

        Assert.True(wijk > wijkEnCategorie, $"{wijk} > {wijkEnCategorie}");
        Assert.True(wijkEnCategorie > 0);
        Assert.Equal(wijkEnCategorie, alles);
    }

    [Fact]
    public async Task Get_Weekend_ToontAlleenZaterdagEnZondag()
    {
        var html = await app.HaalAsync("/activiteiten?periode=weekend");

        var dagen = DagKoppen().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dagen);
        Assert.All(dagen, d => Assert.True(d.StartsWith("zaterdag", StringComparison.Ordinal) || d.StartsWith("zondag", StringComparison.Ordinal), d));
    }

    [Fact]
    public async Task Get_VerplaatsteDatum_StaatOpDeNieuweDagMetToelichting()
    {
        var woensdag = await app.HaalAsync("/activiteiten?categorie=taal-leren&periode=datums&van=2026-12-09&tot=2026-12-09");
        var donderdag = await app.HaalAsync("/activiteiten?categorie=taal-leren&periode=datums&van=2026-12-10&tot=2026-12-10");

        Assert.DoesNotContain("Taalcafé", woensdag, StringComparison.Ordinal);
        Assert.Contains("Taalcafé", donderdag, StringComparison.Ordinal);
        Assert.Contains("Let op: Deze week op donderdag", donderdag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DatumMetUitzondering_LaatDieDatumWeg()
    {
        var kerst = await app.HaalAsync("/activiteiten?periode=datums&van=2026-12-26&tot=2026-12-26");
        var januari = await app.HaalAsync("/activiteiten?periode=datums&van=2027-01-30&tot=2027-01-30");

        Assert.DoesNotContain("Repair Café Ruwaard", kerst, StringComparison.Ordinal);
        Assert.Contains("Repair Café Ruwaard", januari, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Paginas_GevenSamenElkResultaatPreciesEenKeer()
    {
        var eerste = await app.HaalAsync("/activiteiten");
        var totaal = Aantal(eerste);
        var paginas = (totaal + 19) / 20;
        var gezien = new List<string>();
        for (var p = 1; p <= paginas; p++)
        {
            var html = await app.HaalAsync($"/activiteiten?pagina={p}");
            gezien.AddRange(Regex.Matches(html, "<time datetime=\"([^\"]+)\">[^<]*</time></p>\\s*<h4[^>]*><a class=\"utrecht-link\" href=\"([^\"]+)\"")
                .Select(m => m.Groups[1].Value + m.Groups[2].Value));
        }

        Assert.True(totaal > 20, $"{totaal} activiteiten: te weinig om paginering te toetsen.");
        Assert.Equal(totaal, gezien.Count);
        Assert.Equal(totaal, gezien.Distinct().Count());
        Assert.Contains("rel=\"next\"", eerste, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PaginaVoorbijHetEinde_ToontDeLaatstePagina()
    {
        var html = await app.HaalAsync("/activiteiten?pagina=9999");

        Assert.True(Items(html) > 0);
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NietsGevonden_GeeftHulpBijHetZoeken()
    {
        var html = await app.HaalAsync("/activiteiten?categorie=mantelzorg&periode=datums&van=2026-12-25&tot=2026-12-25&wijk=ussen");

        Assert.Equal(0, Aantal(html));
        Assert.Contains("Met deze keuzes vinden we niets.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/activiteiten?wijk=ussen&amp;categorie=mantelzorg\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/activiteiten?wijk=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Deze wijk kennen we niet.")]
    [InlineData("/activiteiten?periode=datums&van=morgen", "Vul een datum in zoals")]
    [InlineData("/activiteiten?periode=datums&van=2026-12-20&tot=2026-12-01", "De laatste dag moet na de eerste dag liggen.")]
    [InlineData("/activiteiten?periode=datums&van=2026-12-01&tot=2028-12-01", "Kies een periode van hoogstens een jaar.")]
    [InlineData("/activiteiten?doelgroep=katten", "Kies voor wie de activiteit is uit de lijst.")]
    [InlineData("/activiteiten?periode=ooit&pagina=-1", "Kies wanneer uit de lijst.")]
    public async Task Get_OngeldigeKeuze_GeeftMeldingBijHetVeldEnToontToch(string url, string melding)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(melding, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.True(Aantal(html) > 0);
    }

    private static int Aantal(string html) => int.Parse(AantalGevonden().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Items(string html) => Regex.Count(html, "class=\"wijk-agenda__item\"");

    private static List<string> Titels(string html) =>
        Regex.Matches(html, "<h4 class=\"utrecht-heading-4 wijk-agenda__titel\"><a class=\"utrecht-link\" href=\"[^\"]+\">([^<]+)</a>")
            .Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("role=\"status\">\\s*(\\d+) activiteit")]
    private static partial Regex AantalGevonden();

    [GeneratedRegex("class=\"utrecht-heading-3 wijk-dagkop\">([^<]+)</h3>")]
    private static partial Regex DagKoppen();
}

namespace WijkPlatform.Web.Tests.Zoeken;

/// <summary>Search over the seeded uSync content, through the real page.</summary>
public sealed class ZoekenTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_AnderWoordVanDezelfdeStam_VindtActiviteit()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=wandeling");

        Assert.Contains("Wandelen over het SlowPad", ZoekPagina.Titels(html));
    }

    [Fact]
    public async Task Get_ZonderAccent_VindtTitelMetAccent()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=cafe");

        Assert.Contains("Repair Café Ruwaard", ZoekPagina.Titels(html));
    }

    [Theory]
    [InlineData("repiar")]
    [InlineData("repair cafee")]
    [InlineData("Repair caf")]
    public async Task Get_TikfoutOfHalfWoord_VindtActiviteitToch(string vraag)
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=" + Uri.EscapeDataString(vraag));

        Assert.Equal("Repair Café Ruwaard", ZoekPagina.Titels(html).First());
    }

    [Fact]
    public async Task Get_ZonderTrema_VindtPaginaClientondersteuning()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=clientondersteuning");

        var titels = ZoekPagina.Titels(html);
        Assert.Equal("Onafhankelijke cliëntondersteuning", titels.First());
        Assert.Contains("/clientondersteuning", ZoekPagina.Urls(html));
    }

    [Fact]
    public async Task Get_NaamVanOrganisatie_VindtOrganisatie()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=pantein");

        var index = ZoekPagina.Urls(html).IndexOf("/organisaties/pantein");
        Assert.True(index >= 0, "Pantein staat niet in de resultaten.");
        Assert.Equal("Pantein", ZoekPagina.Titels(html)[index]);
        Assert.StartsWith("Organisatie", ZoekPagina.Metas(html)[index], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WoordInTekst_MarkeertWoordInFragment()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=wandeling");

        var index = ZoekPagina.Titels(html).IndexOf("Wandelen over het SlowPad");
        var fragment = ZoekPagina.Fragmenten(html)[index];
        Assert.Contains("<mark>wandelen</mark>", fragment, StringComparison.Ordinal);
        Assert.True(fragment.Length < 400, $"Fragment te lang: {fragment}");
    }

    [Fact]
    public async Task Get_TitelWeegtZwaarderDanTekst_TitelTrefferBovenaan()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=koffie");

        // Many activities mention coffee somewhere; the one with it in its title comes first.
        Assert.Contains("offie", ZoekPagina.Titels(html).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Resultaten_ToontAantallenPerFacet()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=koffie");

        var totaal = ZoekPagina.Aantal(html);
        var ruwaard = ZoekPagina.FacetAantal(html, "wijk", "ruwaard");
        var ussen = ZoekPagina.FacetAantal(html, "wijk", "ussen");
        var activiteiten = ZoekPagina.FacetAantal(html, "soort", "activiteit");
        Assert.True(totaal > 5, $"Verwacht meer dan 5 resultaten voor koffie, kreeg {totaal}.");
        Assert.True(ruwaard > 0 && ussen > 0, $"Ruwaard {ruwaard}, Ussen {ussen}.");
        Assert.True(activiteiten <= totaal);
        Assert.NotNull(ZoekPagina.FacetAantal(html, "categorie", "ontmoeten-koffie"));
        Assert.Contains("aria-label=\"Filter op wijk\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Filter op categorie\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MetWijkfilter_ToontAlleenDieWijkEnWisLink()
    {
        using var client = app.MaakClient();
        var alles = await ZoekPagina.HaalAsync(client, "q=koffie");
        var verwacht = ZoekPagina.FacetAantal(alles, "wijk", "ussen");

        var html = await ZoekPagina.HaalAsync(client, "q=koffie&wijk=ussen");

        Assert.Equal(verwacht, ZoekPagina.Aantal(html));
        Assert.True(ZoekPagina.Aantal(html) < ZoekPagina.Aantal(alles));
        Assert.All(ZoekPagina.Metas(html), meta => Assert.EndsWith("Ussen", meta, StringComparison.Ordinal));
        Assert.Contains("Wis filter", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/zoeken?q=koffie\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MetCategoriefilter_ToontAlleenDieCategorie()
    {
        using var client = app.MaakClient();
        var alles = await ZoekPagina.HaalAsync(client, "q=koffie");
        var verwacht = ZoekPagina.FacetAantal(alles, "categorie", "ontmoeten-koffie");

        var html = await ZoekPagina.HaalAsync(client, "q=koffie&categorie=ontmoeten-koffie");

        Assert.Equal(verwacht, ZoekPagina.Aantal(html));
        Assert.True(ZoekPagina.Aantal(html) < ZoekPagina.Aantal(alles));
        Assert.All(ZoekPagina.Metas(html), meta => Assert.Contains("Ontmoeten en koffie", meta, StringComparison.Ordinal));
        // The other groups keep counting within this category, and their links keep the search and the filter.
        Assert.Contains("href=\"/zoeken?q=koffie&amp;categorie=ontmoeten-koffie&amp;wijk=ruwaard\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SoortFilter_ToontAlleenPaginas()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=wijkteam&soort=pagina");

        Assert.True(ZoekPagina.Aantal(html) > 0);
        Assert.All(ZoekPagina.Metas(html), meta => Assert.Equal("Informatie", meta));
    }

    [Fact]
    public async Task Get_MeerDanEenPagina_PagineertMetVorigeEnVolgende()
    {
        using var client = app.MaakClient();
        // A word in almost every activity: "de" is a stop word, so use the wijk name.
        var eerste = await ZoekPagina.HaalAsync(client, "q=ruwaard");
        Assert.True(ZoekPagina.Aantal(eerste) > 20, $"Te weinig resultaten om te pagineren: {ZoekPagina.Aantal(eerste)}.");

        var tweede = await ZoekPagina.HaalAsync(client, "q=ruwaard&pagina=2");

        Assert.Equal(20, ZoekPagina.Titels(eerste).Count);
        Assert.Contains("rel=\"next\" href=\"/zoeken?q=ruwaard&amp;pagina=2\"", eerste, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\" href=\"/zoeken?q=ruwaard\"", tweede, StringComparison.Ordinal);
        Assert.Empty(ZoekPagina.Titels(eerste).Intersect(ZoekPagina.Titels(tweede)));
        Assert.Equal(Math.Min(20, ZoekPagina.Aantal(eerste) - 20), ZoekPagina.Titels(tweede).Count);
    }

    [Fact]
    public async Task Get_NietsGevonden_SteltAndereWoordenEnLinksVoor()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=xylofoonorkest");

        Assert.Equal(0, ZoekPagina.Aantal(html));
        Assert.Contains("Probeer een ander woord", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/activiteiten\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clientondersteuning\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ZonderVraag_ToontAlleenHetFormulier()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "");

        Assert.Contains("Waar zoek je naar?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> RareInvoer => new()
    {
        "*:*",
        "title:(",
        "<script>alert(1)</script>",
        "\"koffie AND (thee OR \\",
        "koffie~2^10 [a TO z] /regex/",
        string.Join(' ', Enumerable.Repeat("koffie", 50)),
        new string('x', 300),
        "koffie\0thee",
        "%00",
    };

    [Theory]
    [MemberData(nameof(RareInvoer))]
    public async Task Get_RareInvoer_GeeftGewoonEenPaginaZonderScript(string vraag)
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=" + Uri.EscapeDataString(vraag));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OngeldigFilterOfPagina_GeeftGewoonEenPagina()
    {
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=koffie&soort=virus&pagina=abc&wijk=%3Cb%3E");

        Assert.Equal(0, ZoekPagina.Aantal(html));
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Zoek zonder filters", html, StringComparison.Ordinal);
    }
}

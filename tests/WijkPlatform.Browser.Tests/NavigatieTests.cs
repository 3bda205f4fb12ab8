using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

public sealed class NavigatieTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string, string> Menu => new()
    {
        { "Activiteiten", "Activiteiten in de wijk" },
        { "Dagontmoeting", "Dagontmoeting" },
        { "Initiatief", "Bewonersinitiatief" },
        { "Cliëntondersteuning", "Onafhankelijke cliëntondersteuning" },
        { "Wijkteam", "Het wijkteam" },
        { "Zoeken", "Zoeken" },
    };

    [Fact]
    public async Task Voorpagina_Openen_ToontWijkZonderToegankelijkheidsfouten()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        var cspFouten = VangCspFouten(page);

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Wij(k) de Ruwaard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dagontmoeting: vandaag open" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        Assert.Empty(cspFouten);
    }

    [Theory]
    [MemberData(nameof(Menu))]
    public async Task Hoofdmenu_Link_OpentPaginaZonderToegankelijkheidsfouten(string link, string kop)
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        var cspFouten = VangCspFouten(page);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(kop);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Toegankelijkheid.ControleerAsync(page);
        Assert.Empty(cspFouten);
    }

    [Fact]
    public async Task Voorpagina_ActiviteitAanklikken_ToontDetailsZonderToegankelijkheidsfouten()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Huiskamer De Haard" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Huiskamer De Haard");
        await Assertions.Expect(page.GetByText("Aanmelden hoeft niet")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Detailpagina_KnopToonKaart_LaadtLeafletPasNaKlikEnZonderJavaScriptAlleenDeLink()
    {
        await using var metJs = await site.NieuweContextAsync();
        await using var zonderJs = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        // Tiles come from openstreetmap.org, which a test does not reach; the map and its marker are drawn without them.
        await metJs.RouteAsync("https://tile.openstreetmap.org/**", route => route.AbortAsync());
        var met = await metJs.NewPageAsync();
        var cspFouten = VangCspFouten(met);
        var leaflet = new List<string>();
        met.Request += (_, verzoek) =>
        {
            if (verzoek.Url.Contains("/lib/leaflet/", StringComparison.Ordinal))
            {
                leaflet.Add(verzoek.Url);
            }
        };
        var zonder = await zonderJs.NewPageAsync();

        await met.GotoAsync("/activiteiten/huiskamer-de-haard", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await zonder.GotoAsync("/activiteiten/huiskamer-de-haard");

        var knop = met.GetByRole(AriaRole.Button, new() { Name = "Toon kaart" });
        await Assertions.Expect(knop).ToBeVisibleAsync();
        await Assertions.Expect(knop).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Empty(leaflet);
        await Assertions.Expect(met.Locator("link[href*='leaflet'], script[src*='leaflet']")).ToHaveCountAsync(0);
        await Assertions.Expect(met.Locator(".leaflet-container")).ToHaveCountAsync(0);
        await Toegankelijkheid.ControleerAsync(met);

        // By keyboard: from the link before it, Tab reaches the button, which shows where focus is, and Enter opens the map.
        await met.GetByRole(AriaRole.Link, new() { Name = "Bekijk op de kaart (OpenStreetMap)" }).FocusAsync();
        await met.Keyboard.PressAsync("Tab");
        await Assertions.Expect(knop).ToBeFocusedAsync();
        Assert.NotEqual("none", await knop.EvaluateAsync<string>("k => getComputedStyle(k).outlineStyle"));
        await met.Keyboard.PressAsync("Enter");

        var kaart = met.GetByRole(AriaRole.Img, new() { Name = "Kaart met de plek van de activiteit: Wijkhuis De Haard" });
        await Assertions.Expect(kaart).ToBeVisibleAsync();
        await Assertions.Expect(kaart).ToHaveClassAsync(new Regex("leaflet-container"));
        await Assertions.Expect(kaart.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await Assertions.Expect(met.GetByText("Kaart: © OpenStreetMap-bijdragers")).ToBeVisibleAsync();
        var verberg = met.GetByRole(AriaRole.Button, new() { Name = "Verberg kaart" });
        await Assertions.Expect(verberg).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(verberg).ToBeFocusedAsync();
        Assert.Contains(leaflet, u => u.Contains("/lib/leaflet/leaflet.js", StringComparison.Ordinal));
        Assert.Contains(leaflet, u => u.Contains("/lib/leaflet/leaflet.css", StringComparison.Ordinal));
        await Toegankelijkheid.ControleerAsync(met);

        await verberg.ClickAsync();

        await Assertions.Expect(kaart).ToBeHiddenAsync();
        await Assertions.Expect(knop).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(zonder.GetByRole(AriaRole.Button, new() { Name = "Toon kaart" })).ToHaveCountAsync(0);
        await Assertions.Expect(zonder.Locator(".leaflet-container")).ToHaveCountAsync(0);
        await Assertions.Expect(zonder.GetByRole(AriaRole.Link, new() { Name = "Bekijk op de kaart (OpenStreetMap)" })).ToBeVisibleAsync();
        Assert.Empty(cspFouten);
    }

    [Fact]
    public async Task Voorpagina_SkiplinkMetToetsenbord_ZetFocusOpDeInhoud()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skiplink = page.GetByRole(AriaRole.Link, new() { Name = "Ga direct naar de inhoud" });
        await Assertions.Expect(skiplink).ToBeFocusedAsync();
        await Assertions.Expect(skiplink).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#inhoud")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task OnbekendePagina_ToontNederlandse404ZonderToegankelijkheidsfouten()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/deze-pagina-bestaat-echt-niet");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deze pagina bestaat niet (meer)");
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Zoeken_WoordZonderAccent_VindtActiviteit()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/zoeken");

        await page.GetByLabel("Waar zoek je naar?").FillAsync("repair cafe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/zoeken\\?q=repair"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Repair Café Ruwaard" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Voettekst_ElkeLink_OpentPaginaZonderToegankelijkheidsfouten()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        var cspFouten = VangCspFouten(page);
        await page.GotoAsync("/");

        // Taken from the page itself, so a link redactie adds to the footer is checked too.
        var adressen = await page.Locator("footer a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/clientondersteuning", adressen);
        Assert.Contains("/nieuwsbrief", adressen);
        Assert.Contains("/privacy", adressen);

        foreach (var adres in adressen.Distinct(StringComparer.Ordinal))
        {
            var antwoord = await page.GotoAsync(adres);
            Assert.True(antwoord is { Status: 200 }, $"{adres} gaf {antwoord?.Status}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Toegankelijkheid.ControleerAsync(page);
        }

        Assert.Empty(cspFouten);
    }

    private static List<string> VangCspFouten(IPage page)
    {
        var fouten = new List<string>();
        page.Console += (_, bericht) =>
        {
            if (bericht.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                fouten.Add(bericht.Text);
            }
        };
        return fouten;
    }
}

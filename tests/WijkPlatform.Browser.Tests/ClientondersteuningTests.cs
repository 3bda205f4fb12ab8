using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>"Wie helpt mij?" in a real browser: the lookup with a mouse, on a phone and without JavaScript, and axe on
/// the cliëntondersteuning, wijkteam and organisation pages in every state they can be in.</summary>
public sealed partial class ClientondersteuningTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("/clientondersteuning")]
    [InlineData("/clientondersteuning?postcode=5344+VA")]
    [InlineData("/clientondersteuning?postcode=5345AB")]
    [InlineData("/clientondersteuning?postcode=5341+AB")]
    [InlineData("/clientondersteuning?postcode=geen+postcode")]
    [InlineData("/clientondersteuning?postcode=")]
    [InlineData("/wijkteam")]
    [InlineData("/organisaties")]
    [InlineData("/organisaties?wijk=ussen&soort=partner")]
    [InlineData("/organisaties?wijk=onbekend")]
    [InlineData("/organisaties/wijkraad-ruwaard")]
    [InlineData("/organisaties/brabant-zorg")]
    public async Task Pagina_AxeSchoon(string pad)
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();

        var antwoord = await page.GotoAsync(pad);

        Assert.Equal(200, antwoord!.Status);
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Opzoeken_PostcodeIntypen_ToontHulpInDeWijkOpDezelfdePagina()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/clientondersteuning");

        await Postcodeveld(page).FillAsync("5344 va");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie mij helpt" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/clientondersteuning\?postcode=5344\+va#wie-helpt-mij$"));
        var antwoord = page.GetByRole(AriaRole.Region, new() { Name = "Hulp in Ruwaard" });
        await Assertions.Expect(antwoord).ToBeVisibleAsync();
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Status)).ToContainTextAsync("Postcode 5344 VA hoort bij de wijk Ruwaard");
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Heading, new() { Name = "Wijkteam Ruwaard", Level = 4 })).ToBeVisibleAsync();
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Link, new() { Name = "0412 00 00 11" })).ToBeVisibleAsync();
        await Assertions.Expect(Postcodeveld(page)).ToHaveValueAsync("5344 va");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Hulp bij postcode 5344 VA \\(Ruwaard\\)"));
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Opzoeken_OpEenTelefoon_PastOpHetSchermEnIsAxeSchoon()
    {
        await using var context = await site.NieuweContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/clientondersteuning");

        await Postcodeveld(page).FillAsync("5346 xy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie mij helpt" }).TapAsync();

        var antwoord = page.GetByRole(AriaRole.Region, new() { Name = "Hulp in Ussen" });
        await Assertions.Expect(antwoord).ToBeInViewportAsync();
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Heading, new() { Name = "Cliëntondersteuner in Ussen" })).ToBeVisibleAsync();
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 390, $"De pagina is {breedte}px breed op een telefoon van 390px.");
        await Toegankelijkheid.ControleerAsync(page);
    }

    /// <summary>Without JavaScript Playwright cannot evaluate scripts in the page (axe included), so this test only uses
    /// the form; axe checks the same states in <see cref="Pagina_AxeSchoon"/>.</summary>
    [Fact]
    public async Task Opzoeken_OpEenTelefoonZonderJavaScript_ToontHetAntwoord()
    {
        await using var context = await site.NieuweContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/clientondersteuning");

        await Postcodeveld(page).FillAsync("5346 xy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie mij helpt" }).TapAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?postcode=5346\+xy#wie-helpt-mij$"));
        var antwoord = page.GetByRole(AriaRole.Region, new() { Name = "Hulp in Ussen" });
        await Assertions.Expect(antwoord).ToBeVisibleAsync();
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Heading, new() { Name = "Wijkteam Ussen" })).ToBeVisibleAsync();
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Link, new() { Name = "0412 00 00 02" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Opzoeken_VerkeerdePostcodeZonderJavaScript_MeldingBijHetVeldEnWaardeBlijft()
    {
        await using var context = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/clientondersteuning");

        await Postcodeveld(page).FillAsync("53444 VA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie mij helpt" }).ClickAsync();

        var veld = Postcodeveld(page);
        await Assertions.Expect(veld).ToHaveValueAsync("53444 VA");
        await Assertions.Expect(veld).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(veld).ToHaveAccessibleDescriptionAsync(new Regex("Dit is geen postcode"));
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        var antwoord = page.GetByRole(AriaRole.Region, new() { Name = "We konden je postcode niet gebruiken" });
        await Assertions.Expect(antwoord.GetByRole(AriaRole.Link, new() { Name = "0412 00 00 10" })).ToBeVisibleAsync();

        await veld.FillAsync("5341 AB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek wie mij helpt" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Geen wijkteam bij postcode 5341 AB" })).ToBeVisibleAsync();
        await Assertions.Expect(Postcodeveld(page)).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task Organisaties_FilterenZonderJavaScript_ToontAlleenCollectievenInUssen()
    {
        await using var context = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/organisaties");

        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ussen" });
        await page.GetByLabel("Soort", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Alleen bewonerscollectieven" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon organisaties" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("wijk=ussen&soort=collectief"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wijkraad Oss-Noordwest" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wijkraad Ruwaard" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partnerorganisaties" })).ToHaveCountAsync(0);
    }

    private static ILocator Postcodeveld(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Je postcode" });
}

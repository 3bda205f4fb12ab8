using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>An organiser of the wijkraad at the counter: signs a neighbour up by phone, then sees her on the list.</summary>
public sealed class OrganisatorTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Balie_MeldtBuurvrouwAanMetTelefoon_EnZietHaarOpDeLijst_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "lid.wijkraad@example.nl");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));

        await page.GotoAsync("/beheer/aanmelden/buurtlunch-de-haard");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vul").First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Radio).First.CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Mevrouw Bakker");
        await page.GetByLabel("Telefoonnummer").FillAsync("0412 654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByText(new Regex("/aanmelding/[A-Za-z0-9_-]{43}")).First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GotoAsync("/beheer/aanmeldingen");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Table).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Mevrouw Bakker" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }
}

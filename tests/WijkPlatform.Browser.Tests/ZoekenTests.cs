using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

public sealed class ZoekenTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Zoeken_FacetAanklikken_FiltertZonderToegankelijkheidsfouten()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/zoeken");
        await page.GetByLabel("Waar zoek je naar?").FillAsync("koffie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("resultaten voor ‘koffie’");
        await Assertions.Expect(page.Locator(".wijk-zoek__fragment mark").First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Filter op wijk" })
            .GetByRole(AriaRole.Link, new() { Name = "Ussen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/zoeken\\?q=koffie&wijk=ussen$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("alleen Ussen");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Filter op wijk" })
            .GetByRole(AriaRole.Link, new() { Name = "Wis filter wijk" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Koffie-inloop in De Haard" })).ToHaveCountAsync(0);
        await Toegankelijkheid.ControleerAsync(page);
    }
}

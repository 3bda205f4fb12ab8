using System.Text.RegularExpressions;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Browser.Tests;

public sealed class InloggenTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Inloggen_FoutEnDaarnaGoed_ToontMeldingBijVeldEnDanHetOverzicht()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/beheer");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inloggen"));

        await page.GetByLabel("E-mailadres").FillAsync("wijkteam.ruwaard@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync("niet-het-goede-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("wijkteam.ruwaard@example.nl");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Wachtwoord").FillAsync(new AccountOptions().DemoWachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Carla");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom bij");
        await page.GotoAsync("/beheer");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inloggen"));
    }
}

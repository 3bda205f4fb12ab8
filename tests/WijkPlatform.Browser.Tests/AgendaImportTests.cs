using System.Text.RegularExpressions;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Browser.Tests;

/// <summary>A member of Rucrea links the collective's calendar: a wrong address first, then a good one.</summary>
public sealed class AgendaImportTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Lid_KoppeltAgenda_FoutBijVeldDanOpgeslagen_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("lid.rucrea@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync(new AccountOptions().DemoWachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Agenda van je collectief overnemen" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijkstichting Rucrea" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(page);

        var veld = page.GetByLabel("Adres van je agenda");
        await veld.FillAsync("http://agenda.example.nl/rucrea.ics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Het adres moet beginnen met https://.")).ToBeVisibleAsync();
        await Assertions.Expect(veld).ToHaveValueAsync("http://agenda.example.nl/rucrea.ics");
        await Toegankelijkheid.ControleerAsync(page);

        await veld.FillAsync("https://agenda.example.nl/rucrea.ics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Het adres is opgeslagen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nu importeren" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }
}

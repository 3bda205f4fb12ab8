using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>A member of Rucrea invites a new member from the members page.</summary>
public sealed class LedenTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Leden_NieuwLidUitnodigen_ToontBevestiging_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "lid.rucrea@example.nl");

        await page.GetByRole(AriaRole.Link, new() { Name = "Leden van je collectief" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer/leden$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Leden van Wijkstichting Rucrea" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de naam in van wie je uitnodigt.");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Hanneke de Vries");
        await page.GetByLabel("E-mailadres").FillAsync("hanneke@example.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("hanneke@example.nl krijgt een mail met een uitnodiging");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Uitgenodigd, nog geen wachtwoord" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }
}

using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>The resident's journey from issue 4: find the weekly coffee walk-in in Ruwaard on a Tuesday using only
/// the filters, open it, and put that date in a calendar.</summary>
public sealed class AgendaReisTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Bewoner_VindtKoffieInloopOpDinsdagEnZetHemInDeAgenda()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Activiteiten" }).ClickAsync();

        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ruwaard" });
        await page.GetByLabel("Soort activiteit").SelectOptionAsync(new SelectOptionValue { Label = "Ontmoeten en koffie" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Kies zelf de dagen" }).CheckAsync();
        await page.GetByLabel("Eerste dag").FillAsync("2026-12-01");
        await page.GetByLabel("Laatste dag").FillAsync("2026-12-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon activiteiten" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("wijk=ruwaard.*categorie=ontmoeten-koffie.*periode=datums"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "dinsdag 1 december" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Koffie-inloop in De Haard" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Koffie-inloop in De Haard");
        await Toegankelijkheid.ControleerAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Zet dinsdag 1 december in je agenda" }).ClickAsync());
        var pad = await download.PathAsync();
        var ics = await File.ReadAllTextAsync(pad!, TestContext.Current.CancellationToken);

        Assert.Equal("koffie-inloop-de-haard.ics", download.SuggestedFilename);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20261201T093000", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Koffie-inloop in De Haard", ics, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>The monitor as the wijkteam of Ruwaard uses it: choose a period, read charts and tables, download the
/// figures; on a desktop and on a phone, with axe on every state.</summary>
public sealed class MonitorTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task WijkteamRuwaard_KiestPeriode_DownloadtCsvEnXlsx_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "wijkteam.ruwaard@example.nl");

        await page.GotoAsync("/beheer/monitor");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Monitor", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Wijk", new() { Exact = true }).Locator("option")).ToHaveTextAsync(["Al jouw wijken samen", "Ruwaard"]);
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync("ruwaard");
        await page.GetByLabel("Eerste maand").FillAsync("2026-07");
        await page.GetByLabel("Laatste maand").FillAsync("2026-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de cijfers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De laatste maand ligt vóór de eerste maand");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.GetByLabel("Eerste maand")).ToHaveValueAsync("2026-07");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Eerste maand").FillAsync("2026-01");
        await page.GetByLabel("Laatste maand").FillAsync("2026-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de cijfers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ruwaard, januari 2026 tot en met juni 2026" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Activiteiten per categorie" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Per maand: data en aanmeldingen – Ruwaard, januari 2026 tot en met juni 2026" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "alles als CSV" }).ClickAsync());
        Assert.Equal("monitor-ruwaard-2026-01-2026-06-alles.csv", csv.SuggestedFilename);
        var csvBytes = await File.ReadAllBytesAsync(await csv.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        Assert.Contains("Categorie;Activiteiten;Data", System.Text.Encoding.UTF8.GetString(csvBytes), StringComparison.Ordinal);

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel (XLSX) van Wijkbudget per jaar" }).ClickAsync());
        Assert.Equal("monitor-ruwaard-2026-01-2026-06-wijkbudget.xlsx", xlsx.SuggestedFilename);
        using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(await xlsx.PathAsync()));
        Assert.NotNull(zip.GetEntry("xl/worksheets/sheet1.xml"));
    }

    [Fact]
    public async Task Telefoon390_MonitorZonderHorizontaalScrollen_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "wijkteam.ruwaard@example.nl");

        await page.GotoAsync("/beheer/monitor?wijk=ruwaard");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Monitor", Level = 1 })).ToBeVisibleAsync();
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 390, $"De monitor is {breedte}px breed op een telefoon van 390px.");
        var grafiek = await page.Locator("#grafiek-maanden-activiteiten").BoundingBoxAsync();
        Assert.NotNull(grafiek);
        Assert.True(grafiek.Width <= 390, $"De grafiek is {grafiek.Width}px breed.");
        await Toegankelijkheid.ControleerAsync(page);
    }
}

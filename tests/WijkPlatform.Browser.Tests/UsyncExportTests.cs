using System.IO.Compression;
using Microsoft.AspNetCore.Hosting;

namespace WijkPlatform.Browser.Tests;

/// <summary>Beheer exports the content: into the site's uSync folder (here a copy, never the source tree) and as a zip
/// download. Axe checks the page before and after.</summary>
public sealed class UsyncExportTests(UsyncExportTests.Site site) : IClassFixture<UsyncExportTests.Site>
{
    [Fact]
    public async Task Beheer_ExporteertNaarDeMapEnDownloadtDeZip_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "beheer@example.nl");

        await page.GotoAsync("/beheer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inhoud exporteren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inhoud exporteren", Level = 1 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Exporteren naar de uSync-map" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Klaar.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Bestanden per soort" })).ToContainTextAsync("Paginas");
        Assert.True(File.Exists(Path.Combine(site.SyncMap, "Paginas", "over.config")));
        await Toegankelijkheid.ControleerAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download als zip" }).ClickAsync());

        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        var pad = Path.Combine(Path.GetTempPath(), $"wijk-usync-{Guid.NewGuid():N}.zip");
        try
        {
            await download.SaveAsAsync(pad);
            using var zip = ZipFile.OpenRead(pad);
            var namen = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("Paginas/over.config", namen);
            Assert.Contains(namen, n => n.StartsWith("Wijken/", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(pad);
        }
    }

    /// <summary>The browser site with a copy of the repository's uSync folder as Site:SyncMap.</summary>
    public sealed class Site : BrowserSite
    {
        public string SyncMap { get; } = Kopieer();

        protected override void Instellingen(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseSetting("Site:SyncMap", SyncMap);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(SyncMap))
            {
                Directory.Delete(SyncMap, recursive: true);
            }
        }

        private static string Kopieer()
        {
            var bron = new DirectoryInfo(AppContext.BaseDirectory);
            while (bron is not null && !File.Exists(Path.Combine(bron.FullName, "uSync", "README.md")))
            {
                bron = bron.Parent;
            }

            var repo = Path.Combine(bron?.FullName ?? throw new DirectoryNotFoundException("uSync niet gevonden."), "uSync");
            var doel = Directory.CreateTempSubdirectory("wijk-usync-browser-").FullName;
            foreach (var bestand in Directory.GetFiles(repo, "*", SearchOption.AllDirectories))
            {
                var pad = Path.Combine(doel, Path.GetRelativePath(repo, bestand));
                Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
                File.Copy(bestand, pad);
            }

            return doel;
        }
    }
}

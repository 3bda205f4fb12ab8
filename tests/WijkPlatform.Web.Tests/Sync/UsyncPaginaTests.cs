using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Web.Tests.Sync;

public sealed class UsyncPaginaTests(SyncExportApp app) : IClassFixture<SyncExportApp>
{
    private const string Beheer = "beheer@example.nl";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_AlsBeheer_LegtUitEnToontBeideKnoppen()
    {
        using var client = await app.IngelogdAsync(Beheer);

        var html = await client.GetStringAsync("/beheer/usync", Ct);

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Inhoud exporteren</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Exporteren naar de uSync-map", html, StringComparison.Ordinal);
        Assert.Contains("Download als zip", html, StringComparison.Ordinal);
        Assert.Contains("Dit gaat niet mee: activiteiten", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(app.SyncMap), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMap_AlsBeheer_SchrijftInDeSyncMapToontAantallenEnSchrijftAuditRegel()
    {
        var alias = await NieuwePaginaAsync();
        using var client = await app.IngelogdAsync(Beheer);

        var response = await WijkApp.PostFormAsync(client, "/beheer/usync?handler=Map", new Dictionary<string, string>(), "/beheer/usync");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Bestanden per soort", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">Paginas</th>", html, StringComparison.Ordinal);
        var bestand = Path.Combine(app.SyncMap, "Paginas", alias + ".config");
        Assert.True(File.Exists(bestand));
        Assert.Contains("<Titel>Export vanuit de website</Titel>", await File.ReadAllTextAsync(bestand, Ct), StringComparison.Ordinal);
        Assert.True(await app.MetDbAsync(db => db.AuditLog.AnyAsync(a => a.Actie == "usync-export" && a.Wie != null && a.Details!.Contains("Paginas"), Ct)));

        // The hashes are recorded, so the next start takes nothing from the files it just wrote.
        await using var scope = app.CreateScope();
        var import = await scope.ServiceProvider.GetRequiredService<SyncImporter>().ImportAsync(app.SyncMap, Ct);
        Assert.Equal(0, import.Wijzigingen);
        Assert.Empty(import.Meldingen);
    }

    [Fact]
    public async Task PostZip_AlsBeheer_GeeftZipMetPaginasEnSchrijftAuditRegel()
    {
        var alias = await NieuwePaginaAsync();
        using var client = await app.IngelogdAsync(Beheer);

        var response = await WijkApp.PostFormAsync(client, "/beheer/usync?handler=Zip", new Dictionary<string, string>(), "/beheer/usync");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("usync-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        var namen = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains($"Paginas/{alias}.config", namen);
        Assert.Contains("Wijken/ruwaard.config", namen);
        Assert.DoesNotContain(namen, n => n.StartsWith("Activiteiten/", StringComparison.Ordinal));
        Assert.True(await app.MetDbAsync(db => db.AuditLog.AnyAsync(a => a.Actie == "usync-download", Ct)));
    }

    [Theory]
    [InlineData("redactie@example.nl")]
    [InlineData("wijkteam.ruwaard@example.nl")]
    [InlineData("lid.wijkraad@example.nl")]
    public async Task ZonderBeheerrol_KomtNietBijDePaginaNochBijDeKnoppen(string email)
    {
        var voor = await AuditAantalAsync();
        using var client = await app.IngelogdAsync(email);

        var get = await client.GetAsync("/beheer/usync", Ct);
        // A valid antiforgery token from a page this account may open: only the role check can stop these posts.
        var map = await WijkApp.PostFormAsync(client, "/beheer/usync?handler=Map", new Dictionary<string, string>(), "/beheer");
        var zip = await WijkApp.PostFormAsync(client, "/beheer/usync?handler=Zip", new Dictionary<string, string>(), "/beheer");

        foreach (var response in new[] { get, map, zip })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/geen-toegang", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(voor, await AuditAantalAsync());
    }

    [Fact]
    public async Task Anoniem_WordtNaarInloggenGestuurd()
    {
        var voor = await AuditAantalAsync();
        using var client = app.MaakClient();

        var get = await client.GetAsync("/beheer/usync", Ct);
        var map = await WijkApp.PostFormAsync(client, "/beheer/usync?handler=Map", new Dictionary<string, string>(), "/inloggen");
        var zip = await WijkApp.PostFormAsync(client, "/beheer/usync?handler=Zip", new Dictionary<string, string>(), "/inloggen");

        foreach (var response in new[] { get, map, zip })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/inloggen?ReturnUrl=", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(voor, await AuditAantalAsync());
    }

    private Task<int> AuditAantalAsync() =>
        app.MetDbAsync(db => db.AuditLog.CountAsync(a => a.Actie == "usync-export" || a.Actie == "usync-download", Ct));

    private async Task<string> NieuwePaginaAsync()
    {
        var alias = $"export-{Guid.NewGuid():N}"[..20];
        await app.MetDbAsync(db =>
        {
            db.Paginas.Add(new Pagina
            {
                Key = Guid.NewGuid(),
                Slug = alias,
                Titel = "Export vanuit de website",
                Inhoud = "Tekst.",
                Status = PaginaStatus.Concept,
            });
            return db.SaveChangesAsync(Ct);
        });
        return alias;
    }
}

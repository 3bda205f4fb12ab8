using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Web.Tests.Sync;

/// <summary>The import as it runs at every restart: a folder that was imported already loads no item, while a change
/// on either side (an edited file, an item removed from the database) is still picked up.</summary>
public sealed class SyncHerstartTests(WijkApp app) : IClassFixture<WijkApp>, IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("wijk-usync-").FullName;

    [Fact]
    public async Task Import_MapAlGeimporteerd_LaadtGeenEnkelItem()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();

        var resultaat = await scope.ServiceProvider.GetRequiredService<SyncImporter>()
            .ImportAsync(SyncImporterTests.RepoSyncMap, TestContext.Current.CancellationToken);

        Assert.Equal(0, resultaat.Wijzigingen);
        Assert.True(resultaat.Ongewijzigd >= 100);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Import_ItemUitDatabaseVerwijderdBestandGelijk_MaaktHetOpnieuw()
    {
        var key = Guid.NewGuid();
        Schrijf(key, "Terug na herstart");
        await ImporteerAsync();
        await app.MetDbAsync(db => db.Categorieen.Where(c => c.Key == key).ExecuteDeleteAsync());

        var resultaat = await ImporteerAsync();

        Assert.Equal(1, resultaat.Toegevoegd);
        Assert.Equal("Terug na herstart", await app.MetDbAsync(db => db.Categorieen.Where(c => c.Key == key).Select(c => c.Naam).SingleAsync()));
    }

    [Fact]
    public async Task Import_BestandGewijzigdNaEerdereImport_WerktHetBij()
    {
        var key = Guid.NewGuid();
        Schrijf(key, "Eerste naam");
        await ImporteerAsync();
        Schrijf(key, "Tweede naam");

        var resultaat = await ImporteerAsync();

        Assert.Equal(1, resultaat.Bijgewerkt);
        Assert.Equal("Tweede naam", await app.MetDbAsync(db => db.Categorieen.Where(c => c.Key == key).Select(c => c.Naam).SingleAsync()));
    }

    public void Dispose() => Directory.Delete(map, recursive: true);

    private async Task<SyncResultaat> ImporteerAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SyncImporter>().ImportAsync(map, TestContext.Current.CancellationToken);
    }

    private void Schrijf(Guid key, string naam)
    {
        var alias = $"herstart-{key:N}"[..20];
        Directory.CreateDirectory(Path.Combine(map, "Categorieen"));
        File.WriteAllText(Path.Combine(map, "Categorieen", alias + ".config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Categorie Key="{key}" Alias="{alias}">
              <Naam>{naam}</Naam>
              <Volgorde>99</Volgorde>
            </Categorie>
            """);
    }
}

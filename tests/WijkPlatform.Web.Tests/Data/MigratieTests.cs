using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Web.Tests.Sync;

namespace WijkPlatform.Web.Tests.Data;

public sealed class MigratieTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public void Sqlite_Model_HeeftGeenOntbrekendeMigratie()
    {
        var options = new DbContextOptionsBuilder<SqliteWijkDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqliteWijkDbContext(options);

        Assert.False(db.Database.HasPendingModelChanges(), "Voeg een migratie toe met scripts/add-migration.sh.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_Model_HeeftGeenOntbrekendeMigratie()
    {
        var options = new DbContextOptionsBuilder<PostgresWijkDbContext>().UseNpgsql("Host=localhost;Database=niet-nodig").Options;
        using var db = new PostgresWijkDbContext(options);

        Assert.False(db.Database.HasPendingModelChanges(), "Voeg een migratie toe met scripts/add-migration.sh.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Start_DatabaseVanDeTest_IsHelemaalGemigreerd()
    {
        var (provider, open, toegepast) = await app.MetDbAsync(async db =>
            (db.Database.ProviderName, (await db.Database.GetPendingMigrationsAsync()).Count(),
                (await db.Database.GetAppliedMigrationsAsync()).Count()));

        Assert.Equal(0, open);
        Assert.True(toegepast > 0);
        Assert.Contains(app.Database.IsPostgres ? "Npgsql" : "Sqlite", provider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgendaPerWijkEnCategorie_BestaandeDatums_KrijgenWijkEnCategorieVanHunActiviteit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var frisse = await FrisseDatabase.MaakAsync(app.Klok);
        await frisse.MetScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WijkDbContext>();
            // Two categories first, so the activity's category and wijk have different ids and a swap would show.
            db.Categorieen.AddRange(new Categorie { Key = Guid.NewGuid(), Slug = "eerste", Naam = "Eerste" },
                new Categorie { Key = Guid.NewGuid(), Slug = "tweede", Naam = "Tweede" });
            await db.SaveChangesAsync(ct);
            db.Activiteiten.Add(new Activiteit
            {
                Key = Guid.NewGuid(),
                Slug = "koffie",
                Titel = "Koffie",
                Categorie = new Categorie { Key = Guid.NewGuid(), Slug = "ontmoeten", Naam = "Ontmoeten" },
                Wijk = new Wijk { Key = Guid.NewGuid(), Slug = "ruwaard", Naam = "Ruwaard" },
                StartLokaal = new DateTime(2026, 12, 1, 10, 0, 0),
                DuurMinuten = 60,
                Herhaling = "FREQ=WEEKLY;COUNT=3",
                Status = ActiviteitStatus.Gepubliceerd,
            });
            await db.SaveChangesAsync(ct);
            await sp.GetRequiredService<VoorkomenPlanner>().BijwerkenAsync(ct);

            // Back to the schema before the copy and forward again: the dates already there must be filled in.
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("AgendaIndexMetEinde", ct);
            await migrator.MigrateAsync(cancellationToken: ct);
        });

        var datums = await frisse.MetScopeAsync(sp => sp.GetRequiredService<WijkDbContext>().Voorkomens
            .Select(v => new { v.WijkId, v.CategorieId, Wijk = v.Activiteit!.WijkId, Categorie = v.Activiteit.CategorieId })
            .ToListAsync(ct));
        Assert.Equal(3, datums.Count);
        Assert.All(datums, d => Assert.NotEqual(d.Wijk, d.Categorie));
        Assert.All(datums, d =>
        {
            Assert.NotEqual(0, d.WijkId);
            Assert.Equal(d.Wijk, d.WijkId);
            Assert.Equal(d.Categorie, d.CategorieId);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

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
}

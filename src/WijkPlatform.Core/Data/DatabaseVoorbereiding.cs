using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Data;

/// <summary>Brings a database up to date before the site serves requests: migrations (when allowed) and the uSync
/// import.</summary>
public sealed class DatabaseVoorbereiding(WijkDbContext db, SyncImporter importer, VoorkomenPlanner planner, IOptions<DatabaseOptions> options,
    ILogger<DatabaseVoorbereiding> logger)
{
    public async Task<SyncResultaat> VoorbereidenAsync(string syncMap, bool migreren, CancellationToken cancellationToken)
    {
        var opStart = options.Value.MigrateAtStart ?? !options.Value.IsPostgres;
        if (migreren || opStart)
        {
            if (db.Database.IsSqlite())
            {
                MaakSqliteMapAan(db.Database.GetConnectionString());
            }

            // Migrate takes the migration lock and compares the model with the last snapshot even when nothing is
            // pending; a restart needs only the list of applied migrations, one query.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        else
        {
            var open = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (open.Count > 0)
            {
                // Several servers share one PostgreSQL: migrating from each at start would race, so it is a deploy step.
                throw new InvalidOperationException(
                    $"De database mist {open.Count} migratie(s) ({string.Join(", ", open)}). " +
                    "Voer eerst 'dotnet WijkPlatform.Web.dll migrate' uit, of zet Database:MigrateAtStart op true.");
            }
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead log: readers no longer wait for a writer, and a commit writes one file instead of two. It is a
            // property of the file, so this only changes something the first time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var resultaat = await importer.ImportAsync(syncMap, cancellationToken);
        await planner.BijwerkenAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Database klaar ({Provider}).", db.Database.ProviderName);
        }

        return resultaat;
    }

    private static void MaakSqliteMapAan(string? connectionString)
    {
        var bestand = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var map = Path.GetDirectoryName(Path.GetFullPath(bestand));
        if (!string.IsNullOrEmpty(map) && bestand != ":memory:")
        {
            Directory.CreateDirectory(map);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>A database and folders for sites that run as their own processes, and a way for the test to read the
/// database those processes write.</summary>
public sealed class ServerOmgeving : IAsyncDisposable
{
    private readonly List<string> mappen = [];

    private ServerOmgeving(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static async Task<ServerOmgeving> MaakAsync() => new(await TestDatabase.MaakAsync());

    /// <summary>A fresh folder under the temp folder, removed with this object.</summary>
    public string Map(string naam)
    {
        var map = Path.Combine(Path.GetTempPath(), $"wijk-{naam}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(map);
        mappen.Add(map);
        return map;
    }

    /// <summary>The settings of one server: its own search index, the shared database and what is given.</summary>
    public Dictionary<string, string> Instellingen(string mailMap, IReadOnlyDictionary<string, string>? extra = null)
    {
        var instellingen = new Dictionary<string, string>
        {
            ["ConnectionStrings:Wijk"] = Database.ConnectionString,
            ["Database:Provider"] = Database.Provider,
            ["Database:MigrateAtStart"] = "true",
            ["Accounts:DemoAccounts"] = "true",
            ["Zoeken:IndexMap"] = Map("zoekindex"),
            ["Mail:PickupMap"] = mailMap,
            ["Afbeeldingen:Map"] = Map("afbeeldingen"),
            ["Initiatief:BijlagenMap"] = Map("bijlagen"),
            // All load comes from one address; the per-address limits have tests of their own.
            ["Aanmelden:PerAdresPerUur"] = "1000000",
            ["Accounts:InloggenPerAdresPerUur"] = "1000000",
            ["Zoeken:PerAdresPerMinuut"] = "1000000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (sleutel, waarde) in extra ?? new Dictionary<string, string>())
        {
            instellingen[sleutel] = waarde;
        }

        return instellingen;
    }

    public WijkDbContext Db() => Database.IsPostgres
        ? new PostgresWijkDbContext(new DbContextOptionsBuilder<PostgresWijkDbContext>().UseNpgsql(Database.ConnectionString).Options)
        : new SqliteWijkDbContext(new DbContextOptionsBuilder<SqliteWijkDbContext>().UseSqlite(Database.ConnectionString).Options);

    /// <summary>An activity that takes sign-ups and a date of it a few days ahead, so sign-up is open for the whole test.</summary>
    public async Task<(string Slug, DateTime StartUtc)> AanmeldDatumAsync()
    {
        await using var db = Db();
        var vanaf = DateTime.UtcNow.AddDays(3);
        var datum = await db.Voorkomens.AsNoTracking()
            .Where(v => v.StartUtc > vanaf && !v.Afgelast && v.Activiteit!.AanmeldenNodig && !v.Activiteit.Categorie!.IsDagontmoeting)
            .Where(v => v.Activiteit!.Status == ActiviteitStatus.Gepubliceerd)
            .OrderBy(v => v.StartUtc)
            .Select(v => new { v.Activiteit!.Slug, v.StartUtc })
            .FirstAsync();
        return (datum.Slug, AgendaQueries.Utc(datum.StartUtc));
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        foreach (var map in mappen)
        {
            try
            {
                Directory.Delete(map, recursive: true);
            }
            catch (IOException)
            {
                // A process may still hold a file for a moment; the temp folder is cleaned by the system.
            }
        }
    }
}

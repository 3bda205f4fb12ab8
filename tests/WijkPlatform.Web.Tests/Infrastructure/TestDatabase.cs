using Npgsql;

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database per fixture: a SQLite file by default, or a new PostgreSQL database when
/// WIJK_TEST_POSTGRES holds a connection string to a server (the CI script starts one on 127.0.0.1).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariabele = "WIJK_TEST_POSTGRES";

    private readonly string? beheerVerbinding;
    private readonly string? databaseNaam;
    private readonly string? bestand;

    private TestDatabase(string provider, string connectionString, string? beheerVerbinding, string? databaseNaam, string? bestand)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.beheerVerbinding = beheerVerbinding;
        this.databaseNaam = databaseNaam;
        this.bestand = bestand;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == "Postgres";

    public static async Task<TestDatabase> MaakAsync()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariabele);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            var bestand = Path.Combine(Path.GetTempPath(), $"wijk-test-{Guid.NewGuid():N}.db");
            return new TestDatabase("Sqlite", $"Data Source={bestand}", null, null, bestand);
        }

        var naam = $"wijk_test_{Guid.NewGuid():N}";
        await using (var verbinding = new NpgsqlConnection(postgres))
        {
            await verbinding.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{naam}\"", verbinding);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(postgres) { Database = naam };
        return new TestDatabase("Postgres", builder.ConnectionString, postgres, naam, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (bestand is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var pad in new[] { bestand, bestand + "-wal", bestand + "-shm" })
            {
                File.Delete(pad);
            }
        }

        if (beheerVerbinding is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var verbinding = new NpgsqlConnection(beheerVerbinding);
            await verbinding.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseNaam}\" WITH (FORCE)", verbinding);
            await command.ExecuteNonQueryAsync();
        }
    }
}

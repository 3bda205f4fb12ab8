using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace WijkPlatform.Core.Data;

/// <summary>What <c>dotnet WijkPlatform.Web.dll backup &lt;bestand&gt;</c> wrote.</summary>
public sealed record BackupUitkomst(string Bestand, long Bytes, TimeSpan Duur);

/// <summary>A consistent copy of the database while the site keeps serving (ADR 25). SQLite: the online backup API,
/// which copies every page within one read transaction, so the copy is the database at one moment and writers are not
/// held up (WAL). PostgreSQL: <c>pg_dump</c> in its custom format, which also reads within one snapshot and is what
/// <c>pg_restore</c> reads back. The copy is written under a temporary name and moved into place, so a backup that
/// breaks off never leaves a half file under the name a restore would pick up.</summary>
public static class DatabaseBackup
{
    public static async Task<BackupUitkomst> MaakAsync(DatabaseOptions opties, string connectionString, string doel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opties);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(doel);
        var bestand = Path.GetFullPath(doel);
        if (Path.GetDirectoryName(bestand) is { Length: > 0 } map)
        {
            Directory.CreateDirectory(map);
        }

        var tijdelijk = $"{bestand}.{Guid.NewGuid():N}.tmp";
        var klok = Stopwatch.StartNew();
        try
        {
            if (opties.IsPostgres)
            {
                await PgDumpAsync(connectionString, tijdelijk, cancellationToken);
            }
            else
            {
                await SqliteAsync(connectionString, tijdelijk, cancellationToken);
            }

            File.Move(tijdelijk, bestand, overwrite: true);
        }
        finally
        {
            File.Delete(tijdelijk);
        }

        return new(bestand, new FileInfo(bestand).Length, klok.Elapsed);
    }

    private static async Task SqliteAsync(string connectionString, string doel, CancellationToken cancellationToken)
    {
        await using var bron = new SqliteConnection(connectionString);
        await bron.OpenAsync(cancellationToken);
        // Not pooled: a pooled connection would keep the copy open, and it is moved next.
        await using var kopie = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = doel, Pooling = false }.ToString());
        await kopie.OpenAsync(cancellationToken);
        bron.BackupDatabase(kopie);
    }

    private static async Task PgDumpAsync(string connectionString, string doel, CancellationToken cancellationToken)
    {
        var verbinding = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(ZoekPostgresProgramma("pg_dump"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Owners and grants belong to the server the dump came from; a restore elsewhere makes its own.
        foreach (var argument in new[] { "--format=custom", "--no-owner", "--no-privileges", $"--file={doel}" })
        {
            start.ArgumentList.Add(argument);
        }

        // Through the environment, so the password never shows in a process list.
        start.Environment["PGHOST"] = verbinding.Host;
        start.Environment["PGPORT"] = verbinding.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = verbinding.Database;
        start.Environment["PGUSER"] = verbinding.Username;
        if (!string.IsNullOrEmpty(verbinding.Password))
        {
            start.Environment["PGPASSWORD"] = verbinding.Password;
        }

        using var proces = Process.Start(start) ?? throw new InvalidOperationException("pg_dump kon niet worden gestart.");
        var fouten = proces.StandardError.ReadToEndAsync(cancellationToken);
        var uitvoer = proces.StandardOutput.ReadToEndAsync(cancellationToken);
        await proces.WaitForExitAsync(cancellationToken);
        if (proces.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_dump stopte met code {proces.ExitCode}: {(await fouten).Trim()} {(await uitvoer).Trim()}");
        }
    }

    /// <summary>A PostgreSQL client program: from PATH, else from Debian's versioned folders (newest first), where
    /// the postgresql-client package puts it without a link on PATH for every version. pg_dump must be at least the
    /// server's version, so the newest is the safest choice.</summary>
    public static string ZoekPostgresProgramma(string naam)
    {
        var pad = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var map in pad.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var kandidaat = Path.Combine(map, naam);
            if (File.Exists(kandidaat))
            {
                return kandidaat;
            }
        }

        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var gevonden = Directory.GetDirectories(debian)
                .Select(m => (Versie: int.TryParse(Path.GetFileName(m), out var v) ? v : -1, Bestand: Path.Combine(m, "bin", naam)))
                .Where(k => File.Exists(k.Bestand))
                .OrderByDescending(k => k.Versie)
                .Select(k => k.Bestand)
                .FirstOrDefault();
            if (gevonden is not null)
            {
                return gevonden;
            }
        }

        throw new InvalidOperationException($"{naam} is niet gevonden. Installeer de PostgreSQL-client (postgresql-client) of zet {naam} in PATH.");
    }
}

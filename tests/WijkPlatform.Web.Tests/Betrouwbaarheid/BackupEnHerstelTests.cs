using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WijkPlatform.Core.Data;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.AanvraagHulp;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The backup command while the site serves and takes new requests, then a fresh site on the restored copy
/// (plus the copied upload folders): it must serve the same pages, API answers, back-office detail and files.</summary>
public sealed partial class BackupEnHerstelTests(AanvraagApp bron) : IClassFixture<AanvraagApp>
{
    [Fact]
    public async Task Backup_TerwijlDeSiteDraait_HersteldeSiteServeertHetzelfde()
    {
        // Content of its own, beyond the uSync import: a sent request with an attachment.
        var email = NieuwEmail();
        using var aanvrager = bron.MaakClient();
        var sleutel = await BeginAsync(aanvrager, email);
        await VulInAsync(aanvrager, sleutel);
        await UploadAsync(aanvrager, sleutel, ("offerte.pdf", Pdf, "application/pdf"));
        var verstuurd = await VerstuurAsync(aanvrager, sleutel);
        var statusPagina = verstuurd.Headers.Location!.OriginalString.Replace("/initiatief/ontvangen/", "/initiatief/status/", StringComparison.Ordinal);
        var initiatief = await InitiatiefAsync(bron, email);
        var bijlage = Assert.Single(initiatief.Bijlagen);

        var map = Directory.CreateTempSubdirectory("wijk-backup-").FullName;
        try
        {
            // Residents keep reading and starting requests while the backup runs: it must not stop them, nor they it.
            using var stop = new CancellationTokenSource();
            var fouten = new ConcurrentBag<string>();
            var verzoeken = 0;
            var drukte = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                using var client = bron.MaakClient();
                while (!stop.IsCancellationRequested)
                {
                    var lezen = await client.GetAsync("/activiteiten", Ct);
                    var schrijven = await StapAsync(client, null, 1, Contact(NieuwEmail()));
                    Interlocked.Add(ref verzoeken, 2);
                    foreach (var antwoord in new[] { lezen, schrijven }.Where(a => (int)a.StatusCode >= 500))
                    {
                        fouten.Add($"{antwoord.RequestMessage?.RequestUri} gaf {(int)antwoord.StatusCode}");
                    }
                }
            }, Ct)).ToList();

            var bestand = Path.Combine(map, bron.Database.IsPostgres ? "wijk.dump" : "wijk.db");
            await Task.Delay(200, Ct);
            var backup = await DatabaseBackup.MaakAsync(new DatabaseOptions { Provider = bron.Database.Provider },
                bron.Database.ConnectionString, bestand, Ct);
            // The folders after the database: a file newer than the copy is harmless, a row without its file is not.
            var afbeeldingen = KopieerMap(bron.AfbeeldingenMap, Path.Combine(map, "media-uploads"));
            var bijlagen = KopieerMap(bron.BijlagenMap, Path.Combine(map, "initiatief-bijlagen"));
            await stop.CancelAsync();
            await Task.WhenAll(drukte);

            Assert.Empty(fouten);
            Assert.True(backup.Bytes > 0);
            Assert.False(File.Exists(bestand + ".tmp"));

            var herstelKlok = Stopwatch.StartNew();
            await using var hersteld = new HersteldeApp(backup.Bestand, afbeeldingen, bijlagen);
            await hersteld.InitializeAsync();
            herstelKlok.Stop();

            var agenda = await bron.HaalAsync("/activiteiten");
            var activiteit = ActiviteitLink().Match(agenda);
            Assert.True(activiteit.Success, "De agenda toont geen activiteit.");
            string[] openbaar = ["/", "/activiteiten", activiteit.Groups[1].Value, "/api/activiteiten", "/agenda.ics", statusPagina];
            foreach (var adres in openbaar)
            {
                Assert.Equal(Gelijkmaken(await bron.HaalAsync(adres)), Gelijkmaken(await hersteld.HaalAsync(adres)));
            }

            using var teamBron = await bron.IngelogdAsync("wijkteam.ruwaard@example.nl");
            using var teamHersteld = await hersteld.IngelogdAsync("wijkteam.ruwaard@example.nl");
            var detail = $"/beheer/initiatieven/{initiatief.Id}";
            var detailBron = Gelijkmaken(await teamBron.GetStringAsync(detail, Ct));
            Assert.Contains(initiatief.Kenmerk, detailBron, StringComparison.Ordinal);
            Assert.Equal(detailBron, Gelijkmaken(await teamHersteld.GetStringAsync(detail, Ct)));
            var bestandAdres = $"{detail}/bijlagen/{bijlage.Id}";
            Assert.Equal(Pdf, await teamHersteld.GetByteArrayAsync(bestandAdres, Ct));

            // Rows the residents' requests during the backup do not touch must be the same in number.
            var rijenBron = await TelAsync(bron);
            var rijenHersteld = await TelAsync(hersteld);
            Assert.Equal(rijenBron, rijenHersteld);
            var ingediend = await hersteld.MetDbAsync(db => db.Initiatieven.CountAsync(i => i.Id == initiatief.Id && i.Status == initiatief.Status, Ct));
            Assert.Equal(1, ingediend);

            Meetboek.Noteer(Meetboek.BackupEnHerstel, "backup terwijl de site draait, herstel geeft een site die hetzelfde serveert",
                new Dictionary<string, object>
                {
                    ["pagina's en API-antwoorden vergeleken"] = openbaar.Length + 2,
                    ["rijen vergeleken"] = rijenBron.Sum(),
                    ["verzoeken tijdens backup"] = verzoeken,
                    ["foutantwoorden"] = fouten.Count,
                    ["backup (kB)"] = Math.Round(backup.Bytes / 1024.0),
                    ["backup (s)"] = Math.Round(backup.Duur.TotalSeconds, 2),
                    ["herstel en start (s)"] = Math.Round(herstelKlok.Elapsed.TotalSeconds, 2),
                });
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>The command as an operator runs it: the site's own dll in a process of its own, with the settings in
    /// environment variables, next to the running site.</summary>
    [Fact]
    [Trait("Duur", "Lang")]
    public async Task BackupCommando_AlsApartProces_SchrijftEenBackupMetDeInhoud()
    {
        var map = Directory.CreateTempSubdirectory("wijk-backup-").FullName;
        try
        {
            var bestand = Path.Combine(map, "nacht", bron.Database.IsPostgres ? "wijk.dump" : "wijk.db");

            var zonderBestand = await CommandoAsync(map, "backup");
            var klok = Stopwatch.StartNew();
            var gelukt = await CommandoAsync(map, "backup", bestand);
            klok.Stop();

            Assert.Equal(2, zonderBestand.Code);
            Assert.Contains("Gebruik: dotnet WijkPlatform.Web.dll backup <bestand>", zonderBestand.Fouten, StringComparison.Ordinal);
            Assert.True(gelukt.Code == 0, $"backup stopte met {gelukt.Code}: {gelukt.Fouten}");
            Assert.Contains("Backup van de database", gelukt.Uitvoer, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(bestand)!, "*.tmp"));
            var activiteiten = await bron.MetDbAsync(db => db.Activiteiten.CountAsync(Ct));
            if (bron.Database.IsPostgres)
            {
                Assert.Equal("PGDMP"u8.ToArray(), File.ReadAllBytes(bestand)[..5]);
            }
            else
            {
                await using var kopie = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bestand};Mode=ReadOnly;Pooling=False");
                await kopie.OpenAsync(Ct);
                await using var telling = kopie.CreateCommand();
                telling.CommandText = "SELECT count(*) FROM \"Activiteiten\"";
                Assert.Equal(activiteiten, Convert.ToInt32(await telling.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture));
            }

            Meetboek.Noteer(Meetboek.BackupEnHerstel, "het backupcommando werkt als apart proces naast de draaiende site",
                new Dictionary<string, object>
                {
                    ["backup (kB)"] = Math.Round(new FileInfo(bestand).Length / 1024.0),
                    ["commando inclusief opstarten (s)"] = Math.Round(klok.Elapsed.TotalSeconds, 2),
                });
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    private async Task<(int Code, string Uitvoer, string Fouten)> CommandoAsync(string map, params string[] argumenten)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            // The source folder as content root, as `dotnet run` would: the site finds wwwroot and uSync from there.
            WorkingDirectory = Path.Combine(Repository(), "src", "WijkPlatform.Web"),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WijkPlatform.Web.dll"));
        foreach (var argument in argumenten)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Wijk"] = bron.Database.ConnectionString;
        start.Environment["Database__Provider"] = bron.Database.Provider;
        start.Environment["Logboek__Console"] = "Uit";
        foreach (var (sleutel, naam) in new[] { ("Afbeeldingen__Map", "media"), ("Initiatief__BijlagenMap", "bijlagen"), ("Zoeken__IndexMap", "index"), ("Mail__PickupMap", "mail") })
        {
            start.Environment[sleutel] = Path.Combine(map, naam);
        }

        using var proces = Process.Start(start)!;
        var uitvoer = proces.StandardOutput.ReadToEndAsync(Ct);
        var fouten = proces.StandardError.ReadToEndAsync(Ct);
        await proces.WaitForExitAsync(Ct);
        return (proces.ExitCode, await uitvoer, await fouten);
    }

    private static string Repository()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "WijkPlatform.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException("WijkPlatform.sln is niet gevonden.");
    }

    private static Task<int[]> TelAsync(WijkApp app) => app.MetDbAsync(async db => new[]
    {
        await db.Wijken.CountAsync(Ct), await db.Activiteiten.CountAsync(Ct), await db.Voorkomens.CountAsync(Ct),
        await db.Paginas.CountAsync(Ct), await db.PaginaVersies.CountAsync(Ct), await db.MenuItems.CountAsync(Ct),
        await db.Organisaties.CountAsync(Ct), await db.Locaties.CountAsync(Ct), await db.Gebruikers.CountAsync(Ct),
        await db.InitiatiefBijlagen.CountAsync(Ct), await db.Initiatieven.CountAsync(i => i.Status != Core.Initiatieven.InitiatiefStatus.Concept, Ct),
    });

    private static string KopieerMap(string van, string naar)
    {
        Directory.CreateDirectory(naar);
        if (Directory.Exists(van))
        {
            foreach (var bestand in Directory.EnumerateFiles(van))
            {
                File.Copy(bestand, Path.Combine(naar, Path.GetFileName(bestand)));
            }
        }

        return naar;
    }

    /// <summary>What differs per response by design: the antiforgery token and script nonces.</summary>
    private static string Gelijkmaken(string html) => PerVerzoek().Replace(html, "$1");

    [GeneratedRegex("""href="(/activiteiten/[a-z0-9-]+)["?]""")]
    private static partial Regex ActiviteitLink();

    [GeneratedRegex("""((?:name="__RequestVerificationToken" type="hidden" value=|nonce=|DTSTAMP:))("[^"]*"|\S+)""")]
    private static partial Regex PerVerzoek();

    /// <summary>A fresh site whose empty database gets the backup before the host starts, the way an operator restores
    /// (SQLite: the file in place; PostgreSQL: pg_restore into an empty database), with the copied upload folders.</summary>
    private sealed class HersteldeApp(string backup, string afbeeldingen, string bijlagen) : WijkApp
    {
        protected override void Start()
        {
            if (Database.IsPostgres)
            {
                PgRestore(backup, Database.ConnectionString);
            }
            else
            {
                File.Copy(backup, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource);
            }

            KopieerMap(afbeeldingen, AfbeeldingenMap);
            KopieerMap(bijlagen, BijlagenMap);
            base.Start();
        }

        private static void PgRestore(string backup, string connectionString)
        {
            var verbinding = new NpgsqlConnectionStringBuilder(connectionString);
            var start = new ProcessStartInfo(DatabaseBackup.ZoekPostgresProgramma("pg_restore"))
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--no-owner", "--no-privileges", "--exit-on-error", $"--dbname={verbinding.Database}", backup })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PGHOST"] = verbinding.Host;
            start.Environment["PGPORT"] = verbinding.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["PGUSER"] = verbinding.Username;
            if (!string.IsNullOrEmpty(verbinding.Password))
            {
                start.Environment["PGPASSWORD"] = verbinding.Password;
            }

            using var proces = Process.Start(start)!;
            var fouten = proces.StandardError.ReadToEnd();
            proces.WaitForExit();
            Assert.True(proces.ExitCode == 0, $"pg_restore stopte met code {proces.ExitCode}: {fouten}");
        }
    }
}

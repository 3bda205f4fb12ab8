using System.Runtime.CompilerServices;
using System.Text.Json;

namespace WijkPlatform.Tests.Gedeeld;

/// <summary>The figures of the reliability suite. A test that proves a promise also writes down what it measured
/// (how many, how long, how many refused); <c>scripts/betrouwbaarheid.py</c> turns these notes into
/// <c>docs/reliability.md</c>, so the document always shows what the tests last saw rather than what someone typed.</summary>
public static class Meetboek
{
    // The parts of the suite, in the order docs/reliability.md shows them; the script knows their titles.
    public const string Gelijktijdig = "gelijktijdig";
    public const string Crash = "crash";
    public const string MailStoring = "mailstoring";
    public const string MeerdereServers = "meerdere-servers";
    public const string VijandigeInvoer = "vijandige-invoer";
    public const string Toegang = "toegang";
    public const string HeadersEnSessies = "headers-en-sessies";
    public const string Uploads = "uploads";
    public const string BackupEnHerstel = "backup-en-herstel";

    /// <summary>Each note is its own file: tests run in parallel and in several processes (SQLite, PostgreSQL,
    /// browser), and separate files need no lock.</summary>
    public static void Noteer(string onderdeel, string bewering, IReadOnlyDictionary<string, object> cijfers,
        [CallerFilePath] string bestand = "", [CallerMemberName] string test = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onderdeel);
        ArgumentException.ThrowIfNullOrWhiteSpace(bewering);
        var map = Path.Combine(Resultaten(), "betrouwbaarheid");
        Directory.CreateDirectory(map);
        var notitie = new
        {
            onderdeel,
            bewering,
            database = Database,
            test = $"{Path.GetFileNameWithoutExtension(bestand)}.{test}",
            cijfers = cijfers.ToDictionary(c => c.Key, c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture)),
            tijd = DateTimeOffset.UtcNow,
        };
        File.WriteAllText(Path.Combine(map, $"{Guid.NewGuid():N}.json"), JsonSerializer.Serialize(notitie));
    }

    /// <summary>The engine the Web tests run on; the browser tests always use SQLite.</summary>
    public static string Database =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIJK_TEST_POSTGRES")) ? "SQLite" : "PostgreSQL";

    /// <summary><c>WIJK_TEST_RESULTS</c> as test.sh sets it, else <c>TestResults</c> next to the solution.</summary>
    private static string Resultaten()
    {
        var gezet = Environment.GetEnvironmentVariable("WIJK_TEST_RESULTS");
        if (!string.IsNullOrEmpty(gezet))
        {
            return gezet;
        }
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "WijkPlatform.sln")))
            {
                return Path.Combine(map.FullName, "TestResults");
            }
        }
        return Path.Combine(Path.GetTempPath(), "wijkplatform-testresultaten");
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Adapters.Afbeeldingen;
using WijkPlatform.Web.Adapters.Zoeken;

namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>Free space on every drive the site writes to: App_Data (the SQLite database), uploaded photos, initiatief
/// attachments, the search index and the mail pickup folder. The drive with the least space decides.</summary>
internal sealed class SchijfruimteControle(IOptionsMonitor<GezondheidOptions> options, SchrijfMappen mappen) : IHealthCheck
{
    private const long Mb = 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var grenzen = options.CurrentValue;
        var krapste = mappen.Paden
            .Select(BestaandeMap)
            .OfType<string>()
            .Select(map => (Map: map, VrijMb: new DriveInfo(map).AvailableFreeSpace / Mb))
            .OrderBy(s => s.VrijMb)
            .FirstOrDefault();
        if (krapste.Map is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Geen van de mappen van de site bestaat."));
        }

        var gegevens = new Dictionary<string, object> { ["vrijMb"] = krapste.VrijMb };
        var tekst = string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"Er is nog {krapste.VrijMb:N0} MB vrij");
        var resultaat = krapste.VrijMb < grenzen.VrijeSchijfMbFout
            ? HealthCheckResult.Unhealthy($"{tekst}, minder dan {grenzen.VrijeSchijfMbFout} MB: de site kan binnenkort niets meer opslaan.", data: gegevens)
            : krapste.VrijMb < grenzen.VrijeSchijfMbWaarschuwing
                ? HealthCheckResult.Degraded($"{tekst}, minder dan {grenzen.VrijeSchijfMbWaarschuwing} MB.", data: gegevens)
                : HealthCheckResult.Healthy($"{tekst}.", gegevens);
        return Task.FromResult(resultaat);
    }

    /// <summary>A folder that is made on first use may not exist yet; its nearest existing parent is on the same drive.</summary>
    private static string? BestaandeMap(string pad)
    {
        for (var map = pad; !string.IsNullOrEmpty(map); map = Path.GetDirectoryName(map))
        {
            if (Directory.Exists(map))
            {
                return map;
            }
        }

        return null;
    }
}

/// <summary>The folders the site writes to, resolved against the content root the same way their owners do.</summary>
internal sealed class SchrijfMappen(IHostEnvironment environment, IOptions<DatabaseOptions> database, IConfiguration configuration,
    AfbeeldingMap afbeeldingen, IOptions<InitiatiefOptions> initiatief, IOptions<ZoekOptions> zoeken, IOptions<MailOptions> mail)
{
    public IReadOnlyList<string> Paden { get; } = Bepaal(environment.ContentRootPath, database.Value, configuration, afbeeldingen,
        initiatief.Value, zoeken.Value, mail.Value);

    private static List<string> Bepaal(string root, DatabaseOptions database, IConfiguration configuration, AfbeeldingMap afbeeldingen,
        InitiatiefOptions initiatief, ZoekOptions zoeken, MailOptions mail)
    {
        List<string> paden =
        [
            Path.Combine(root, "App_Data"),
            afbeeldingen.Pad,
            Path.GetFullPath(Path.Combine(root, initiatief.BijlagenMap)),
            Path.GetFullPath(zoeken.IndexMap, root),
        ];
        if (!string.IsNullOrWhiteSpace(mail.PickupMap))
        {
            paden.Add(Path.GetFullPath(mail.PickupMap, root));
        }

        if (!database.IsPostgres)
        {
            var bestand = new SqliteConnectionStringBuilder(configuration.GetConnectionString(CoreServices.ConnectionStringName) ?? "").DataSource;
            if (bestand.Length > 0 && !bestand.StartsWith(':'))
            {
                paden.Add(Path.GetDirectoryName(Path.GetFullPath(bestand, root)) ?? root);
            }
        }

        return paden;
    }
}

using Lucene.Net.Documents;
using WijkPlatform.Core.Zoeken;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>Keeps this server's index in step with the database. At start it opens the index (an empty one when it
/// was missing or damaged) and fills what is out of date before the site takes requests; then every
/// <see cref="Interval"/> it compares the database's fingerprint with the one the index was built from and indexes
/// again every kind that changed. Each server does this for itself, so all servers converge on the database.</summary>
internal sealed class ZoekIndexBijwerker(LuceneZoekIndex index, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<ZoekIndexBijwerker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Now and then every kind is indexed again whatever the fingerprint says. A fingerprint can miss a change
    /// (an edit stamped with an older time by a server whose clock runs behind); this bounds how long that lasts.</summary>
    public static readonly TimeSpan VolledigInterval = TimeSpan.FromMinutes(15);

    private long laatsteVolledig;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        index.Open();
        laatsteVolledig = clock.GetTimestamp();
        // Before the first request, so a new server never answers from an empty index. If the database cannot be
        // reached now, the site still starts and the loop below fills the index when it can.
        await VeiligBijwerkenAsync(alles: false, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var alles = clock.GetElapsedTime(laatsteVolledig) >= VolledigInterval;
                if (alles)
                {
                    laatsteVolledig = clock.GetTimestamp();
                }

                await VeiligBijwerkenAsync(alles, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>Indexes every kind whose fingerprint changed, or every kind when <paramref name="alles"/>.</summary>
    public async Task BijwerkenAsync(bool alles, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bron = scope.ServiceProvider.GetRequiredService<ZoekBron>();
        // The fingerprint first, the documents after: a change in between is then indexed now and seen again next
        // time, never missed.
        var afdruk = await bron.VingerafdrukAsync(cancellationToken);
        foreach (var soort in Enum.GetValues<ZoekSoort>())
        {
            var nieuw = afdruk.Van(soort);
            if (!alles && string.Equals(index.Vingerafdruk(soort), nieuw, StringComparison.Ordinal))
            {
                continue;
            }

            List<Document> documenten = soort switch
            {
                ZoekSoort.Activiteit => (await bron.ActiviteitenAsync(cancellationToken)).Select(ZoekDocumenten.Activiteit).ToList(),
                ZoekSoort.Pagina => (await bron.PaginasAsync(cancellationToken)).Select(ZoekDocumenten.Pagina).ToList(),
                ZoekSoort.Organisatie => (await bron.OrganisatiesAsync(cancellationToken)).Select(ZoekDocumenten.Organisatie).ToList(),
                _ => throw new InvalidOperationException($"Onbekende soort {soort}."),
            };
            index.Vervang(soort, documenten, nieuw);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Zoekindex: {Aantal} documenten van soort {Soort} geïndexeerd.", documenten.Count, soort);
            }
        }
    }

    private async Task VeiligBijwerkenAsync(bool alles, CancellationToken cancellationToken)
    {
        try
        {
            await BijwerkenAsync(alles, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A database hiccup must not stop the site; the next round tries again.
            logger.LogError(e, "Zoekindex bijwerken is mislukt; over {Seconden} seconden opnieuw.", Interval.TotalSeconds);
        }
    }
}

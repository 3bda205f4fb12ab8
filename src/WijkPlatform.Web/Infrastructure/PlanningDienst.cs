using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Rolls the planned occurrences forward and picks up changed activities, once a minute. Safe to run on
/// several servers at once: planning an activity replaces its dates in one transaction.</summary>
internal sealed class PlanningDienst(IServiceScopeFactory scopes, ILogger<PlanningDienst> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().BijwerkenAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Het plannen van de datums van activiteiten mislukte; de volgende ronde probeert het opnieuw.");
            }
        }
    }
}

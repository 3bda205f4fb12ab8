using Microsoft.Extensions.Diagnostics.HealthChecks;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Infrastructure;

internal sealed class DatabaseHealthCheck(WijkDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("De database is niet bereikbaar.");
}

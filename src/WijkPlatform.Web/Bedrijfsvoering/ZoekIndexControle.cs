using Microsoft.Extensions.Diagnostics.HealthChecks;
using WijkPlatform.Web.Adapters.Zoeken;

namespace WijkPlatform.Web.Bedrijfsvoering;

internal sealed class ZoekIndexControle(LuceneZoekIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var staat = index.LeesStaat();
        return Task.FromResult(staat.Fout is { } fout
            ? HealthCheckResult.Unhealthy($"De zoekindex is niet leesbaar: {fout}")
            : HealthCheckResult.Healthy($"De zoekindex heeft {staat.Documenten} documenten.",
                new Dictionary<string, object> { ["documenten"] = staat.Documenten }));
    }
}

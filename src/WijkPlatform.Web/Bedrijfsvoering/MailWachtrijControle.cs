using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>How long the oldest mail has been waiting. Both queries filter on VerzondenUtc IS NULL, the first column
/// of the outbox index, so they read only the unsent rows and never the whole history of sent mail.</summary>
internal sealed class MailWachtrijControle(WijkDbContext db, TimeProvider clock, IOptionsMonitor<GezondheidOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var grenzen = options.CurrentValue;
        var onverzonden = db.Outbox.AsNoTracking().Where(m => m.VerzondenUtc == null);
        var oudste = await onverzonden.Where(m => m.OpgegevenUtc == null).MinAsync(m => (DateTime?)m.AangemaaktUtc, cancellationToken);
        var opgegeven = await onverzonden.CountAsync(m => m.OpgegevenUtc != null, cancellationToken);
        var minuten = oudste is { } tijd ? Math.Max(0, (long)(clock.GetUtcNow().UtcDateTime - tijd).TotalMinutes) : 0;
        var gegevens = new Dictionary<string, object>
        {
            ["oudsteWachtMinuten"] = minuten,
            ["opgegeven"] = opgegeven,
        };

        if (oudste is not null && minuten >= grenzen.MailWachtMinutenFout)
        {
            return HealthCheckResult.Unhealthy($"De oudste mail wacht al {minuten} minuten op verzending.", data: gegevens);
        }

        if (oudste is not null && minuten >= grenzen.MailWachtMinutenWaarschuwing)
        {
            return HealthCheckResult.Degraded($"De oudste mail wacht al {minuten} minuten op verzending.", data: gegevens);
        }

        if (opgegeven > 0)
        {
            return HealthCheckResult.Degraded(
                $"{opgegeven} {(opgegeven == 1 ? "mail is" : "mails zijn")} na alle pogingen niet verstuurd; verstuur opnieuw of verwijder.",
                data: gegevens);
        }

        return HealthCheckResult.Healthy(oudste is null ? "Er wacht geen mail." : $"De oudste mail wacht {minuten} minuten.", gegevens);
    }
}

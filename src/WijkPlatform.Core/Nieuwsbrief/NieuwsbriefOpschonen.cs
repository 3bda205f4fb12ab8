using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>Removes addresses the nieuwsbrief no longer needs: requests never confirmed after
/// <see cref="NieuwsbriefOptions.OnbevestigdBewaarDagen"/> days, and unsubscribed addresses after
/// <see cref="NieuwsbriefOptions.AfgemeldBewaarDagen"/> days.</summary>
public sealed class NieuwsbriefOpschonen(WijkDbContext db, TimeProvider clock, IOptions<NieuwsbriefOptions> options,
    ILogger<NieuwsbriefOpschonen> logger)
{
    public sealed record Resultaat(int Onbevestigd, int Afgemeld);

    public async Task<Resultaat> OpschonenAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var onbevestigdGrens = nu.AddDays(-options.Value.OnbevestigdBewaarDagen);
        var afgemeldGrens = nu.AddDays(-options.Value.AfgemeldBewaarDagen);
        var onbevestigd = await db.NieuwsbriefAbonnementen
            .Where(a => a.Status == AbonnementStatus.Onbevestigd && a.AangevraagdUtc < onbevestigdGrens)
            .ExecuteDeleteAsync(cancellationToken);
        var afgemeld = await db.NieuwsbriefAbonnementen
            .Where(a => a.Status == AbonnementStatus.Afgemeld && a.AfgemeldUtc != null && a.AfgemeldUtc < afgemeldGrens)
            .ExecuteDeleteAsync(cancellationToken);
        if (onbevestigd + afgemeld > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Nieuwsbrief: {Onbevestigd} onbevestigde en {Afgemeld} afgemelde adressen gewist.", onbevestigd, afgemeld);
        }

        return new Resultaat(onbevestigd, afgemeld);
    }
}

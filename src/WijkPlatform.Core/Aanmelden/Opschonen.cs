using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Removes personal data of sign-ups the configured number of days after the activity. The rows stay
/// without name, contact or link, so the counts (sign-ups, persons, cancellations) remain for the monitor. Mails, which
/// repeat the same data, are deleted the same period after they were written.</summary>
public sealed class Opschonen(WijkDbContext db, TimeProvider clock, IOptions<AanmeldOptions> options)
{
    public async Task<int> OpschonenAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var grens = nu.AddDays(-options.Value.BewaarDagen);
        var gewist = await WisAsync(db.Aanmeldingen.Where(a => a.StartUtc < grens), nu, cancellationToken);
        // A mail older than the period is of no use any more, sent or not.
        await db.Outbox.Where(m => m.AangemaaktUtc < grens).ExecuteDeleteAsync(cancellationToken);
        return gewist;
    }

    /// <summary>Empties name, contact, remark and link of these sign-ups; status, persons, attendance and dates stay.
    /// Also used for a privacy request (erasure before the period ends).</summary>
    public static Task<int> WisAsync(IQueryable<Aanmelding> aanmeldingen, DateTime nuUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aanmeldingen);
        return aanmeldingen
            .Where(a => a.GewistUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Naam, (string?)null)
                .SetProperty(a => a.Email, (string?)null)
                .SetProperty(a => a.Telefoon, (string?)null)
                .SetProperty(a => a.Opmerking, (string?)null)
                .SetProperty(a => a.SleutelHash, (byte[]?)null)
                .SetProperty(a => a.GewistUtc, nuUtc), cancellationToken);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>The daily cleanup of the audit log: rows older than <see cref="AuditOptions.BewaarDagen"/> go, and the
/// cleanup itself is a new row, so the log shows that and when its own history was shortened. This is the only code
/// that removes audit rows; it deletes in the database, past the change-tracker guard in <see cref="WijkDbContext"/>.</summary>
public sealed class AuditBewaren(WijkDbContext db, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditBewaren> logger)
{
    public const string Systeem = "bewaartermijn auditlog";
    public const string Actie = "audit-opgeschoond";

    public async Task<int> OpschonenAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var dagen = options.Value.BewaarDagen;
        var grens = nu.AddDays(-dagen);
        var verwijderd = await db.AuditLog.Where(r => r.TijdUtc < grens).ExecuteDeleteAsync(cancellationToken);
        db.SchrijfAlsSysteem(Systeem, Actie, "auditlog",
            string.Create(CultureInfo.InvariantCulture,
                $"{verwijderd} regels verwijderd van voor {Tijd.Lokaal(grens):yyyy-MM-dd HH:mm} (bewaartermijn {dagen} dagen)"), nu);
        await db.SaveChangesAsync(cancellationToken);
        if (verwijderd > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Auditlog: {Aantal} regels ouder dan {Dagen} dagen verwijderd.", verwijderd, dagen);
        }

        return verwijderd;
    }
}

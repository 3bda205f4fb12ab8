using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Puts a reminder in the outbox for each confirmed sign-up whose activity starts within the configured
/// hours. Marking the sign-up and writing the mail are one transaction, and the mark is a conditional UPDATE, so a
/// reminder goes once: not again after a restart, not twice with two servers.</summary>
public sealed class Herinneringen(WijkDbContext db, TimeProvider clock, AanmeldMails mails, IOutboxSignaal signaal,
    IOptions<AanmeldOptions> options)
{
    public async Task<int> VerstuurAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var vooraf = TimeSpan.FromHours(options.Value.HerinneringUrenVooraf);
        var grens = nu + vooraf;
        var kandidaten = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.Status == AanmeldingStatus.Bevestigd && a.HerinneringUtc == null && a.Email != null
                && a.StartUtc > nu && a.StartUtc <= grens)
            .OrderBy(a => a.StartUtc)
            .Select(a => new { a.Id, a.ActiviteitId, a.StartUtc, a.PlaatsUtc, a.Email, a.Naam, a.Personen })
            .Take(1000)
            .ToListAsync(cancellationToken);

        var gelegenheden = new Dictionary<(int, DateTime), Gelegenheid?>();
        var verstuurd = 0;
        foreach (var k in kandidaten)
        {
            var start = DateTime.SpecifyKind(k.StartUtc, DateTimeKind.Utc);
            // Who got a place less than a reminder's time ahead has just had a mail with everything in it.
            var nieuw = k.PlaatsUtc is DateTime plaats && plaats > start - vooraf;
            if (!gelegenheden.TryGetValue((k.ActiviteitId, start), out var g))
            {
                g = gelegenheden[(k.ActiviteitId, start)] = await Gelegenheid.ZoekAsync(db, k.ActiviteitId, start, cancellationToken);
            }

            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var geclaimd = await db.Aanmeldingen
                .Where(a => a.Id == k.Id && a.HerinneringUtc == null && a.Status == AanmeldingStatus.Bevestigd)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.HerinneringUtc, nu), cancellationToken);
            if (geclaimd == 1 && !nieuw && g is not null)
            {
                db.Outbox.Add(OutboxBericht.Nieuw("aanmelding.herinnering", k.Email!, k.Naam, mails.Herinnering(g, k.Naam ?? "", k.Personen), nu));
                await db.SaveChangesAsync(cancellationToken);
                verstuurd++;
            }

            await transactie.CommitAsync(cancellationToken);
        }

        if (verstuurd > 0)
        {
            signaal.NieuweBerichten();
        }

        return verstuurd;
    }
}

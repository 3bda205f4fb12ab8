using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Agenda;

/// <summary>Keeps the <see cref="Voorkomen"/> table in step with the activities: an activity whose content changed, or
/// whose planned horizon runs short, gets its dates planned again (ADR 7).</summary>
public sealed class VoorkomenPlanner(WijkDbContext db, TimeProvider clock)
{
    /// <summary>How far ahead dates are kept; a series is planned again when less than <see cref="MinimaleVooruitblik"/> is left.</summary>
    public static readonly TimeSpan Vooruitblik = TimeSpan.FromDays(400);

    public static readonly TimeSpan MinimaleVooruitblik = TimeSpan.FromDays(365);

    /// <summary>How far back dates of a long-running series are kept, for history and the monitor.</summary>
    public static readonly TimeSpan Terugblik = TimeSpan.FromDays(400);

    private const int MaximumPerActiviteit = 2000;

    public async Task<int> BijwerkenAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var minimaal = nu + MinimaleVooruitblik;
        var teDoen = await db.Activiteiten.AsNoTracking()
            .Where(a => a.GeplandVoorUtc == null || a.GeplandVoorUtc != a.GewijzigdUtc || a.GeplandTotUtc < minimaal)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);

        foreach (var blok in teDoen.Chunk(200))
        {
            await PlanAsync(blok, nu, cancellationToken);
        }

        return teDoen.Count;
    }

    /// <summary>Plans one activity now, after a change in the back office: the organiser expects to see it on the next
    /// page. Its stamp is cleared first, because two saves within one clock tick would otherwise look planned already.</summary>
    public async Task PlanOpnieuwAsync(int activiteitId, CancellationToken cancellationToken)
    {
        await db.Activiteiten.Where(a => a.Id == activiteitId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.GeplandVoorUtc, (DateTime?)null), cancellationToken);
        await BijwerkenAsync(cancellationToken);
    }

    private async Task PlanAsync(int[] ids, DateTime nu, CancellationToken cancellationToken)
    {
        var activiteiten = await db.Activiteiten.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.GewijzigdUtc,
                a.Status,
                a.WijkId,
                a.CategorieId,
                a.StartLokaal,
                a.DuurMinuten,
                a.Herhaling,
                a.Openingstijden,
                a.Uitzonderingen,
                a.AfgelastUtc,
                a.AfgelastReden,
            })
            .ToListAsync(cancellationToken);
        var tot = nu + Vooruitblik;

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        // Claim each activity first, inside the transaction, and only while it is still the version read above. A change
        // saved in between (and perhaps planned at once by the back office) would otherwise get the older version's dates
        // under a stamp that says it is planned, and keep them until its horizon ran short. On PostgreSQL the update also
        // locks the row, so two servers planning the same activity take turns instead of doubling its dates.
        var geclaimd = new List<int>(activiteiten.Count);
        // In id order, so two planners that lock several rows lock them in the same order.
        foreach (var a in activiteiten.OrderBy(a => a.Id))
        {
            // ExecuteUpdate also keeps this bookkeeping out of GewijzigdUtc.
            var rijen = await db.Activiteiten
                .Where(x => x.Id == a.Id && x.GewijzigdUtc == a.GewijzigdUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.GeplandVoorUtc, a.GewijzigdUtc).SetProperty(x => x.GeplandTotUtc, tot),
                    cancellationToken);
            if (rijen == 1)
            {
                geclaimd.Add(a.Id);
            }
        }

        // A changed activity is left as it is: its stamp still differs, so the next round plans the newer version.
        await db.Voorkomens.Where(v => geclaimd.Contains(v.ActiviteitId)).ExecuteDeleteAsync(cancellationToken);
        // An activity waiting for the redactie or hidden by it gets no dates, so no list, feed or sign-up form shows it.
        foreach (var a in activiteiten.Where(a => a.Status == ActiviteitStatus.Gepubliceerd && geclaimd.Contains(a.Id)))
        {
            var bron = new Planning.Bron(a.StartLokaal, a.DuurMinuten, a.Herhaling, a.Openingstijden, a.Uitzonderingen,
                a.AfgelastUtc, a.AfgelastReden);
            db.Voorkomens.AddRange(Planning.Datums(bron, nu - Terugblik, tot).Take(MaximumPerActiviteit).Select(d => new Voorkomen
            {
                ActiviteitId = a.Id,
                WijkId = a.WijkId,
                CategorieId = a.CategorieId,
                StartUtc = d.StartUtc,
                EindUtc = d.EindUtc,
                OorspronkelijkeStartUtc = d.OorspronkelijkeStartUtc,
                Toelichting = d.Toelichting,
                Afgelast = d.Afgelast,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transactie.CommitAsync(cancellationToken);
    }
}

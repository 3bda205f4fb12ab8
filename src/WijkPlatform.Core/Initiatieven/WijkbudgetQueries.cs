using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Initiatieven;

public sealed record WijkbudgetStand(int WijkId, string Wijk, int Jaar, long BudgetInCenten, long ToegekendInCenten, long BetaaldInCenten)
{
    public long OverInCenten => BudgetInCenten - ToegekendInCenten;
}

public sealed record ToegekendInitiatief(string Titel, string? Wat, long BedragInCenten, DateTime BesluitUtc);

/// <summary>The wijkbudget as the ledger says it is: granted is the sum of grants minus releases, paid the sum of
/// payments. Nothing here is stored twice, so the figures cannot drift from the decisions.</summary>
public static class WijkbudgetQueries
{
    public static async Task<WijkbudgetStand> StandAsync(WijkDbContext db, int wijkId, int jaar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wijk = await db.Wijken.Where(w => w.Id == wijkId).Select(w => w.Naam).SingleAsync(cancellationToken);
        var budget = await db.Wijkbudgetten.Where(b => b.WijkId == wijkId && b.Jaar == jaar).Select(b => (long?)b.BudgetInCenten)
            .SingleOrDefaultAsync(cancellationToken) ?? 0;
        var boekingen = await db.BudgetBoekingen.Where(b => b.WijkId == wijkId && b.Jaar == jaar)
            .GroupBy(b => b.Soort)
            .Select(g => new { Soort = g.Key, Som = g.Sum(b => b.BedragInCenten) })
            .ToListAsync(cancellationToken);
        long Som(BoekingSoort soort) => boekingen.Where(b => b.Soort == soort).Sum(b => b.Som);
        return new WijkbudgetStand(wijkId, wijk, jaar, budget, Som(BoekingSoort.Toekenning) - Som(BoekingSoort.Vrijval), Som(BoekingSoort.Betaling));
    }

    /// <summary>The public list: only requests whose applicant agreed, with title, amount and the short description;
    /// never a name, address or anything else personal.</summary>
    public static async Task<IReadOnlyList<ToegekendInitiatief>> ToegekendAsync(WijkDbContext db, int wijkId, int jaar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        InitiatiefStatus[] toegekend =
        [
            InitiatiefStatus.Toegekend, InitiatiefStatus.DeelsToegekend, InitiatiefStatus.Uitbetaald,
            InitiatiefStatus.Verantwoord, InitiatiefStatus.Afgesloten,
        ];
        var lijst = await db.Initiatieven.AsNoTracking()
            .Where(i => i.WijkId == wijkId && i.Jaar == jaar && i.ToestemmingPubliceren && toegekend.Contains(i.Status)
                && i.ToegekendBedragInCenten > 0 && i.Titel != null)
            .OrderByDescending(i => i.BesluitUtc)
            .Select(i => new ToegekendInitiatief(i.Titel!, i.Wat, i.ToegekendBedragInCenten!.Value, i.BesluitUtc!.Value))
            .ToListAsync(cancellationToken);
        return lijst.Select(t => t with { BesluitUtc = DateTime.SpecifyKind(t.BesluitUtc, DateTimeKind.Utc) }).ToList();
    }
}

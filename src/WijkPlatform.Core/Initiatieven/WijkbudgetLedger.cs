using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Initiatieven;

public sealed record LedgerRegel(DateTime TijdUtc, int InitiatiefId, string Kenmerk, BoekingSoort Soort, long BedragInCenten, string Omschrijving);

public sealed record WijkbudgetOverzicht(WijkbudgetStand Stand, IReadOnlyList<LedgerRegel> Boekingen);

/// <summary>The wijkbudget in the back office: per wijk the staff member may see, the figures and every ledger line of one year.</summary>
public sealed class WijkbudgetLedger(WijkDbContext db)
{
    public async Task<IReadOnlyList<WijkbudgetOverzicht>> OverzichtAsync(Medewerker wie, int jaar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var gebonden = wie.Wijken.ToList();
        var wijken = await db.Wijken.AsNoTracking()
            .Where(w => wie.IsBeheer ? w.Actief || db.Wijkbudgetten.Any(b => b.WijkId == w.Id) : gebonden.Contains(w.Id))
            .OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => w.Id)
            .ToListAsync(cancellationToken);
        var boekingen = await db.BudgetBoekingen.AsNoTracking()
            .Where(b => b.Jaar == jaar && wijken.Contains(b.WijkId))
            .Join(db.Initiatieven, b => b.InitiatiefId, i => i.Id, (b, i) => new { b.Id, b.WijkId, b.TijdUtc, b.InitiatiefId, i.Jaar, i.AangemaaktUtc, b.Soort, b.BedragInCenten, b.Omschrijving })
            .OrderBy(b => b.TijdUtc).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);

        var overzicht = new List<WijkbudgetOverzicht>();
        foreach (var wijkId in wijken)
        {
            var stand = await WijkbudgetQueries.StandAsync(db, wijkId, jaar, cancellationToken);
            var regels = boekingen.Where(b => b.WijkId == wijkId)
                .Select(b => new LedgerRegel(DateTime.SpecifyKind(b.TijdUtc, DateTimeKind.Utc), b.InitiatiefId,
                    $"{b.Jaar ?? b.AangemaaktUtc.Year}-{b.InitiatiefId:0000}", b.Soort, b.BedragInCenten, b.Omschrijving))
                .ToList();
            overzicht.Add(new WijkbudgetOverzicht(stand, regels));
        }

        return overzicht;
    }

    /// <summary>The years that have a budget, for the year select; always including <paramref name="ookJaar"/>.</summary>
    public async Task<IReadOnlyList<int>> JarenAsync(int ookJaar, CancellationToken cancellationToken)
    {
        var jaren = await db.Wijkbudgetten.AsNoTracking().Select(b => b.Jaar).Distinct().ToListAsync(cancellationToken);
        return jaren.Append(ookJaar).Distinct().Order().ToList();
    }

    public static string SoortNaam(BoekingSoort soort) => soort switch
    {
        BoekingSoort.Toekenning => "toegekend",
        BoekingSoort.Betaling => "uitbetaald",
        BoekingSoort.Vrijval => "terug naar budget",
        _ => soort.ToString(),
    };
}

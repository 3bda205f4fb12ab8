using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Core.Monitor;

/// <summary>The figures of the monitor, counted by the database (GROUP BY), for the wijken the caller may see: a
/// wijkteam member its bound wijken (<see cref="Beheer.WijkBinding"/>), beheer every wijk. A wijk outside that reads
/// as not there. Only the requests' amounts and decision dates are read per request, because a median and a
/// "never below zero" per request cannot be summed by the database on both engines.</summary>
public sealed class MonitorQueries(WijkDbContext db, TimeProvider clock)
{
    public const int TopAantal = 10;

    public async Task<IReadOnlyList<MonitorWijk>> WijkenAsync(Medewerker wie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var gebonden = wie.Wijken.ToList();
        return await db.Wijken.AsNoTracking()
            .Where(w => wie.IsBeheer || gebonden.Contains(w.Id))
            .OrderByDescending(w => w.Actief).ThenBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => new MonitorWijk(w.Id, w.Slug, w.Naam))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The figures of one wijk (by slug), or of all wijken the caller may see when <paramref name="wijkSlug"/> is
    /// empty; null when the wijk does not exist or is not the caller's.</summary>
    public async Task<MonitorRapport?> RapportAsync(Medewerker wie, string? wijkSlug, MonitorPeriode periode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periode);
        var zichtbaar = await WijkenAsync(wie, cancellationToken);
        MonitorWijk? wijk = null;
        if (!string.IsNullOrWhiteSpace(wijkSlug))
        {
            wijk = zichtbaar.FirstOrDefault(w => string.Equals(w.Slug, wijkSlug.Trim(), StringComparison.OrdinalIgnoreCase));
            if (wijk is null)
            {
                return null;
            }
        }

        var ids = wijk is null ? zichtbaar.Select(w => w.Id).ToList() : [wijk.Id];
        var nu = clock.GetUtcNow().UtcDateTime;
        var van = periode.VanUtc;
        var tot = periode.TotUtc;

        var categorieen = await db.Categorieen.AsNoTracking()
            .Select(c => new { c.Id, c.Naam, c.IsDagontmoeting, c.Volgorde })
            .ToListAsync(cancellationToken);
        var volgorde = categorieen.OrderBy(c => c.Volgorde).ThenBy(c => c.Naam, StringComparer.Ordinal).ToList();

        var voorkomens = db.Voorkomens.AsNoTracking()
            .Where(v => v.StartUtc >= van && v.StartUtc < tot && !v.Afgelast
                && v.Activiteit!.Status == ActiviteitStatus.Gepubliceerd && ids.Contains(v.Activiteit.WijkId));
        var aanmeldingen = db.Aanmeldingen.AsNoTracking()
            .Where(a => a.StartUtc >= van && a.StartUtc < tot && ids.Contains(a.Activiteit!.WijkId));
        var initiatieven = db.Initiatieven.AsNoTracking()
            .Where(i => i.Status != InitiatiefStatus.Concept && i.WijkId != null && ids.Contains(i.WijkId.Value));

        // Activities and their dates per category.
        var perCategorie = await voorkomens
            .GroupBy(v => v.Activiteit!.CategorieId)
            .Select(g => new { CategorieId = g.Key, Voorkomens = g.Count(), Activiteiten = g.Select(v => v.ActiviteitId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var activiteiten = volgorde.Join(perCategorie, c => c.Id, p => p.CategorieId,
            (c, p) => new ActiviteitenPerCategorie(c.Naam, c.IsDagontmoeting, p.Activiteiten, p.Voorkomens)).ToList();

        // Sign-ups per category and status.
        var perStatus = await aanmeldingen
            .GroupBy(a => new { a.Activiteit!.CategorieId, a.Status })
            .Select(g => new { g.Key.CategorieId, g.Key.Status, Aantal = g.Count(), Personen = g.Sum(a => a.Personen) })
            .ToListAsync(cancellationToken);
        var aanmeldCijfers = volgorde.Where(c => perStatus.Any(p => p.CategorieId == c.Id)).Select(c =>
        {
            var rij = perStatus.Where(p => p.CategorieId == c.Id).ToList();
            int Aantal(AanmeldingStatus s) => rij.Where(p => p.Status == s).Sum(p => p.Aantal);
            int Personen(AanmeldingStatus s) => rij.Where(p => p.Status == s).Sum(p => p.Personen);
            return new AanmeldingenPerCategorie(c.Naam, Aantal(AanmeldingStatus.Bevestigd), Personen(AanmeldingStatus.Bevestigd),
                Aantal(AanmeldingStatus.Wachtlijst), Personen(AanmeldingStatus.Wachtlijst), Aantal(AanmeldingStatus.Afgemeld),
                Personen(AanmeldingStatus.Afgemeld));
        }).ToList();

        // Who came, for confirmed places on dates that have begun.
        var perAanwezig = await aanmeldingen
            .Where(a => a.Status == AanmeldingStatus.Bevestigd && a.StartUtc <= nu)
            .GroupBy(a => new { a.Activiteit!.CategorieId, a.Aanwezig })
            .Select(g => new { g.Key.CategorieId, g.Key.Aanwezig, Aantal = g.Count(), Personen = g.Sum(a => a.Personen) })
            .ToListAsync(cancellationToken);
        var aanwezigheid = volgorde.Where(c => perAanwezig.Any(p => p.CategorieId == c.Id)).Select(c =>
        {
            var rij = perAanwezig.Where(p => p.CategorieId == c.Id).ToList();
            return new AanwezigheidPerCategorie(c.Naam,
                rij.Where(p => p.Aanwezig == true).Sum(p => p.Aantal), rij.Where(p => p.Aanwezig == false).Sum(p => p.Aantal),
                rij.Where(p => p.Aanwezig == null).Sum(p => p.Aantal), rij.Where(p => p.Aanwezig == true).Sum(p => p.Personen),
                rij.Where(p => p.Aanwezig == false).Sum(p => p.Personen));
        }).ToList();

        // Wachtlijst per activity.
        var wachtend = await aanmeldingen
            .Where(a => a.Status == AanmeldingStatus.Wachtlijst)
            .GroupBy(a => a.ActiviteitId)
            .Select(g => new { ActiviteitId = g.Key, Aanmeldingen = g.Count(), Personen = g.Sum(a => a.Personen), Datums = g.Select(a => a.StartUtc).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var wachtIds = wachtend.Select(w => w.ActiviteitId).ToList();
        var wachtActiviteiten = await db.Activiteiten.AsNoTracking()
            .Where(a => wachtIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Titel, a.Capaciteit })
            .ToListAsync(cancellationToken);
        var wachtlijst = wachtend.Join(wachtActiviteiten, w => w.ActiviteitId, a => a.Id,
                (w, a) => new WachtlijstActiviteit(a.Titel, a.Capaciteit, w.Datums, w.Aanmeldingen, w.Personen))
            .OrderByDescending(w => w.Personen).ThenBy(w => w.Titel, StringComparer.Ordinal)
            .Take(TopAantal)
            .ToList();
        var wachtlijstTotaal = new WachtlijstTotaal(wachtend.Count, wachtend.Sum(w => w.Datums), wachtend.Sum(w => w.Aanmeldingen),
            wachtend.Sum(w => w.Personen), aanmeldCijfers.Sum(a => a.BevestigdPersonen));

        // Walk-in places: how often open, and sign-ups where a place takes them.
        var open = await voorkomens
            .Where(v => v.Activiteit!.Categorie!.IsDagontmoeting)
            .GroupBy(v => v.Activiteit!.LocatieId)
            .Select(g => new { LocatieId = g.Key, KeerOpen = g.Count(), Activiteiten = g.Select(v => v.ActiviteitId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var dagAanmeldingen = await aanmeldingen
            .Where(a => a.Status != AanmeldingStatus.Afgemeld && a.Activiteit!.Categorie!.IsDagontmoeting)
            .GroupBy(a => a.Activiteit!.LocatieId)
            .Select(g => new { LocatieId = g.Key, Aantal = g.Count(), Personen = g.Sum(a => a.Personen) })
            .ToListAsync(cancellationToken);
        var locatieIds = open.Select(o => o.LocatieId).Concat(dagAanmeldingen.Select(d => d.LocatieId)).OfType<int>().Distinct().ToList();
        var locaties = await db.Locaties.AsNoTracking()
            .Where(l => locatieIds.Contains(l.Id))
            .Select(l => new { l.Id, l.Naam })
            .ToDictionaryAsync(l => l.Id, l => l.Naam, cancellationToken);
        var dagontmoeting = open.Select(o => o.LocatieId).Concat(dagAanmeldingen.Select(d => d.LocatieId)).Distinct()
            .Select(id =>
            {
                var o = open.FirstOrDefault(x => x.LocatieId == id);
                var d = dagAanmeldingen.FirstOrDefault(x => x.LocatieId == id);
                var naam = id is int l && locaties.TryGetValue(l, out var n) ? n : "Zonder vaste plek";
                return new DagontmoetingPlek(naam, o?.Activiteiten ?? 0, o?.KeerOpen ?? 0, d?.Aantal ?? 0, d?.Personen ?? 0);
            })
            .OrderByDescending(p => p.KeerOpen).ThenByDescending(p => p.Personen).ThenBy(p => p.Plek, StringComparer.Ordinal)
            .Take(TopAantal)
            .ToList();

        // Requests sent in the period, by status.
        var ingediend = await initiatieven
            .Where(i => i.IngediendUtc >= van && i.IngediendUtc < tot)
            .Select(i => new
            {
                i.Status,
                Begroting = i.Begroting.Sum(r => r.BedragInCenten),
                i.EigenBijdrageInCenten,
                i.AndereFinancieringInCenten,
                i.ToegekendBedragInCenten,
            })
            .ToListAsync(cancellationToken);
        var perInitiatiefStatus = ingediend
            .GroupBy(i => i.Status)
            .OrderBy(g => g.Key)
            .Select(g => new InitiatievenPerStatus(g.Key, g.Count(),
                g.Sum(i => Gevraagd(i.Begroting, i.EigenBijdrageInCenten, i.AndereFinancieringInCenten)),
                g.Sum(i => i.ToegekendBedragInCenten ?? 0)))
            .ToList();

        // Time to decision, for decisions taken in the period.
        var besluiten = await initiatieven
            .Where(i => i.BesluitUtc >= van && i.BesluitUtc < tot && i.IngediendUtc != null)
            .Select(i => new { Ingediend = i.IngediendUtc!.Value, Besluit = i.BesluitUtc!.Value })
            .ToListAsync(cancellationToken);
        var besluitduur = Duur(besluiten.Select(b => Dagen(b.Ingediend, b.Besluit)).ToList());

        // The wijkbudget of every year the period touches.
        var jaren = periode.Jaren.ToList();
        var budgetten = await db.Wijkbudgetten.AsNoTracking()
            .Where(b => ids.Contains(b.WijkId) && jaren.Contains(b.Jaar))
            .GroupBy(b => b.Jaar)
            .Select(g => new { Jaar = g.Key, Som = g.Sum(b => b.BudgetInCenten) })
            .ToListAsync(cancellationToken);
        var boekingen = await db.BudgetBoekingen.AsNoTracking()
            .Where(b => ids.Contains(b.WijkId) && jaren.Contains(b.Jaar))
            .GroupBy(b => new { b.Jaar, b.Soort })
            .Select(g => new { g.Key.Jaar, g.Key.Soort, Som = g.Sum(b => b.BedragInCenten) })
            .ToListAsync(cancellationToken);
        var gevraagdPerJaar = await initiatieven
            .Where(i => i.Jaar != null && jaren.Contains(i.Jaar.Value))
            .Select(i => new { Jaar = i.Jaar!.Value, Begroting = i.Begroting.Sum(r => r.BedragInCenten), i.EigenBijdrageInCenten, i.AndereFinancieringInCenten })
            .ToListAsync(cancellationToken);
        var budget = jaren.Select(j =>
        {
            long Boeking(BoekingSoort s) => boekingen.Where(b => b.Jaar == j && b.Soort == s).Sum(b => b.Som);
            return new BudgetJaar(j, budgetten.Where(b => b.Jaar == j).Sum(b => b.Som),
                gevraagdPerJaar.Where(i => i.Jaar == j).Sum(i => Gevraagd(i.Begroting, i.EigenBijdrageInCenten, i.AndereFinancieringInCenten)),
                Boeking(BoekingSoort.Toekenning) - Boeking(BoekingSoort.Vrijval), Boeking(BoekingSoort.Betaling));
        }).ToList();

        // Month by month, with the months cut at Dutch midnight (see MaandIndex).
        var grenzen = periode.Grenzen;
        var voorkomensPerMaand = await voorkomens
            .GroupBy(MaandIndex<Voorkomen>(v => v.StartUtc, grenzen))
            .Select(g => new { Maand = g.Key, Aantal = g.Count() })
            .ToListAsync(cancellationToken);
        var aanmeldingenPerMaand = await aanmeldingen
            .Where(a => a.Status != AanmeldingStatus.Afgemeld)
            .GroupBy(MaandIndex<Aanmelding>(a => a.StartUtc, grenzen))
            .Select(g => new { Maand = g.Key, Aantal = g.Count(), Personen = g.Sum(a => a.Personen) })
            .ToListAsync(cancellationToken);
        var ingediendPerMaand = await initiatieven
            .Where(i => i.IngediendUtc >= van && i.IngediendUtc < tot)
            .GroupBy(MaandIndex<Initiatief>(i => i.IngediendUtc!.Value, grenzen))
            .Select(g => new { Maand = g.Key, Aantal = g.Count() })
            .ToListAsync(cancellationToken);
        var beslotenPerMaand = await initiatieven
            .Where(i => i.BesluitUtc >= van && i.BesluitUtc < tot)
            .GroupBy(MaandIndex<Initiatief>(i => i.BesluitUtc!.Value, grenzen))
            .Select(g => new { Maand = g.Key, Aantal = g.Count() })
            .ToListAsync(cancellationToken);
        var maanden = periode.Maanden.Select((m, i) => new MaandCijfers(m,
            voorkomensPerMaand.Where(x => x.Maand == i).Sum(x => x.Aantal),
            aanmeldingenPerMaand.Where(x => x.Maand == i).Sum(x => x.Aantal),
            aanmeldingenPerMaand.Where(x => x.Maand == i).Sum(x => x.Personen),
            ingediendPerMaand.Where(x => x.Maand == i).Sum(x => x.Aantal),
            beslotenPerMaand.Where(x => x.Maand == i).Sum(x => x.Aantal))).ToList();

        var naam = wijk?.Naam ?? (wie.IsBeheer ? "Alle wijken" : zichtbaar.Count == 0 ? "Geen wijk" : string.Join(", ", zichtbaar.Select(w => w.Naam)));
        return new MonitorRapport(wijk, naam, periode, nu, activiteiten, aanmeldCijfers, aanwezigheid, wachtlijst, wachtlijstTotaal,
            dagontmoeting, perInitiatiefStatus, besluitduur, budget, maanden);
    }

    /// <summary>What a request asks from the wijkbudget, as <see cref="Initiatief.GevraagdInCenten"/> computes it.</summary>
    private static long Gevraagd(long begroting, long eigen, long andere) => Math.Max(0, begroting - eigen - andere);

    /// <summary>Calendar days between the two Dutch dates: sent on Monday and decided on Friday is 4 days.</summary>
    public static int Dagen(DateTime vanUtc, DateTime totUtc) =>
        DateOnly.FromDateTime(Tijd.Lokaal(DateTime.SpecifyKind(totUtc, DateTimeKind.Utc))).DayNumber
        - DateOnly.FromDateTime(Tijd.Lokaal(DateTime.SpecifyKind(vanUtc, DateTimeKind.Utc))).DayNumber;

    public static Besluitduur Duur(IReadOnlyList<int> dagen)
    {
        ArgumentNullException.ThrowIfNull(dagen);
        if (dagen.Count == 0)
        {
            return new Besluitduur(0, null, null, null, null);
        }

        var gesorteerd = dagen.Order().ToList();
        var midden = gesorteerd.Count / 2;
        var mediaan = gesorteerd.Count % 2 == 1 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2m;
        var gemiddeld = Math.Round((decimal)gesorteerd.Sum() / gesorteerd.Count, 1, MidpointRounding.AwayFromZero);
        return new Besluitduur(gesorteerd.Count, mediaan, gemiddeld, gesorteerd[0], gesorteerd[^1]);
    }

    /// <summary>The index of the month a moment falls in, as a CASE over the months' UTC starts. The database cannot put a
    /// UTC moment in a Dutch month by itself (SQLite knows no time zones), but the boundaries are known beforehand, so the
    /// grouping still happens there. Rows must already lie in [first boundary, last boundary).</summary>
    internal static Expression<Func<T, int>> MaandIndex<T>(Expression<Func<T, DateTime>> tijd, IReadOnlyList<DateTime> grenzen)
    {
        Expression body = Expression.Constant(grenzen.Count - 2);
        for (var i = grenzen.Count - 3; i >= 0; i--)
        {
            body = Expression.Condition(Expression.LessThan(tijd.Body, Expression.Constant(grenzen[i + 1])), Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<T, int>>(body, tijd.Parameters);
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>What an account may reach: its roles, the wijken it works for as wijkteam, the collectives it belongs to.
/// Beheer sets these when inviting and when changing an account; both check them the same way and describe them the
/// same way in the audit log.</summary>
public sealed record AccountToegang(IReadOnlyCollection<string> Rollen, IReadOnlyCollection<int> WijkIds, IReadOnlyCollection<int> OrganisatieIds)
{
    public enum Probleem { OnbekendeRol, OnbekendeWijk, OnbekendCollectief, WijkteamZonderWijk, CollectiefZonderRol, GeenRol }

    public async Task<IReadOnlyList<Probleem>> ControleerAsync(WijkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problemen = new List<Probleem>();
        if (Rollen.Any(r => !Beheer.Rollen.Alle.Contains(r)))
        {
            problemen.Add(Probleem.OnbekendeRol);
        }

        var wijken = WijkIds.Distinct().ToList();
        if (wijken.Count > 0 && await db.Wijken.CountAsync(w => wijken.Contains(w.Id), cancellationToken) != wijken.Count)
        {
            problemen.Add(Probleem.OnbekendeWijk);
        }

        var organisaties = OrganisatieIds.Distinct().ToList();
        if (organisaties.Count > 0 && await db.Organisaties.CountAsync(o => organisaties.Contains(o.Id), cancellationToken) != organisaties.Count)
        {
            problemen.Add(Probleem.OnbekendCollectief);
        }

        // A wijkteam member without a wijk sees no request at all, which looks like a broken site to them.
        if (Rollen.Contains(Beheer.Rollen.Wijkteam) && wijken.Count == 0)
        {
            problemen.Add(Probleem.WijkteamZonderWijk);
        }

        if (organisaties.Count > 0 && !Rollen.Contains(Beheer.Rollen.Collectief))
        {
            problemen.Add(Probleem.CollectiefZonderRol);
        }

        return problemen;
    }

    /// <summary>The collectives beheer can choose from: every organisation of the kind collectief, plus any other
    /// organisation that has members already.</summary>
    public static Task<List<AccountKeuze>> CollectievenAsync(WijkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Organisaties.AsNoTracking()
            .Where(o => o.Soort == OrganisatieSoort.Collectief || db.Lidmaatschappen.Any(l => l.OrganisatieId == o.Id))
            .OrderBy(o => o.Naam)
            .Select(o => new AccountKeuze(o.Id, o.Naam))
            .ToListAsync(cancellationToken);
    }

    public static Task<List<AccountKeuze>> WijkenAsync(WijkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Wijken.AsNoTracking().OrderBy(w => w.Naam).Select(w => new AccountKeuze(w.Id, w.Naam)).ToListAsync(cancellationToken);
    }

    /// <summary>"rollen: Beheer, Wijkteam", "wijken: Ruwaard", "collectieven: geen": names, no ids, so the log still
    /// reads when a wijk is renamed.</summary>
    public async Task<Beschrijving> BeschrijfAsync(WijkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wijken = WijkIds.ToList();
        var organisaties = OrganisatieIds.ToList();
        var wijkNamen = await db.Wijken.AsNoTracking().Where(w => wijken.Contains(w.Id)).Select(w => w.Naam).ToListAsync(cancellationToken);
        var collectiefNamen = await db.Organisaties.AsNoTracking().Where(o => organisaties.Contains(o.Id)).Select(o => o.Naam)
            .ToListAsync(cancellationToken);
        return new Beschrijving(Lijst(Rollen), Lijst(wijkNamen), Lijst(collectiefNamen));
    }

    private static string Lijst(IEnumerable<string> namen)
    {
        var gesorteerd = namen.Order(StringComparer.CurrentCultureIgnoreCase).ToList();
        return gesorteerd.Count == 0 ? "geen" : string.Join(", ", gesorteerd);
    }

    public sealed record Beschrijving(string Rollen, string Wijken, string Collectieven)
    {
        public override string ToString() => $"rollen: {Rollen}; wijken: {Wijken}; collectieven: {Collectieven}";

        /// <summary>Only what changed, as "before → after".</summary>
        public string Verschil(Beschrijving na)
        {
            ArgumentNullException.ThrowIfNull(na);
            var delen = new List<string>();
            if (Rollen != na.Rollen)
            {
                delen.Add($"rollen: {Rollen} → {na.Rollen}");
            }

            if (Wijken != na.Wijken)
            {
                delen.Add($"wijken: {Wijken} → {na.Wijken}");
            }

            if (Collectieven != na.Collectieven)
            {
                delen.Add($"collectieven: {Collectieven} → {na.Collectieven}");
            }

            return string.Join("; ", delen);
        }
    }
}

public sealed record AccountKeuze(int Id, string Naam);

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>One line of the wijkteam's queue. No personal data: the title is the applicant's own public name for the idea.</summary>
public sealed record WachtrijRegel(int Id, string Kenmerk, string? Titel, int? WijkId, string? Wijk, InitiatiefStatus Status,
    string? Beoordelaar, long GevraagdInCenten, DateTime? BeslistermijnUtc);

public sealed record WachtrijLijst(IReadOnlyList<WachtrijRegel> Regels, int Totaal, int Pagina, int AantalPaginas);

public sealed record WachtrijFilter(IReadOnlyCollection<InitiatiefStatus>? Statussen = null, int? WijkId = null, bool AlleenCentraal = false);

public sealed record WijkKeuze(int Id, string Naam);

public sealed record MedewerkerKeuze(int Id, string Naam);

/// <summary>A request as the wijkteam sees it, with the names behind the ids.</summary>
public sealed record InitiatiefDossier(Initiatief Aanvraag, string? Beoordelaar, string? VoorstelDoor, string? BesluitDoor,
    string? TweedeBeoordelaar, WijkbudgetStand? Stand);

public sealed record BijlageBestand(string Naam, string ContentType, string Opslag);

/// <summary>How the beslistermijn stands on a given day, in words that do not depend on colour.</summary>
public sealed record TermijnStand(bool Verlopen, int DagenOver, bool Gepauzeerd)
{
    public string Tekst => Gepauzeerd ? "wacht op de aanvrager"
        : Verlopen ? "verlopen"
        : DagenOver == 0 ? "vandaag"
        : DagenOver == 1 ? "nog 1 dag"
        : $"nog {DagenOver} dagen";
}

/// <summary>What the back office reads about requests. Every method filters on <see cref="Medewerker.MagZien"/>, so a
/// request of another wijk reads as not there; concepts are never shown to staff.</summary>
public sealed class InitiatiefQueries(WijkDbContext db, TimeProvider clock)
{
    public const int PerPagina = 25;

    /// <summary>One page of the queue, nearest beslistermijn first. A page number past the end gives the last page.</summary>
    public async Task<WachtrijLijst> WachtrijAsync(Medewerker wie, WachtrijFilter filter, int pagina, CancellationToken cancellationToken)
    {
        var query = Gefilterd(wie, filter);
        var totaal = await query.CountAsync(cancellationToken);
        var aantalPaginas = Math.Max(1, (totaal + PerPagina - 1) / PerPagina);
        pagina = Math.Clamp(pagina, 1, aantalPaginas);
        var rijen = await query
            .OrderBy(i => i.BeslistermijnUtc).ThenBy(i => i.Id)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina)
            .Select(i => new
            {
                i.Id,
                i.Jaar,
                i.AangemaaktUtc,
                i.Titel,
                i.WijkId,
                Wijk = i.Wijk!.Naam,
                i.Status,
                i.BeoordelaarId,
                i.EigenBijdrageInCenten,
                i.AndereFinancieringInCenten,
                i.BeslistermijnUtc,
            })
            .ToListAsync(cancellationToken);

        // The budget totals and reviewer names only for the rows on this page, each in one query: a subquery in the
        // list query itself would run once for every request that matches, before the page is cut off.
        var ids = rijen.Select(r => r.Id).ToList();
        var totalen = await db.Set<BegrotingsRegel>().AsNoTracking()
            .Where(r => ids.Contains(r.InitiatiefId))
            .GroupBy(r => r.InitiatiefId)
            .Select(g => new { InitiatiefId = g.Key, Totaal = g.Sum(r => r.BedragInCenten) })
            .ToDictionaryAsync(t => t.InitiatiefId, t => t.Totaal, cancellationToken);
        var beoordelaarIds = rijen.Select(r => r.BeoordelaarId).OfType<int>().Distinct().ToList();
        Dictionary<int, string> namen = beoordelaarIds.Count == 0 ? [] : await db.Gebruikers.AsNoTracking()
            .Where(g => beoordelaarIds.Contains(g.Id))
            .Select(g => new { g.Id, Naam = g.Naam == "" ? g.Email : g.Naam })
            .ToDictionaryAsync(g => g.Id, g => g.Naam, cancellationToken);

        var regels = rijen.Select(r => new WachtrijRegel(r.Id, $"{r.Jaar ?? r.AangemaaktUtc.Year}-{r.Id:0000}", r.Titel, r.WijkId, r.Wijk, r.Status,
                r.BeoordelaarId is int b ? namen.GetValueOrDefault(b) : null,
                Math.Max(0, totalen.GetValueOrDefault(r.Id) - r.EigenBijdrageInCenten - r.AndereFinancieringInCenten), Utc(r.BeslistermijnUtc)))
            .ToList();
        return new WachtrijLijst(regels, totaal, pagina, aantalPaginas);
    }

    /// <summary>How many requests match, without reading them.</summary>
    public Task<int> AantalAsync(Medewerker wie, WachtrijFilter filter, CancellationToken cancellationToken) =>
        Gefilterd(wie, filter).CountAsync(cancellationToken);

    private IQueryable<Initiatief> Gefilterd(Medewerker wie, WachtrijFilter filter)
    {
        ArgumentNullException.ThrowIfNull(wie);
        ArgumentNullException.ThrowIfNull(filter);
        var wijken = wie.Wijken.ToList();
        var query = db.Initiatieven.AsNoTracking()
            .Where(i => i.Status != InitiatiefStatus.Concept)
            .Where(i => wie.IsBeheer || (i.WijkId != null && wijken.Contains(i.WijkId.Value)));
        if (filter.Statussen is { Count: > 0 } statussen)
        {
            var lijst = statussen.ToList();
            query = query.Where(i => lijst.Contains(i.Status));
        }

        if (filter.AlleenCentraal)
        {
            query = query.Where(i => i.WijkId == null);
        }
        else if (filter.WijkId is int wijkId)
        {
            query = query.Where(i => i.WijkId == wijkId);
        }

        return query;
    }

    /// <summary>The wijken someone may filter on: beheer every active wijk, a wijkteam member the wijken of the account.</summary>
    public async Task<IReadOnlyList<WijkKeuze>> WijkenAsync(Medewerker wie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var wijken = wie.Wijken.ToList();
        return await db.Wijken.AsNoTracking()
            .Where(w => wie.IsBeheer ? w.Actief : wijken.Contains(w.Id))
            .OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => new WijkKeuze(w.Id, w.Naam))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The wijken a request can be sent on to: every active wijk (a wijkteam member may hand a request to
    /// another team it cannot see itself).</summary>
    public async Task<IReadOnlyList<WijkKeuze>> ActieveWijkenAsync(CancellationToken cancellationToken) =>
        await db.Wijken.AsNoTracking().Where(w => w.Actief)
            .OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => new WijkKeuze(w.Id, w.Naam))
            .ToListAsync(cancellationToken);

    /// <summary>Who can review a request: the wijkteam members bound to its wijk; for the central queue, beheer.</summary>
    public async Task<IReadOnlyList<MedewerkerKeuze>> BeoordelaarsAsync(int? wijkId, CancellationToken cancellationToken)
    {
        var query = db.Gebruikers.AsNoTracking();
        query = wijkId is int w
            ? query.Where(g => g.Wijken.Any(b => b.WijkId == w) && g.Rollen.Any(r => r.Rol!.Naam == Rollen.Wijkteam || r.Rol!.Naam == Rollen.Beheer))
            : query.Where(g => g.Rollen.Any(r => r.Rol!.Naam == Rollen.Beheer));
        var lijst = await query.Select(g => new MedewerkerKeuze(g.Id, g.Naam == "" ? g.Email : g.Naam)).ToListAsync(cancellationToken);
        return lijst.OrderBy(m => m.Naam, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Reads a request for the detail page and writes the audit row for it in the same call: the page shows
    /// personal data, and every staff view of it must be on record. Null when it is not there or not theirs to see.</summary>
    public async Task<InitiatiefDossier?> BekijkAsync(Medewerker wie, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var i = await db.Initiatieven.AsNoTracking()
            .Include(x => x.Wijk)
            .Include(x => x.Begroting)
            .Include(x => x.Bijlagen)
            .Include(x => x.Gebeurtenissen)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id && x.Status != InitiatiefStatus.Concept, cancellationToken);
        if (i is null || !wie.MagZien(i.WijkId))
        {
            return null;
        }

        int?[] ids = [i.BeoordelaarId, i.VoorstelDoorId, i.BesluitDoorId, i.TweedeBeoordelaarId];
        var gezocht = ids.OfType<int>().Distinct().ToList();
        var namen = await db.Gebruikers.AsNoTracking().Where(g => gezocht.Contains(g.Id))
            .Select(g => new { g.Id, Naam = g.Naam == "" ? g.Email : g.Naam })
            .ToDictionaryAsync(g => g.Id, g => g.Naam, cancellationToken);
        string? Naam(int? gebruiker) => gebruiker is int g ? namen.GetValueOrDefault(g, "onbekende medewerker") : null;
        var stand = i is { WijkId: int wijkId, Jaar: int jaar } ? await WijkbudgetQueries.StandAsync(db, wijkId, jaar, cancellationToken) : null;

        db.Schrijf(wie.AlsBeheerder, "initiatief-bekeken", InitiatiefStappen.Onderwerp(id), null, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new InitiatiefDossier(i, Naam(i.BeoordelaarId), Naam(i.VoorstelDoorId), Naam(i.BesluitDoorId), Naam(i.TweedeBeoordelaarId), stand);
    }

    /// <summary>An attachment to download, with its audit row (it may hold personal data). Null when the request or the
    /// file is not there or not theirs to see.</summary>
    public async Task<BijlageBestand?> BijlageAsync(Medewerker wie, int id, int bijlageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var b = await db.InitiatiefBijlagen.AsNoTracking()
            .Where(x => x.Id == bijlageId && x.InitiatiefId == id)
            .Join(db.Initiatieven.Where(i => i.Status != InitiatiefStatus.Concept), x => x.InitiatiefId, i => i.Id,
                (x, i) => new { x.Naam, x.ContentType, x.Opslag, i.WijkId })
            .SingleOrDefaultAsync(cancellationToken);
        if (b is null || !wie.MagZien(b.WijkId))
        {
            return null;
        }

        db.Schrijf(wie.AlsBeheerder, "initiatief-bijlage-bekeken", InitiatiefStappen.Onderwerp(id), $"bijlage {bijlageId}",
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new BijlageBestand(b.Naam, b.ContentType, b.Opslag);
    }

    /// <summary>Days are counted on the calendar in Oss, so "nog 1 dag" means tomorrow whatever the hour.</summary>
    public static TermijnStand? Termijn(InitiatiefStatus status, DateTime? beslistermijnUtc, DateTime nuUtc)
    {
        if (beslistermijnUtc is not { } termijn)
        {
            return null;
        }

        if (status == InitiatiefStatus.VraagAanAanvrager)
        {
            return new TermijnStand(false, 0, true);
        }

        if (!Statusmachine.WachtOpBesluit.Contains(status))
        {
            return null;
        }

        var dagen = (Agenda.Tijd.Lokaal(termijn).Date - Agenda.Tijd.Lokaal(nuUtc).Date).Days;
        return new TermijnStand(termijn < nuUtc, Math.Max(0, dagen), false);
    }

    private static DateTime? Utc(DateTime? tijd) => tijd is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>What the owner of a personal link sees.</summary>
public sealed record EigenAanmelding(
    string Slug,
    string Titel,
    DateTime StartUtc,
    DateTime EindUtc,
    string? Waar,
    string? Contact,
    string Naam,
    string? Email,
    string? Telefoon,
    int Personen,
    string? Opmerking,
    AanmeldingStatus Status,
    int? WachtlijstPlaats,
    bool IsVoorbij);

/// <summary>Places in one occurrence, for the activity page and the API. Null capacity: no limit.</summary>
public sealed record PlaatsenStand(DateTime StartUtc, int? Capaciteit, int Bevestigd, int Wachtend)
{
    public int? Vrij => Capaciteit is int c ? Math.Max(0, c - Bevestigd) : null;

    public bool IsVol => Vrij == 0;
}

public sealed class AanmeldQueries(WijkDbContext db, TimeProvider clock)
{
    /// <summary>The sign-up behind a personal link; null for an unknown link or one whose data has been removed.</summary>
    public async Task<EigenAanmelding?> DoorSleutelAsync(string? sleutel, CancellationToken cancellationToken)
    {
        if (!Sleutel.IsGeldig(sleutel))
        {
            return null;
        }

        var hash = Sleutel.Hash(sleutel!);
        var a = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.SleutelHash == hash && a.GewistUtc == null)
            .Select(a => new { a.Id, a.ActiviteitId, a.StartUtc, a.Naam, a.Email, a.Telefoon, a.Personen, a.Opmerking, a.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var g = await Gelegenheid.ZoekAsync(db, a.ActiviteitId, a.StartUtc, cancellationToken);
        if (g is null)
        {
            return null;
        }

        int? plaats = a.Status == AanmeldingStatus.Wachtlijst
            ? await db.Aanmeldingen.CountAsync(x => x.ActiviteitId == a.ActiviteitId && x.StartUtc == a.StartUtc
                && x.Status == AanmeldingStatus.Wachtlijst && x.Id <= a.Id, cancellationToken)
            : null;
        return new EigenAanmelding(g.Slug, g.Titel, g.StartUtc, g.EindUtc, g.Waar, g.Contact, a.Naam ?? "", a.Email, a.Telefoon,
            a.Personen, a.Opmerking, a.Status, plaats, clock.GetUtcNow().UtcDateTime >= g.StartUtc);
    }

    /// <summary>The places of the given occurrences of one activity.</summary>
    public async Task<IReadOnlyDictionary<DateTime, PlaatsenStand>> PlaatsenAsync(string slug, IReadOnlyCollection<DateTime> startsUtc,
        CancellationToken cancellationToken)
    {
        var activiteit = await db.Activiteiten.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Capaciteit }).SingleOrDefaultAsync(cancellationToken);
        if (activiteit is null || startsUtc.Count == 0)
        {
            return new Dictionary<DateTime, PlaatsenStand>();
        }

        var van = startsUtc.Min();
        var tot = startsUtc.Max();
        var rijen = await db.Bezettingen.AsNoTracking()
            .Where(b => b.ActiviteitId == activiteit.Id && b.StartUtc >= van && b.StartUtc <= tot)
            .Select(b => new { b.StartUtc, b.Bevestigd, b.Wachtend })
            .ToListAsync(cancellationToken);
        return startsUtc.ToDictionary(s => s, s =>
        {
            var rij = rijen.FirstOrDefault(r => AgendaQueries.Utc(r.StartUtc) == AgendaQueries.Utc(s));
            return new PlaatsenStand(s, activiteit.Capaciteit, rij?.Bevestigd ?? 0, rij?.Wachtend ?? 0);
        });
    }
}

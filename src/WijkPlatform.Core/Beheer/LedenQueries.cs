using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>A member as the other members see them. <see cref="Actief"/> is false until the invited person has
/// chosen a password.</summary>
public sealed record Lid(int GebruikerId, string Naam, string Email, bool Actief);

public sealed record CollectiefLeden(int OrganisatieId, string Slug, string Naam, IReadOnlyList<Lid> Leden);

/// <summary>Who may manage the members of which collective: its own members, and accounts with the role Beheer for
/// every collective. Roles are read from the database, not from the sign-in cookie, so a role taken away counts at
/// once.</summary>
public sealed class LedenQueries(WijkDbContext db)
{
    public Task<bool> IsBeheerAsync(int gebruikerId, CancellationToken cancellationToken) =>
        db.Gebruikers.AsNoTracking()
            .Where(g => g.Id == gebruikerId)
            .SelectMany(g => g.Rollen)
            .AnyAsync(r => r.Rol!.Naam == Rollen.Beheer, cancellationToken);

    public async Task<bool> MagBeherenAsync(int gebruikerId, int organisatieId, CancellationToken cancellationToken) =>
        await db.Organisaties.AnyAsync(o => o.Id == organisatieId, cancellationToken)
        && (await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == gebruikerId && l.OrganisatieId == organisatieId, cancellationToken)
            || await IsBeheerAsync(gebruikerId, cancellationToken));

    /// <summary>The collectives this account may manage, each with its members, by name.</summary>
    public async Task<IReadOnlyList<CollectiefLeden>> BeheerbaarAsync(int gebruikerId, CancellationToken cancellationToken)
    {
        var isBeheer = await IsBeheerAsync(gebruikerId, cancellationToken);
        var organisaties = await db.Organisaties.AsNoTracking()
            .Where(o => isBeheer
                ? o.Soort == OrganisatieSoort.Collectief || db.Lidmaatschappen.Any(l => l.OrganisatieId == o.Id)
                : db.Lidmaatschappen.Any(l => l.GebruikerId == gebruikerId && l.OrganisatieId == o.Id))
            .OrderBy(o => o.Naam)
            .Select(o => new { o.Id, o.Slug, o.Naam })
            .ToListAsync(cancellationToken);
        var ids = organisaties.Select(o => o.Id).ToList();
        var leden = await db.Lidmaatschappen.AsNoTracking()
            .Where(l => ids.Contains(l.OrganisatieId))
            .Join(db.Gebruikers, l => l.GebruikerId, g => g.Id, (l, g) => new
            {
                l.OrganisatieId,
                Lid = new Lid(g.Id, g.Naam, g.Email, g.WachtwoordHash != null),
            })
            .ToListAsync(cancellationToken);
        var perOrganisatie = leden.ToLookup(l => l.OrganisatieId, l => l.Lid);
        return organisaties
            .Select(o => new CollectiefLeden(o.Id, o.Slug, o.Naam, perOrganisatie[o.Id]
                .OrderBy(l => l.Naam, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(l => l.Email, StringComparer.OrdinalIgnoreCase)
                .ToList()))
            .ToList();
    }
}

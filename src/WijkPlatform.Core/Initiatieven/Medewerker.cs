using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>A staff member handling requests, read from the database for each request: a wijkteam member sees the
/// wijken bound to the account; beheer sees every wijk and the central queue (requests without a wijk).</summary>
public sealed record Medewerker(int GebruikerId, string Naam, IReadOnlyCollection<int> Wijken, bool IsBeheer)
{
    public bool MagZien(int? wijkId) => IsBeheer || wijkId is int w && Wijken.Contains(w);

    /// <summary>The audit log speaks of people as <see cref="Beheerder"/>s.</summary>
    public Beheerder AlsBeheerder => new(GebruikerId, Naam, [], false);

    public static async Task<Medewerker?> LeesAsync(WijkDbContext db, int gebruikerId, bool isBeheer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var g = await db.Gebruikers.AsNoTracking()
            .Where(x => x.Id == gebruikerId)
            .Select(x => new { x.Naam, x.Email, Wijken = x.Wijken.Select(w => w.WijkId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return g is null ? null : new Medewerker(gebruikerId, string.IsNullOrWhiteSpace(g.Naam) ? g.Email : g.Naam, g.Wijken, isBeheer);
    }
}

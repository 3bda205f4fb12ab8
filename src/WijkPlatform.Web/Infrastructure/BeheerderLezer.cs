using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Reads who is acting from the database for each request, so memberships count as they are now, not as
/// they were when the person signed in.</summary>
public sealed class BeheerderLezer(WijkDbContext db)
{
    public async Task<Beheerder> LeesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var gebruiker = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Id == id)
            .Select(g => new { g.Naam, g.Email, Collectieven = g.Lidmaatschappen.Select(l => l.OrganisatieId).ToList() })
            .SingleAsync(cancellationToken);
        return new Beheerder(id, gebruiker.Naam.Length > 0 ? gebruiker.Naam : gebruiker.Email, gebruiker.Collectieven,
            user.IsInRole(Rollen.Redactie) || user.IsInRole(Rollen.Beheer));
    }
}

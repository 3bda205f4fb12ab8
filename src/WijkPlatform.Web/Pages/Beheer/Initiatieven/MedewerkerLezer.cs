using System.Globalization;
using System.Security.Claims;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Beheer.Initiatieven;

/// <summary>The staff member behind the request, read from the database each time, so a wijk that was just taken off
/// the account stops counting at once.</summary>
internal static class MedewerkerLezer
{
    public static Task<Medewerker?> LeesAsync(WijkDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        return Medewerker.LeesAsync(db, id, user.IsInRole(Rollen.Beheer), cancellationToken);
    }
}

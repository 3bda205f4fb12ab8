using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>Identity's claims (id, e-mail, roles) plus whether two-step sign-in is on, which <see cref="TweeStapsBeleid"/> reads.</summary>
internal sealed class GebruikerClaims(UserManager<Gebruiker> users, RoleManager<Rol> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Gebruiker, Rol>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Gebruiker user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identiteit = await base.GenerateClaimsAsync(user);
        if (user.TweeStapsAan)
        {
            identiteit.AddClaim(new Claim(TweeStapsBeleid.Claim, "aan"));
        }

        return identiteit;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>Identity's sign-in with two additions: an account beheer disabled cannot sign in at all (every sign-in
/// path, password, code and invitation, asks <see cref="CanSignInAsync"/> first, and the sign-in page shows the same
/// message as for a wrong password, so nobody learns which addresses have an account); and a successful sign-in
/// records <see cref="Gebruiker.LaatstIngelogdUtc"/>.</summary>
internal sealed class WijkSignInManager(
    UserManager<Gebruiker> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Gebruiker> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Gebruiker>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Gebruiker> confirmation,
    WijkDbContext db,
    TimeProvider clock)
    : SignInManager<Gebruiker>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool vernieuwen;

    public override async Task<bool> CanSignInAsync(Gebruiker user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UitgeschakeldUtc is null && await base.CanSignInAsync(user);
    }

    public override async Task SignInWithClaimsAsync(Gebruiker user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The invitation page signs in without asking; a disabled account must not get a session that way either.
        if (!vernieuwen && !await CanSignInAsync(user))
        {
            throw new InvalidOperationException($"Account {user.Id} is uitgeschakeld en kan niet inloggen.");
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        if (!vernieuwen)
        {
            // Straight in the database: saving the tracked account would change its concurrency stamp and make beheer's
            // open edit form of this account fail for no reason.
            var nu = clock.GetUtcNow().UtcDateTime;
            await db.Gebruikers.Where(g => g.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.LaatstIngelogdUtc, nu));
        }
    }

    /// <summary>A refresh after a change to one's own two-step settings re-issues the cookie; that is not a sign-in.</summary>
    public override async Task RefreshSignInAsync(Gebruiker user)
    {
        vernieuwen = true;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            vernieuwen = false;
        }
    }
}

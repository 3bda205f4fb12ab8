using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>Staff (wijkteam, redactie, beheer) sign in with two steps. Until they have set that up, this policy lets them
/// reach only the pages marked <see cref="TweeStapsNietNodigAttribute"/> (the setup page, signing out); any other page
/// sends them to the setup page. It is also the default policy, so every [Authorize] includes it.</summary>
public static class TweeStapsBeleid
{
    public const string Naam = "TweeStapsVoorMedewerkers";

    /// <summary>Set in the sign-in cookie when the account has two-step sign-in on; renewed with the security stamp.</summary>
    public const string Claim = "wijk:tweestaps";

    public const string InstelPagina = "/beheer/account/tweestaps";

    public static AuthorizationPolicy Maak() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new Vereiste()).Build();

    public static bool MoetNogInstellen(ClaimsPrincipal gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return Rollen.Medewerkers.Any(gebruiker.IsInRole) && !gebruiker.HasClaim(Claim, "aan");
    }

    public sealed class Vereiste : IAuthorizationRequirement;

    internal sealed class Handler : AuthorizationHandler<Vereiste>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Vereiste requirement)
        {
            var endpoint = context.Resource switch
            {
                HttpContext http => http.GetEndpoint(),
                Endpoint e => e,
                _ => null,
            };
            if (!MoetNogInstellen(context.User) || endpoint?.Metadata.GetMetadata<TweeStapsNietNodigAttribute>() is not null)
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>A refusal because of this policy alone becomes a redirect to the setup page instead of "geen toegang",
    /// and brings the person back to where they were going once it is done.</summary>
    internal sealed class Doorsturen : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler standaard = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(authorizeResult);
            if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<Vereiste>().Any() == true)
            {
                var terug = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect($"{InstelPagina}?ReturnUrl={Uri.EscapeDataString(terug)}");
                return Task.CompletedTask;
            }

            return standaard.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}

using Hangfire;
using Hangfire.Dashboard;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Bedrijfsvoering;

internal static class TakenDashboard
{
    public const string Pad = "/beheer/jobs";

    /// <summary>Hangfire's dashboard, for beheer signed in with both steps. Hangfire's own filters are emptied (their
    /// default lets only local requests in) so the endpoint's policies decide, with the site's own answers: the sign-in
    /// page, the two-step setup page or "geen toegang". Its buttons post with the site's antiforgery token, which
    /// Hangfire reads from IAntiforgery and checks on every post.</summary>
    public static IEndpointConventionBuilder MapTakenDashboard(this IEndpointRouteBuilder endpoints)
    {
        var opties = new DashboardOptions
        {
            AppPath = "/beheer",
            DashboardTitle = "Achtergrondtaken van het WijkPlatform",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [],
        };
        return endpoints.MapHangfireDashboard(Pad, opties).RequireAuthorization(TweeStapsBeleid.Naam, WebServices.BeheerBeleid);
    }
}

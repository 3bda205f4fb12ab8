namespace WijkPlatform.Web.Infrastructure;

/// <summary>Security headers on every response. The policy allows no inline script or style at all: scripts and styles
/// come from this site only; the one outside source is map tiles from OpenStreetMap. The one exception is Hangfire's
/// dashboard under /beheer/jobs (ADR 20): its pages carry style attributes, so there, and only there, inline styles
/// are allowed; scripts stay the site's own.</summary>
internal sealed class BeveiligingsHeaders(RequestDelegate next)
{
    internal const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    internal const string DashboardCsp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static readonly PathString Dashboard = new("/beheer/jobs");

    public Task InvokeAsync(HttpContext context)
    {
        // Read now: the dashboard's own pipeline moves /beheer/jobs from Path into PathBase before the response starts.
        var csp = context.Request.Path.StartsWithSegments(Dashboard, StringComparison.OrdinalIgnoreCase) ? DashboardCsp : Csp;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A page with a secret in its address (a personal link) sets a stricter policy itself.
            headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

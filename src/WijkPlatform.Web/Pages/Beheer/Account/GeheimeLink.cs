namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>A page with a secret in its address or content (a reset or invitation link, recovery codes): kept out of
/// caches, search engines and the Referer sent to other sites.</summary>
internal static class GeheimeLink
{
    public static void Bescherm(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}

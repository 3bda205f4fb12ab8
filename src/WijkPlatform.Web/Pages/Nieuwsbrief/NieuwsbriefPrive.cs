using Microsoft.AspNetCore.Http;

namespace WijkPlatform.Web.Pages.Nieuwsbrief;

internal static class NieuwsbriefPrive
{
    /// <summary>The code is in the address: keep it out of caches, search engines and the Referer sent to other sites.</summary>
    public static void ZetKoppen(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}

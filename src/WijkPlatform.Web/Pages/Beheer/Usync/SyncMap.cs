using WijkPlatform.Core;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Usync;

/// <summary>The uSync folder the site imports from at start: Site:SyncMap, or else the one found beside the
/// application or in the repository root. The same rule as <see cref="WebServices.BereidDatabaseVoorAsync"/>.</summary>
internal static class SyncMap
{
    public static string? Zoek(SiteOptions site, IWebHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(site.SyncMap)
            ? Paden.Zoek(environment.ContentRootPath, "uSync", "README.md")
            : Path.GetFullPath(site.SyncMap, environment.ContentRootPath);
}

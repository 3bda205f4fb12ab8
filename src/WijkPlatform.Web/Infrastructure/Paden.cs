namespace WijkPlatform.Web.Infrastructure;

/// <summary>wwwroot/ and uSync/ live at the repository root, and beside the binaries once published; the host looks
/// in both places so that `dotnet run`, the test host and a published build all find them.</summary>
internal static class Paden
{
    public static string? Zoek(string contentRoot, string map, string merkteken)
    {
        var dir = new DirectoryInfo(contentRoot);
        for (var niveau = 0; dir is not null && niveau < 4; niveau++, dir = dir.Parent)
        {
            var kandidaat = Path.Combine(dir.FullName, map);
            if (Path.Exists(Path.Combine(kandidaat, merkteken)))
            {
                return kandidaat;
            }
        }

        var naastApp = Path.Combine(AppContext.BaseDirectory, map);
        return Path.Exists(Path.Combine(naastApp, merkteken)) ? naastApp : null;
    }
}

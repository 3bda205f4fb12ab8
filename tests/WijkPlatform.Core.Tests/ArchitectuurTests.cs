using System.Reflection;
using System.Xml.Linq;
using WijkPlatform.Core.Data;
using Xunit;

namespace WijkPlatform.Core.Tests;

public sealed class ArchitectuurTests
{
    private const string AspNetCore = "Microsoft.AspNetCore";

    [Fact]
    public void CoreAssembly_VerwijstNietNaarAspNetCore()
    {
        var core = typeof(WijkDbContext).Assembly;

        var (bezocht, aspNetPaden) = VolgReferenties(core);

        Assert.Contains("Microsoft.EntityFrameworkCore", bezocht);
        Assert.Contains("Ical.Net", bezocht);
        Assert.Empty(aspNetPaden);
    }

    [Fact]
    public void CoreAssembly_DirecteReferenties_BevattenGeenAspNetCore()
    {
        var core = typeof(WijkDbContext).Assembly;

        var namen = core.GetReferencedAssemblies().Select(r => r.Name).ToList();

        Assert.DoesNotContain("Microsoft.AspNetCore.Http.Abstractions", namen);
        Assert.DoesNotContain("Microsoft.AspNetCore.App", namen);
        Assert.DoesNotContain(namen, n => n?.StartsWith(AspNetCore, StringComparison.OrdinalIgnoreCase) == true);
    }

    // The compiler drops unused references from the assembly, so a FrameworkReference shows only in the project file.
    [Fact]
    public void CoreProject_HeeftGeenAspNetCoreFrameworkOfPakket()
    {
        var project = XDocument.Load(Path.Combine(RepositoryMap(), "src", "WijkPlatform.Core", "WijkPlatform.Core.csproj"));

        var sdk = project.Root?.Attribute("Sdk")?.Value;
        var frameworks = project.Descendants("FrameworkReference").Select(e => (string?)e.Attribute("Include")).ToList();
        var pakketten = project.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include")).ToList();

        Assert.Equal("Microsoft.NET.Sdk", sdk);
        Assert.DoesNotContain(frameworks, f => f?.StartsWith(AspNetCore, StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(pakketten, p => p?.StartsWith(AspNetCore, StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains("Ical.Net", pakketten);
    }

    private static (HashSet<string> Bezocht, List<string> AspNetPaden) VolgReferenties(Assembly start)
    {
        var bezocht = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start.GetName().Name! };
        var aspNetPaden = new List<string>();
        var wachtrij = new Queue<(Assembly Assembly, string Pad)>([(start, start.GetName().Name!)]);

        while (wachtrij.TryDequeue(out var huidig))
        {
            foreach (var referentie in huidig.Assembly.GetReferencedAssemblies())
            {
                if (referentie.Name is not { } naam || !bezocht.Add(naam))
                {
                    continue;
                }

                var pad = $"{huidig.Pad} -> {naam}";
                if (naam.StartsWith(AspNetCore, StringComparison.OrdinalIgnoreCase))
                {
                    aspNetPaden.Add(pad);
                    continue;
                }

                try
                {
                    wachtrij.Enqueue((Assembly.Load(referentie), pad));
                }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // Optional dependencies of a package (design-time, other platforms) need not be present.
                }
            }
        }

        return (bezocht, aspNetPaden);
    }

    private static string RepositoryMap()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "WijkPlatform.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException($"WijkPlatform.sln niet gevonden boven {AppContext.BaseDirectory}.");
    }
}

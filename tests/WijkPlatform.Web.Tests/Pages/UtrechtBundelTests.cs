using System.Text.RegularExpressions;

namespace WijkPlatform.Web.Tests.Pages;

/// <summary>The site serves only the NL Design System components named in utrecht-componenten.txt (ADR 21); these
/// tests keep that list, the classes in the sources and the stylesheets the pages link from drifting apart.</summary>
public sealed partial class UtrechtBundelTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Bundel = "/lib/utrecht/utrecht.css";

    [Fact]
    public void Bronnen_ElkeUtrechtKlasse_KomtUitEenComponentInDeBundel()
    {
        var lijst = Componenten().ToHashSet(StringComparer.Ordinal);

        var ontbrekend = GebruikteKlassen()
            .Where(k => !lijst.Contains(Component(k.Klasse)))
            .Select(k => $"{k.Klasse} in {k.Bestand} (component {Component(k.Klasse)})")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(ontbrekend.Count == 0,
            "Deze klassen horen bij een component dat niet in utrecht-componenten.txt staat:\n" + string.Join('\n', ontbrekend));
    }

    [Fact]
    public void Lijst_ElkeComponent_WordtOokGebruikt()
    {
        var gebruikt = GebruikteKlassen().Select(k => Component(k.Klasse)).ToHashSet(StringComparer.Ordinal);

        var overbodig = Componenten().Where(c => !gebruikt.Contains(c)).ToList();

        Assert.True(overbodig.Count == 0,
            "utrecht-componenten.txt noemt componenten die geen pagina gebruikt: " + string.Join(", ", overbodig));
    }

    [Fact]
    public void Lijst_Volgorde_IsDieVanDeComponentenbibliotheek()
    {
        var pakketten = Path.Combine(RepositoryMap(), "node_modules", "@utrecht");
        var bibliotheek = Path.Combine(pakketten, "component-library-css", "dist", "index.css");
        // The first build runs npm ci, so node_modules is there wherever the tests run after a build.
        Assert.True(File.Exists(bibliotheek), "node_modules ontbreekt: voer npm ci uit in de hoofdmap van de repository.");

        var geheel = File.ReadAllText(bibliotheek).ReplaceLineEndings("\n");

        // html-content is the library's separate html.css; it comes last, where that file used to be linked.
        var componenten = Componenten().ToList();
        Assert.Equal("html-content", componenten[^1]);
        var posities = componenten.SkipLast(1)
            .Select(c => (Component: c, Positie: geheel.IndexOf("\n" + EersteSelector(pakketten, c) + "\n", StringComparison.Ordinal)))
            .ToList();

        Assert.All(posities, p => Assert.True(p.Positie >= 0, $"{p.Component} staat niet in de componentenbibliotheek."));
        Assert.Equal(posities.OrderBy(p => p.Positie).Select(p => p.Component), posities.Select(p => p.Component));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/activiteiten/koffie-inloop-de-haard")]
    [InlineData("/inloggen")]
    [InlineData("/bestaat-niet")]
    public async Task Get_Pagina_LinktAlleenStylesheetsDieBestaanEnGeserveerdWorden(string pad)
    {
        using var client = app.MaakClient();

        var html = await (await client.GetAsync(pad, TestContext.Current.CancellationToken)).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken);
        var links = StylesheetLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.Equal(new[] { Bundel, "/css/site.css" }, links.Select(Pad));
        foreach (var link in links)
        {
            // asp-append-version leaves the ?v= off when the file is missing, so its presence proves the file exists.
            Assert.Contains("?v=", link, StringComparison.Ordinal);
            var response = await client.GetAsync(link, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} gaf {(int)response.StatusCode}.");
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Get_Bundel_BevatTokensEnElkeComponentUitDeLijst()
    {
        using var client = app.MaakClient();

        var css = await client.GetStringAsync(Bundel, TestContext.Current.CancellationToken);

        Assert.StartsWith("@charset \"UTF-8\";\n", css, StringComparison.Ordinal);
        Assert.Single(CharsetRegel().Matches(css));
        Assert.Contains(".utrecht-theme {", css, StringComparison.Ordinal);
        Assert.All(Componenten(), c => Assert.Matches($@"\.utrecht-{(c == "html-content" ? "html" : c)}(?![\w-])", css));
        Assert.DoesNotContain(".utrecht-accordion", css, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Componenten() =>
        File.ReadAllLines(Path.Combine(RepositoryMap(), "src", "WijkPlatform.Web", "utrecht-componenten.txt"))
            .Select(r => r.Trim())
            .Where(r => r.Length > 0 && !r.StartsWith('#'));

    /// <summary>Every utrecht-* class the site can put in a page: Razor views, C# that writes HTML, and its script.</summary>
    private static IEnumerable<(string Klasse, string Bestand)> GebruikteKlassen()
    {
        var root = RepositoryMap();
        var bestanden = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "wwwroot", "js"), "*.js", SearchOption.AllDirectories));
        foreach (var bestand in bestanden)
        {
            // utrecht-theme is the design tokens' class, and the bundle always starts with the tokens.
            foreach (var m in UtrechtKlasse().Matches(File.ReadAllText(bestand)).Where(m => m.Value != "utrecht-theme"))
            {
                yield return (m.Value, Path.GetRelativePath(root, bestand));
            }
        }
    }

    /// <summary>utrecht-breadcrumb-nav__list--html-ol belongs to breadcrumb-nav; utrecht-html is html-content's class.</summary>
    private static string Component(string klasse)
    {
        var blok = klasse["utrecht-".Length..].Split("__")[0].Split("--")[0];
        return blok == "html" ? "html-content" : blok;
    }

    private static string EersteSelector(string pakketten, string component) =>
        File.ReadLines(Path.Combine(pakketten, component + "-css", "dist", "index.css"))
            .First(r => r.StartsWith(".utrecht-", StringComparison.Ordinal) && r.EndsWith('{'));

    private static string Pad(string link) => link.Split('?')[0];

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

    // A class, not a custom property: --utrecht-link-color is preceded by a dash and so does not match.
    [GeneratedRegex(@"(?<![\w-])utrecht-[a-z0-9]+(?:-[a-z0-9]+)*(?:__[a-z0-9]+(?:-[a-z0-9]+)*)?(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?")]
    private static partial Regex UtrechtKlasse();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("@charset")]
    private static partial Regex CharsetRegel();
}

using System.Text.RegularExpressions;
using static WijkPlatform.Web.Tests.Informatie.RedactieHulp;

namespace WijkPlatform.Web.Tests.Informatie;

/// <summary>Whatever an editor (or someone who took over an editor's account) types, the public page and the preview
/// never carry active content: no script, no event handlers, no javascript: or data: links, no frames or styles.</summary>
public sealed partial class VijandigeInhoudTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Titel = "Buurtfeest <script>alert('titel')</script><img src=x onerror=alert(1)>";

    private const string Samenvatting = "Kom ook! <script>alert('samenvatting')</script>\"><svg onload=alert(1)>";

    private const string Eenvoudig = "Het is gezellig.\n\n<iframe src=\"https://elders.example.org\"></iframe>\n\n[klik](javascript:alert('kort'))";

    private const string Inhoud = """
        ## Welkom

        <script>alert('inhoud')</script>

        <img src="x" onerror="alert('img')">

        [gewone link](/activiteiten) en [gevaarlijke link](javascript:alert('link'))

        [verstopt](&#106;avascript&#58;alert('entiteit')) en [ook verstopt](JaVaScRiPt:alert(1))

        <a href="&#x6A;avascript:alert('html')">html-link</a>

        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data-link</a>

        ![plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

        <iframe src="https://elders.example.org/"></iframe>

        <style>body { display: none }</style>

        <p style="background:url(javascript:alert('style'))">opgemaakt</p>

        <svg><script>alert('svg')</script><circle onload="alert(1)"/></svg>

        <object data="x.swf"></object><embed src="x.swf"><form action="https://elders.example.org"><button>Stuur</button></form>

        <details open ontoggle="alert('toggle')">meer</details>

        &lt;script&gt;alert('tekst')&lt;/script&gt;
        """;

    [Fact]
    public async Task PubliekePagina_BevatGeenActieveInhoud()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("vijandig");
        await MaakAsync(app, redactie, "paginas", Formulier(Titel, slug, Inhoud, samenvatting: Samenvatting, eenvoudig: Eenvoudig));

        var html = await app.HaalAsync("/" + slug);

        ControleerVeilig(Artikel(html));
        ControleerVeilig(html[..html.IndexOf("<body", StringComparison.Ordinal)]);
        Assert.Contains("href=\"/activiteiten\"", Artikel(html), StringComparison.Ordinal);
        Assert.Contains("gevaarlijke link", Artikel(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nieuwsbericht_BevatGeenActieveInhoud()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("vijandignieuws");
        await MaakAsync(app, redactie, "nieuws", Formulier(Titel, slug, Inhoud, samenvatting: Samenvatting, eenvoudig: Eenvoudig));

        var html = await app.HaalAsync("/nieuws/" + slug);
        var lijst = await app.HaalAsync("/nieuws");

        ControleerVeilig(Artikel(html));
        var berichten = Hoofd(lijst);
        ControleerVeilig(berichten[berichten.IndexOf("<ul class=\"red-nieuwslijst\">", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task VoorbeeldVanOngeslagenTekst_BevatGeenActieveInhoud()
    {
        using var redactie = await app.IngelogdAsync(Redactie);

        var response = await PostAsync(redactie, "/beheer/paginas/nieuw",
            Formulier(Titel, Uniek("vijandigvoorbeeld"), Inhoud, samenvatting: Samenvatting, eenvoudig: Eenvoudig), "Voorbeeld");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ControleerVeilig(Artikel(html));
        ControleerVeilig(html[..html.IndexOf("<body", StringComparison.Ordinal)]);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task VoorbeeldVanConcept_EnFormulier_BevattenGeenActieveInhoud()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var id = await MaakAsync(app, redactie, "paginas",
            Formulier(Titel, Uniek("vijandigconcept"), Inhoud, samenvatting: Samenvatting, eenvoudig: Eenvoudig), "Concept");

        var voorbeeld = await redactie.GetStringAsync($"/beheer/paginas/{id}/voorbeeld", Ct);
        var formulier = await redactie.GetStringAsync($"/beheer/paginas/{id}", Ct);

        ControleerVeilig(Artikel(voorbeeld));
        Assert.DoesNotContain("<script", formulier, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", formulier, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", formulier, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Text may mention anything once it is encoded (&lt;script&gt; is harmless); what matters are the real
    /// tags and their attributes.</summary>
    private static void ControleerVeilig(string html)
    {
        string[] verbodenTags = ["script", "iframe", "style", "svg", "object", "embed", "form", "button", "input", "textarea", "base", "meta http-equiv"];
        var tags = Tag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(tags);
        foreach (var tag in tags)
        {
            var naam = tag.TrimStart('<', '/').Split(' ', '>', '/')[0].ToLowerInvariant();
            Assert.False(verbodenTags.Contains(naam), $"Tag {tag} staat in:\n{html}");
            var namen = Waarde().Replace(tag, "\"\"");
            Assert.False(Gebeurtenis().IsMatch(namen), $"Event handler in {tag}");
            Assert.False(namen.Contains("style=", StringComparison.OrdinalIgnoreCase), $"Style in {tag}");
            foreach (Match waarde in Adres().Matches(tag))
            {
                var adres = WebUtility.HtmlDecode(waarde.Groups[2].Value).Trim().ToLowerInvariant();
                Assert.False(adres.StartsWith("javascript:", StringComparison.Ordinal) || adres.StartsWith("data:", StringComparison.Ordinal)
                    || adres.StartsWith("vbscript:", StringComparison.Ordinal) || adres.StartsWith("//", StringComparison.Ordinal),
                    $"Gevaarlijk adres in {tag}");
            }
        }
    }

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Waarde();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Gebeurtenis();

    [GeneratedRegex("(href|src|action|formaction|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Adres();
}

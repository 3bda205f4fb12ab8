using System.Globalization;
using System.Text.RegularExpressions;

namespace WijkPlatform.Web.Tests.Zoeken;

/// <summary>Reads what a resident sees on /zoeken out of the HTML: the count, the result titles and fragments, and
/// the facet links.</summary>
internal static partial class ZoekPagina
{
    public static async Task<string> HaalAsync(HttpClient client, string queryString)
    {
        var response = await client.GetAsync("/zoeken?" + queryString, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Asks again until <paramref name="gevonden"/> holds or <paramref name="maximaal"/> has passed.</summary>
    public static async Task<string> WachtOpAsync(HttpClient client, string queryString, Func<string, bool> gevonden,
        TimeSpan maximaal)
    {
        var klok = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var html = await HaalAsync(client, queryString);
            if (gevonden(html) || klok.Elapsed > maximaal)
            {
                return html;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken);
        }
    }

    public static int Aantal(string html)
    {
        var match = Status().Match(html);
        Assert.True(match.Success, "Geen regel met het aantal resultaten (role=status) in:\n" + Inhoud(html));
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static List<string> Titels(string html) =>
        Titel().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    public static List<string> Urls(string html) =>
        Titel().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static List<string> Fragmenten(string html) => Fragment().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static List<string> Metas(string html) =>
        Meta().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The page's main content, for a failure message.</summary>
    public static string Inhoud(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var einde = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && einde > start ? html[start..einde] : html;
    }

    /// <summary>The count in the facet link "Naam (n)" that sets <paramref name="filter"/> to <paramref name="waarde"/>.</summary>
    public static int? FacetAantal(string html, string filter, string waarde)
    {
        var match = Regex.Match(html, $"href=\"[^\"]*[?&;]{filter}={Regex.Escape(waarde)}\"[^>]*>[^<(]+\\((\\d+)\\)</a>",
            RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("role=\"status\">\\s*(\\d+) resulta")]
    private static partial Regex Status();

    [GeneratedRegex("<h3 class=\"utrecht-heading-3 wijk-agenda__titel\"><a class=\"utrecht-link\" href=\"([^\"]+)\">([^<]+)</a></h3>")]
    private static partial Regex Titel();

    [GeneratedRegex("<p class=\"utrecht-paragraph wijk-zoek__fragment\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Fragment();

    [GeneratedRegex("<p class=\"wijk-meta\">([^<]*)</p>")]
    private static partial Regex Meta();
}

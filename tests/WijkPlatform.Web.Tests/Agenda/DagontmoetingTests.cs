using System.Text.Json;
using System.Text.RegularExpressions;

namespace WijkPlatform.Web.Tests.Agenda;

public sealed partial class DagontmoetingTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_Dagontmoeting_ToontVandaagOpenNuOpenEnDeOpeningstijden()
    {
        var html = await app.HaalAsync("/dagontmoeting");

        var tegel = Tegel(html, "Huiskamer De Haard");
        Assert.Contains("Vandaag open 10:00–14:00", tegel, StringComparison.Ordinal);
        Assert.Contains("Nu open", tegel, StringComparison.Ordinal);
        Assert.Contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">dinsdag</th>", tegel, StringComparison.Ordinal);
        Assert.Contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">donderdag</th>", tegel, StringComparison.Ordinal);
        Assert.Contains("24 december tot en met 1 januari (Kerstvakantie: gesloten)", tegel, StringComparison.Ordinal);
        Assert.DoesNotContain("Nu open", Tegel(html, "Ontmoetingsochtend in De Hille"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Dagontmoeting_HeeftOpeningHoursSpecification()
    {
        var html = await app.HaalAsync("/dagontmoeting");

        var plekken = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value).RootElement.EnumerateArray().ToList();
        var huiskamer = plekken.Single(p => p.GetProperty("name").GetString() == "Huiskamer De Haard");
        var dagen = huiskamer.GetProperty("openingHoursSpecification").EnumerateArray()
            .Select(o => $"{o.GetProperty("dayOfWeek").GetString()} {o.GetProperty("opens").GetString()}-{o.GetProperty("closes").GetString()}")
            .ToList();
        Assert.Equal(["https://schema.org/Tuesday 10:00-14:00", "https://schema.org/Thursday 10:00-14:00"], dagen);
        Assert.Equal("2026-12-24", huiskamer.GetProperty("specialOpeningHoursSpecification")[0].GetProperty("validFrom").GetString());
    }

    [Fact]
    public async Task Get_DagontmoetingInDeKerstvakantie_ToontGeslotenMetReden()
    {
        var was = app.Klok.Nu;
        app.Klok.Nu = new DateTimeOffset(2026, 12, 29, 10, 0, 0, TimeSpan.Zero);
        try
        {
            var html = await app.HaalAsync("/dagontmoeting");
            var voorpagina = await app.HaalAsync("/");

            Assert.Contains("Vandaag gesloten: Kerstvakantie: gesloten", Tegel(html, "Huiskamer De Haard"), StringComparison.Ordinal);
            Assert.DoesNotContain("Huiskamer De Haard", voorpagina[voorpagina.IndexOf("Dagontmoeting: vandaag open", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
        finally
        {
            app.Klok.Nu = was;
        }
    }

    private static string Tegel(string html, string titel)
    {
        var begin = html.IndexOf($">{titel}</a></h2>", StringComparison.Ordinal);
        Assert.True(begin > 0, $"{titel} staat niet op de pagina.");
        return html[begin..html.IndexOf("</li>\n", begin, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}

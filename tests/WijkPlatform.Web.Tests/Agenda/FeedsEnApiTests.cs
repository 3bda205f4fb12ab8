using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ical.Net;
using Ical.Net.DataTypes;

namespace WijkPlatform.Web.Tests.Agenda;

public sealed partial class FeedsEnApiTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static readonly DateTime December = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AgendaIcs_MetWijkfilter_IsGeldigeKalenderMetAlleenDieWijk()
    {
        var ics = await app.HaalAsync("/agenda.ics?wijk=ussen");
        var api = await JsonAsync("/api/activiteiten?wijk=ussen&perPagina=100&periode=datums&van=2026-11-24&tot=2027-02-21");

        var kalender = Calendar.Load(ics)!;
        var ussen = api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToHashSet();
        Assert.NotEmpty(kalender.Events);
        Assert.All(kalender.Events, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Summary));
            Assert.Contains(e.Url!.AbsolutePath.Split('/')[^1], ussen);
        });
        Assert.Equal(kalender.Events.Count, kalender.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task ActiviteitIcs_ReeksMetVerplaatsing_GeeftDeNieuweDatumInAgendaprogrammas()
    {
        var kalender = Calendar.Load(await app.HaalAsync("/activiteiten/taalcafe-de-haard/agenda.ics"))!;

        var starts = kalender.GetOccurrences(new CalDateTime(December))
            .TakeWhile(o => o.Period.StartTime.AsUtc < December.AddDays(14))
            .Select(o => o.Period.StartTime.AsUtc)
            .ToList();

        Assert.Contains(new DateTime(2026, 12, 10, 18, 0, 0, DateTimeKind.Utc), starts);
        Assert.DoesNotContain(new DateTime(2026, 12, 9, 18, 0, 0, DateTimeKind.Utc), starts);
        Assert.Contains(new DateTime(2026, 12, 2, 18, 0, 0, DateTimeKind.Utc), starts);
    }

    [Fact]
    public async Task ActiviteitIcs_ReeksMetUitzondering_SlaatDieDatumOver()
    {
        var kalender = Calendar.Load(await app.HaalAsync("/activiteiten/repair-cafe-ruwaard/agenda.ics"))!;

        var starts = kalender.GetOccurrences(new CalDateTime(December))
            .TakeWhile(o => o.Period.StartTime.AsUtc < December.AddDays(70))
            .Select(o => o.Period.StartTime.AsUtc.Date)
            .ToList();

        Assert.DoesNotContain(new DateTime(2026, 12, 26), starts);
        Assert.Contains(new DateTime(2027, 1, 30), starts);
    }

    [Fact]
    public async Task ActiviteitIcs_Dagontmoeting_GeeftOpeningstijdenZonderDeKerstsluiting()
    {
        var kalender = Calendar.Load(await app.HaalAsync("/activiteiten/huiskamer-de-haard/agenda.ics"))!;

        var starts = kalender.GetOccurrences(new CalDateTime(December))
            .TakeWhile(o => o.Period.StartTime.AsUtc < December.AddDays(42))
            .Select(o => o.Period.StartTime.AsUtc)
            .ToList();

        Assert.Equal(2, kalender.Events.Count);
        Assert.Contains(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), starts);
        Assert.Contains(new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc), starts);
        Assert.DoesNotContain(starts, s => s >= new DateTime(2026, 12, 24) && s < new DateTime(2027, 1, 2));
        Assert.Contains(new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc), starts);
    }

    [Fact]
    public async Task ActiviteitIcs_EenDatumVanDeDetailpagina_GeeftPreciesDieDatum()
    {
        var detail = await app.HaalAsync("/activiteiten/huiskamer-de-haard");
        var link = WebUtility.HtmlDecode(IcsLink().Match(detail).Groups[1].Value);

        var kalender = Calendar.Load(await app.HaalAsync(link))!;

        var e = Assert.Single(kalender.Events);
        Assert.Null(e.RecurrenceRule);
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 24, 13, 0, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
    }

    [Theory]
    [InlineData("/activiteiten/bestaat-niet/agenda.ics")]
    [InlineData("/activiteiten/huiskamer-de-haard/agenda.ics?start=2026-11-25T09:00Z")]
    [InlineData("/activiteiten/huiskamer-de-haard/agenda.ics?start=gisteren")]
    public async Task ActiviteitIcs_OnbekendeActiviteitOfDatum_Geeft404(string url)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_Activiteiten_HeeftVasteVeldnamenEnDezelfdeAantallenAlsDePagina()
    {
        var json = await JsonAsync("/api/activiteiten?categorie=dagontmoeting&periode=week&perPagina=5");
        var pagina = await app.HaalAsync("/activiteiten?categorie=dagontmoeting&periode=week");

        var totaal = json.GetProperty("totaal").GetInt32();
        Assert.Contains($"{totaal} activiteiten gevonden", pagina, StringComparison.Ordinal);
        Assert.Equal(5, json.GetProperty("perPagina").GetInt32());
        Assert.Equal((totaal + 4) / 5, json.GetProperty("aantalPaginas").GetInt32());
        var item = json.GetProperty("items")[0];
        foreach (var veld in new[] { "slug", "titel", "start", "eind", "categorie", "dagontmoeting", "wijk", "doelgroep", "gratis", "aanmeldenNodig", "rolstoeltoegankelijk", "url" })
        {
            Assert.True(item.TryGetProperty(veld, out _), $"Veld '{veld}' ontbreekt.");
        }

        Assert.True(item.GetProperty("dagontmoeting").GetBoolean());
        Assert.EndsWith("Z", item.GetProperty("start").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Activiteiten_GeeftEtagEn304AlsErNietsVeranderde()
    {
        using var client = app.MaakClient();
        var eerste = await client.GetAsync("/api/activiteiten?wijk=ruwaard", TestContext.Current.CancellationToken);
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/activiteiten?wijk=ruwaard");
        verzoek.Headers.IfNoneMatch.Add(eerste.Headers.ETag!);

        var tweede = await client.SendAsync(verzoek, TestContext.Current.CancellationToken);
        var ander = await client.GetAsync("/api/activiteiten?wijk=ussen", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.NotNull(eerste.Headers.ETag);
        Assert.True(eerste.Headers.CacheControl?.Public);
        Assert.Equal(HttpStatusCode.NotModified, tweede.StatusCode);
        Assert.NotEqual(eerste.Headers.ETag, ander.Headers.ETag);
    }

    [Fact]
    public async Task Api_OngeldigFilter_Geeft400MetMeldingPerVeld()
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync("/api/activiteiten?wijk=atlantis&perPagina=1000", TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Deze wijk kennen we niet", json.GetProperty("errors").GetProperty("wijk")[0].GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("errors").TryGetProperty("perPagina", out _));
    }

    [Fact]
    public async Task AgendaRss_IsGeldigeRssMetDezelfdeActiviteiten()
    {
        var rss = XDocument.Parse(await app.HaalAsync("/agenda.rss?categorie=dagontmoeting&periode=week"));
        var json = await JsonAsync("/api/activiteiten?categorie=dagontmoeting&periode=week&perPagina=100");

        var items = rss.Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal("2.0", rss.Root.Attribute("version")!.Value);
        Assert.Equal(json.GetProperty("totaal").GetInt32(), items.Count);
        Assert.All(items, i => Assert.StartsWith("http", i.Element("link")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_BeschrijftDeActiviteitenApi()
    {
        var json = await JsonAsync("/api/openapi.json");

        var pad = json.GetProperty("paths").GetProperty("/api/activiteiten").GetProperty("get");
        var parameters = pad.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("wijk", parameters);
        Assert.Contains("periode", parameters);
        Assert.Contains("perPagina", parameters);
    }

    [Fact]
    public async Task Detailpagina_HeeftEventJsonLdEnOpenGraph()
    {
        var html = await app.HaalAsync("/activiteiten/taalcafe-de-haard");

        var ld = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value).RootElement;
        var eerste = ld[0];
        Assert.Equal("Event", eerste.GetProperty("@type").GetString());
        Assert.Equal("Taalcafé: samen Nederlands praten", eerste.GetProperty("name").GetString());
        Assert.Equal("2026-11-25T19:00:00+01:00", eerste.GetProperty("startDate").GetString());
        Assert.Equal("Place", eerste.GetProperty("location").GetProperty("@type").GetString());
        Assert.Contains("<meta property=\"og:title\" content=\"Taalcafé: samen Nederlands praten\">", html, StringComparison.Ordinal);
        Assert.Contains("Let op: Deze week op donderdag", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detailpagina_AfbeeldingHeeftAltTekst()
    {
        var html = await app.HaalAsync("/activiteiten/koffie-inloop-de-haard");

        Assert.Contains("<img class=\"wijk-afbeelding\" src=\"/media/activiteiten/koffie.svg\" alt=\"Tekening van een groene koffiekop", html, StringComparison.Ordinal);
    }

    private async Task<JsonElement> JsonAsync(string url) => JsonDocument.Parse(await app.HaalAsync(url)).RootElement;

    [GeneratedRegex("href=\"(/activiteiten/huiskamer-de-haard/agenda\\.ics\\?start=[^\"]+)\"")]
    private static partial Regex IcsLink();

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Agenda;

/// <summary>The agenda counts at most 1,000 dates (or just past the page asked for), so a busy year does not slow every
/// page down; the page and the API then say "more than", and paging on still works.</summary>
public sealed class AgendaTelGrensTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Jaar = "periode=datums&van=2026-11-25&tot=2027-11-24";

    [Fact]
    public async Task Get_MeerDanDeTelgrens_ZegtMeerDanDuizendEnBiedtEenVolgendePagina()
    {
        var categorie = await DrieDagelijkseReeksenAsync();

        var html = await app.HaalAsync($"/activiteiten?categorie={categorie}&{Jaar}");
        var api = await JsonAsync($"/api/activiteiten?categorie={categorie}&{Jaar}");

        Assert.Contains("Meer dan 1.000 activiteiten gevonden, pagina 1.", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Equal(1000, api.GetProperty("totaal").GetInt32());
        Assert.True(api.GetProperty("meerDanTotaal").GetBoolean());
        Assert.Equal(50, api.GetProperty("aantalPaginas").GetInt32());
        Assert.Equal(20, api.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Get_VerrePaginaVoorbijDeTelgrens_TeltDoorEnGeeftDeLaatsteDatums()
    {
        var categorie = await DrieDagelijkseReeksenAsync();

        // Three daily series from 25 November 2026 up to and including 23 November 2027: 3 × 364 dates.
        var laatste = await JsonAsync($"/api/activiteiten?categorie={categorie}&{Jaar}&pagina=55");
        var voorbij = await JsonAsync($"/api/activiteiten?categorie={categorie}&{Jaar}&pagina=70");

        Assert.Equal(3 * 364, laatste.GetProperty("totaal").GetInt32());
        Assert.False(laatste.GetProperty("meerDanTotaal").GetBoolean());
        Assert.Equal(55, laatste.GetProperty("aantalPaginas").GetInt32());
        Assert.Equal(55, laatste.GetProperty("pagina").GetInt32());
        Assert.Equal(3 * 364 - 54 * 20, laatste.GetProperty("items").GetArrayLength());
        Assert.StartsWith("2027-11-23", laatste.GetProperty("items").EnumerateArray().Last().GetProperty("start").GetString(), StringComparison.Ordinal);
        // Past the end: the last page, as without the limit.
        Assert.Equal(55, voorbij.GetProperty("pagina").GetInt32());
    }

    [Fact]
    public async Task Zoek_DatumDieVoorDePeriodeBegonEnNogBezigIs_StaatErIn()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        // Begins 23:00 Dutch time on the 24th and lasts 20 hours: still going on at 09:00 on the 25th.
        await ActiviteitenAsync(id, ("nachtwake", new DateTime(2026, 11, 24, 23, 0, 0), 20 * 60, null));
        var van = new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

        var pagina = await MetAgendaAsync(a => a.ZoekAsync(new AgendaFilter { VanUtc = van, TotUtc = van.AddDays(1), Categorie = id },
            TestContext.Current.CancellationToken));

        var kaart = Assert.Single(pagina.Items);
        Assert.Equal($"nachtwake-{id}", kaart.Slug);
        Assert.Equal(1, pagina.Totaal);
        Assert.False(pagina.MeerDanTotaal);
    }

    [Fact]
    public async Task Plannen_DuurLangerDanEenDag_WordtAfgekaptOpDeLangsteDuur()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await ActiviteitenAsync(id, ("marathon", new DateTime(2026, 12, 1, 10, 0, 0), 3 * 24 * 60, null));

        var datums = await app.MetDbAsync(db => db.Voorkomens.Where(v => v.Activiteit!.Slug == $"marathon-{id}")
            .Select(v => new { v.StartUtc, v.EindUtc }).ToListAsync(TestContext.Current.CancellationToken));

        var datum = Assert.Single(datums);
        Assert.Equal(Voorkomen.LangsteDuur, datum.EindUtc - datum.StartUtc);
    }

    private async Task<string> DrieDagelijkseReeksenAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var begin = new DateTime(2026, 11, 25, 10, 0, 0);
        await ActiviteitenAsync(id,
            ("ochtend", begin, 60, "FREQ=DAILY;UNTIL=20271123T235959Z"),
            ("middag", begin.AddHours(4), 60, "FREQ=DAILY;UNTIL=20271123T235959Z"),
            ("avond", begin.AddHours(9), 60, "FREQ=DAILY;UNTIL=20271123T235959Z"));
        return id;
    }

    private Task<int[]> ActiviteitenAsync(string id, params (string Naam, DateTime StartLokaal, int Duur, string? Herhaling)[] activiteiten) =>
        AgendaHulp.ActiviteitenAsync(app, id, "ruwaard", activiteiten);

    private Task<T> MetAgendaAsync<T>(Func<AgendaQueries, Task<T>> vraag) => AgendaHulp.MetAgendaAsync(app, vraag);

    private async Task<JsonElement> JsonAsync(string url) => JsonDocument.Parse(await app.HaalAsync(url)).RootElement;
}

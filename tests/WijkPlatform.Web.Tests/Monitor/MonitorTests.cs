using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Monitor;
using WijkPlatform.Web.Pages.Beheer.Monitor;

namespace WijkPlatform.Web.Tests.Monitor;

public sealed class MonitorTests(MonitorApp app) : IClassFixture<MonitorApp>
{
    private const string Beheer = "beheer@example.nl";

    private string Pagina => $"/beheer/monitor?wijk={app.WijkSlug}&van={MonitorApp.Van}&tot={MonitorApp.Tot}";

    private async Task<MonitorRapport> RapportAsync(string van, string tot)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        var id = await db.Gebruikers.Where(g => g.Email == Beheer).Select(g => g.Id).SingleAsync(TestContext.Current.CancellationToken);
        var wie = await Medewerker.LeesAsync(db, id, isBeheer: true, TestContext.Current.CancellationToken);
        var periode = MonitorInvoer.Lees(van, tot, app.Klok.Nu.UtcDateTime).Periode!;
        var rapport = await scope.ServiceProvider.GetRequiredService<MonitorQueries>().RapportAsync(wie!, app.WijkSlug, periode, TestContext.Current.CancellationToken);
        return rapport!;
    }

    [Fact]
    public async Task Rapport_BekendeGegevens_GeeftElkCijferExact()
    {
        var r = await RapportAsync(MonitorApp.Van, MonitorApp.Tot);

        Assert.Equal(app.WijkNaam, r.WijkNaam);
        Assert.Equal(
            [new(app.CategorieFormule, false, 1, 4), new(app.CategorieB, false, 2, 2), new ActiviteitenPerCategorie(app.CategorieInloop, true, 2, 38)],
            r.Activiteiten);
        Assert.Equal(
            [new(app.CategorieFormule, 3, 4, 2, 4, 1, 1), new(app.CategorieB, 3, 7, 1, 2, 0, 0), new AanmeldingenPerCategorie(app.CategorieInloop, 1, 3, 0, 0, 0, 0)],
            r.Aanmeldingen);
        Assert.Equal(
            [new(app.CategorieFormule, 1, 1, 1, 2, 1), new(app.CategorieB, 2, 1, 0, 6, 1), new AanwezigheidPerCategorie(app.CategorieInloop, 0, 0, 1, 0, 0)],
            r.Aanwezigheid);
        Assert.Equal([50m, 33.3m, null], r.Aanwezigheid.Select(a => a.NietGekomenProcent));
        Assert.Equal([new(app.YogaTitel, 2, 2, 2, 4), new WachtlijstActiviteit(app.KookTitel, 10, 1, 1, 2)], r.Wachtlijst);
        Assert.Equal([100m, 20m], r.Wachtlijst.Select(w => w.ProcentVanPlaatsen));
        Assert.Equal(new WachtlijstTotaal(2, 3, 3, 6, 14), r.WachtlijstTotaal);
        Assert.Equal(30m, r.WachtlijstTotaal.ProcentWachtend);
        Assert.Equal([new(app.PlekNaam, 1, 26, 1, 3), new DagontmoetingPlek("Zonder vaste plek", 1, 12, 0, 0)], r.Dagontmoeting);
        Assert.Equal(
        [
            new(InitiatiefStatus.InBehandeling, 1, 0, 0), new(InitiatiefStatus.Toegekend, 1, 400_00, 300_00),
            new(InitiatiefStatus.Afgewezen, 1, 200_00, 0), new InitiatievenPerStatus(InitiatiefStatus.Uitbetaald, 1, 150_00, 150_00),
        ], r.Initiatieven);
        Assert.Equal(new Besluitduur(4, 19.5m, 17.5m, 10, 21), r.Besluitduur);
        Assert.Equal([new BudgetJaar(2026, 10_000_00, 750_00, 400_00, 150_00)], r.Budget);
        Assert.Equal(9_600_00, r.Budget[0].OverInCenten);
        Assert.Equal(
        [
            new(new Maand(2026, 1), 18, 8, 14, 1, 2), new(new Maand(2026, 2), 13, 2, 6, 2, 1), new MaandCijfers(new Maand(2026, 3), 13, 0, 0, 1, 1),
        ], r.Maanden);
    }

    [Fact]
    public async Task Rapport_DatumNogNietBegonnen_TeltBijAanmeldingenMaarNietBijAanwezigheid()
    {
        var r = await RapportAsync("2026-11", "2026-12");

        Assert.Equal(new AanmeldingenPerCategorie(app.CategorieToekomst, 2, 3, 0, 0, 0, 0), Assert.Single(r.Aanmeldingen, a => a.Categorie == app.CategorieToekomst));
        Assert.Equal(new AanwezigheidPerCategorie(app.CategorieToekomst, 1, 0, 0, 1, 0), Assert.Single(r.Aanwezigheid, a => a.Categorie == app.CategorieToekomst));
        Assert.Equal([1, 1], r.Maanden.Select(m => m.Aanmeldingen));
        Assert.Equal([1, 2], r.Maanden.Select(m => m.Personen));
    }

    [Fact]
    public async Task Pagina_ElkeGrafiek_HeeftRolTitelEnDescEnDezelfdeGetallenAlsDeTabel()
    {
        using var client = await app.IngelogdAsync(Beheer);
        var html = await client.GetStringAsync(Pagina, TestContext.Current.CancellationToken);
        var figuren = MonitorFiguren.Maak(await RapportAsync(MonitorApp.Van, MonitorApp.Tot));

        Assert.Equal(MonitorFiguren.Sleutels, figuren.Select(f => f.Sleutel));
        foreach (var f in figuren)
        {
            var svg = MonitorPagina.Svg(html, f.Sleutel);
            Assert.NotNull(svg);
            Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
            Assert.Contains($"aria-labelledby=\"grafiek-{f.Sleutel}-titel grafiek-{f.Sleutel}-desc\"", svg, StringComparison.Ordinal);
            Assert.Matches($"<title id=\"grafiek-{f.Sleutel}-titel\">[^<]+</title>", svg);
            Assert.Matches($"<desc id=\"grafiek-{f.Sleutel}-desc\">[^<]{{20,}}</desc>", svg);
            Assert.Contains("viewBox=\"0 0 ", svg, StringComparison.Ordinal);
            Assert.Contains("width=\"100%\"", svg, StringComparison.Ordinal);

            var tabel = MonitorPagina.Tabel(html, f.Sleutel);
            Assert.Equal([f.Tabel.LabelKolom, .. f.Tabel.Kolommen.Select(k => k.Kop)], tabel[0]);
            var lichaam = tabel.Skip(1).Take(f.GrafiekRijen.Count).ToList();
            var merken = System.Text.RegularExpressions.Regex.Matches(svg, "data-rij=\"(\\d+)\" data-kolom=\"(\\d+)\" data-waarde=\"([^\"]+)\"");
            Assert.Equal(f.GrafiekRijen.Count * f.GrafiekKolommen.Count, merken.Count);
            foreach (System.Text.RegularExpressions.Match merk in merken)
            {
                var rij = int.Parse(merk.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var kolom = f.GrafiekKolommen[int.Parse(merk.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
                Assert.Equal(MonitorPagina.Getal(lichaam[rij][kolom + 1]), MonitorPagina.Getal(merk.Groups[3].Value.Replace('.', ',')));
            }
        }
    }

    [Fact]
    public async Task Pagina_Tabellen_TonenDeBekendeCijfers()
    {
        using var client = await app.IngelogdAsync(Beheer);
        var html = await client.GetStringAsync(Pagina, TestContext.Current.CancellationToken);

        Assert.Equal([app.CategorieFormule, "1", "4"], MonitorPagina.Tabel(html, "activiteiten")[1]);
        Assert.Equal(["Totaal", "5", "44"], MonitorPagina.Tabel(html, "activiteiten")[^1]);
        Assert.Equal(["Totaal", "3", "2", "2", "8", "2", "40%"], MonitorPagina.Tabel(html, "aanwezigheid")[^1]);
        Assert.Equal([app.YogaTitel, "2", "2", "2", "4", "100%"], MonitorPagina.Tabel(html, "wachtlijst")[1]);
        Assert.Equal([app.WijkNaam, "4", "19,5", "17,5", "10", "21"], MonitorPagina.Tabel(html, "besluitduur")[1]);
        Assert.Equal(["2026", "€ 10.000,00", "€ 750,00", "€ 400,00", "€ 150,00", "€ 9.600,00"], MonitorPagina.Tabel(html, "wijkbudget")[1]);
        Assert.Equal(["februari 2026", "13", "2", "6"], MonitorPagina.Tabel(html, "maanden-activiteiten")[2]);
        Assert.Equal(["Totaal", "4", "4"], MonitorPagina.Tabel(html, "maanden-aanvragen")[^1]);
        Assert.Contains("Van alle personen die een plaats vroegen, staat 30% nog op de wachtlijst.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_ElkeFiguur_ZelfdeGetallenAlsDeTabelMetBomPuntkommaEnFormulebescherming()
    {
        using var client = await app.IngelogdAsync(Beheer);
        var html = await client.GetStringAsync(Pagina, TestContext.Current.CancellationToken);
        var periode = new MonitorPeriode(new Maand(2026, 1), new Maand(2026, 3));

        foreach (var sleutel in MonitorFiguren.Sleutels)
        {
            var response = await client.GetAsync(MonitorLinks.Naar(sleutel, "csv", app.WijkSlug, periode), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var csv = MonitorPagina.Csv(Encoding.UTF8.GetString(bytes[3..]).TrimEnd('\r', '\n'));
            var tabel = MonitorPagina.Tabel(html, sleutel);

            Assert.Equal(tabel.Count, csv.Count);
            Assert.Equal(tabel[0], csv[0]);
            for (var i = 1; i < tabel.Count; i++)
            {
                Assert.Equal(tabel[i][0], csv[i][0].TrimStart('\''));
                Assert.Equal(tabel[i].Skip(1).Select(MonitorPagina.Getal), csv[i].Skip(1).Select(MonitorPagina.Getal));
            }
        }

        var alles = Encoding.UTF8.GetString(await client.GetByteArrayAsync(MonitorLinks.Naar(MonitorFiguren.Alles, "csv", app.WijkSlug, periode), TestContext.Current.CancellationToken));
        Assert.Contains($"'{app.CategorieFormule};1;4\r\n", alles, StringComparison.Ordinal);
        Assert.Contains($"'{app.YogaTitel};2;2;2;4;100\r\n", alles, StringComparison.Ordinal);
        Assert.Contains("2026;10000,00;750,00;400,00;150,00;9600,00\r\n", alles, StringComparison.Ordinal);
        Assert.Contains($"{app.WijkNaam};4;19,5;17,5;10;21\r\n", alles, StringComparison.Ordinal);
        foreach (var f in MonitorFiguren.Maak(await RapportAsync(MonitorApp.Van, MonitorApp.Tot)))
        {
            Assert.Contains(f.Titel, alles, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\n=", alles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportXlsx_ElkeFiguurEnAlles_GetallenAlsGetalGelijkAanDeTabel()
    {
        using var client = await app.IngelogdAsync(Beheer);
        var html = await client.GetStringAsync(Pagina, TestContext.Current.CancellationToken);
        var periode = new MonitorPeriode(new Maand(2026, 1), new Maand(2026, 3));
        var figuren = MonitorFiguren.Maak(await RapportAsync(MonitorApp.Van, MonitorApp.Tot));

        var response = await client.GetAsync(MonitorLinks.Naar(MonitorFiguren.Alles, "xlsx", app.WijkSlug, periode), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MonitorXlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        var bladen = MonitorPagina.Xlsx(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(figuren.Select(f => f.Blad), bladen.Keys);
        foreach (var f in figuren)
        {
            var tabel = MonitorPagina.Tabel(html, f.Sleutel);
            var blad = bladen[f.Blad];
            Assert.Equal(tabel.Count, blad.Count);
            Assert.Equal(tabel[0], blad[0].Select(c => c!.Tekst));
            for (var i = 1; i < tabel.Count; i++)
            {
                Assert.False(blad[i][0]!.IsGetal);
                Assert.Equal(tabel[i][0], blad[i][0]!.Tekst);
                for (var k = 1; k < tabel[i].Count; k++)
                {
                    var cel = k < blad[i].Count ? blad[i][k] : null;
                    Assert.Equal(MonitorPagina.Getal(tabel[i][k]), cel is null ? "" : MonitorPagina.Getal(cel.Tekst.Replace('.', ',')));
                    Assert.True(cel is null || cel.IsGetal);
                }
            }

            var los = MonitorPagina.Xlsx(await client.GetByteArrayAsync(MonitorLinks.Naar(f.Sleutel, "xlsx", app.WijkSlug, periode), TestContext.Current.CancellationToken));
            Assert.Equal(blad.Select(r => r.Select(c => c?.Tekst)), Assert.Single(los).Value.Select(r => r.Select(c => c?.Tekst)));
        }

        Assert.Equal(app.CategorieFormule, bladen["Activiteiten"][1][0]!.Tekst);
    }

    [Fact]
    public async Task Get_OngeldigePeriode_ToontMeldingBijHetVeldEnHoudtWatIngevuldWas()
    {
        using var client = await app.IngelogdAsync(Beheer);

        var html = await client.GetStringAsync($"/beheer/monitor?wijk={app.WijkSlug}&van=2026-13&tot=2026-02", TestContext.Current.CancellationToken);
        var omgedraaid = await client.GetStringAsync($"/beheer/monitor?wijk={app.WijkSlug}&van=2026-05&tot=2026-02", TestContext.Current.CancellationToken);
        var teLang = await client.GetStringAsync("/beheer/monitor?van=2020-01&tot=2026-02", TestContext.Current.CancellationToken);
        var export = await client.GetAsync($"/beheer/monitor/export?figuur=aanvragen&formaat=csv&van=%3Dx&tot=2026-02", TestContext.Current.CancellationToken);

        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-van\">Vul de eerste maand in als jaar en maand, zoals 2026-11.</span>", html, StringComparison.Ordinal);
        Assert.Matches("id=\"van\" name=\"van\" value=\"2026-13\"[^>]*aria-describedby=\"uitleg-periode fout-van\" aria-invalid=\"true\"", html);
        Assert.Contains("value=\"2026-02\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-figuur", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-tot\">De laatste maand ligt vóór de eerste maand.", omgedraaid, StringComparison.Ordinal);
        Assert.Contains("hoogstens 36 maanden", teLang, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }

    [Fact]
    public async Task Get_ZonderPeriode_ToontDeLaatste12MaandenEnDezeMaand()
    {
        using var client = await app.IngelogdAsync(Beheer);

        var html = await client.GetStringAsync($"/beheer/monitor?wijk={app.WijkSlug}", TestContext.Current.CancellationToken);

        Assert.Contains("november 2025 tot en met november 2026", html, StringComparison.Ordinal);
        Assert.Equal(13 + 2, MonitorPagina.Tabel(html, "maanden-aanvragen").Count);
        Assert.Contains("value=\"2025-11\"", html, StringComparison.Ordinal);
    }
}

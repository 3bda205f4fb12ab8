using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Web.Tests.Beheer;
using static WijkPlatform.Web.Tests.Initiatieven.InitiatiefHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>The wijkteam's queue page by page, on a wijk of its own with a wijkteam member bound to it only, so the
/// counts do not depend on what other tests put in the queue.</summary>
public sealed class WachtrijTests(WachtrijTests.App app) : IClassFixture<WachtrijTests.App>
{
    /// <summary>The site, with the test wijk made once: the tests only read it, and the tests of one class run one at a time.</summary>
    public sealed class App : WijkApp
    {
        internal Task<EigenWijk>? Wijk { get; set; }
    }

    private const int Open = 30;
    private const int Afgewezen = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Wachtrij_MeerDanEenPagina_Pagina2ToontDeRest_KortsteTermijnEerst()
    {
        var wijk = await (app.Wijk ??= EigenWijkAsync());
        using var team = await wijk.IngelogdAsync(app);

        var pagina1 = await team.GetStringAsync("/beheer/initiatieven", Ct);
        var pagina2 = await team.GetStringAsync("/beheer/initiatieven?pagina=2", Ct);

        Assert.Contains($">{Open} aanvragen, pagina 1 van 2</p>", pagina1, StringComparison.Ordinal);
        Assert.Contains($">{Open} aanvragen, pagina 2 van 2</p>", pagina2, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, InitiatiefQueries.PerPagina).Select(wijk.Titel), Titels(pagina1, wijk));
        Assert.Equal(Enumerable.Range(InitiatiefQueries.PerPagina + 1, Open - InitiatiefQueries.PerPagina).Select(wijk.Titel), Titels(pagina2, wijk));
        Assert.Contains("rel=\"next\" href=\"/beheer/initiatieven?pagina=2\"", pagina1, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\" href=\"/beheer/initiatieven\"", pagina2, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" href=\"/beheer/initiatieven?pagina=2\"", pagina2, StringComparison.Ordinal);
        Assert.Contains("<title>Bewonersinitiatieven, pagina 2", pagina2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wachtrij_GevraagdBedrag_PerAanvraagUitDeBegroting()
    {
        var wijk = await (app.Wijk ??= EigenWijkAsync());
        using var team = await wijk.IngelogdAsync(app);

        var pagina2 = await team.GetStringAsync("/beheer/initiatieven?pagina=2", Ct);

        foreach (var n in Enumerable.Range(InitiatiefQueries.PerPagina + 1, Open - InitiatiefQueries.PerPagina))
        {
            // Two budget lines of n*10 and 5 euros, minus an own contribution of 5 euros.
            Assert.Contains($">{InitiatiefMails.Euro(n * 10_00)}</td>", Rij(pagina2, wijk.Titel(n)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-2", 1)]
    [InlineData("1.5", 1)]
    [InlineData("99999999999999999999", 1)]
    [InlineData("", 1)]
    [InlineData("3", 2)]
    [InlineData("2147483647", 2)]
    public async Task Wachtrij_OngeldigePagina_EerstOfLaatstePagina_GeenFout(string waarde, int verwacht)
    {
        var wijk = await (app.Wijk ??= EigenWijkAsync());
        using var team = await wijk.IngelogdAsync(app);

        var antwoord = await team.GetAsync($"/beheer/initiatieven?pagina={Uri.EscapeDataString(waarde)}", Ct);
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains($">{Open} aanvragen, pagina {verwacht} van 2</p>", html, StringComparison.Ordinal);
        Assert.Contains(wijk.Titel(verwacht == 1 ? 1 : Open), Titels(html, wijk));
    }

    [Fact]
    public async Task Wachtrij_FiltersBlijvenInDePaginalinks_EnTellenMee()
    {
        var wijk = await (app.Wijk ??= EigenWijkAsync());
        using var team = await wijk.IngelogdAsync(app);
        var id = wijk.Id.ToString(CultureInfo.InvariantCulture);

        var alle = await team.GetStringAsync($"/beheer/initiatieven?status=alle&wijk={id}", Ct);
        var alleLaatste = await team.GetStringAsync($"/beheer/initiatieven?status=alle&wijk={id}&pagina=2", Ct);
        var alleenAfgewezen = await team.GetStringAsync("/beheer/initiatieven?status=Afgewezen", Ct);

        Assert.Contains($">{Open + Afgewezen} aanvragen, pagina 1 van 2</p>", alle, StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/initiatieven?status=alle&amp;wijk={id}&amp;pagina=2\"", alle, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(InitiatiefQueries.PerPagina + 1, Open + Afgewezen - InitiatiefQueries.PerPagina).Select(wijk.Titel),
            Titels(alleLaatste, wijk));
        Assert.Contains($">{Afgewezen} aanvragen</p>", alleenAfgewezen, StringComparison.Ordinal);
        Assert.Equal([wijk.Titel(Open + 1), wijk.Titel(Open + 2)], Titels(alleenAfgewezen, wijk));
        Assert.DoesNotContain("class=\"wijk-paginering\"", alleenAfgewezen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wachtrij_Toegang_WijkteamAlleenEigenWijk_BeheerAlles_OokPerPagina()
    {
        var wijk = await (app.Wijk ??= EigenWijkAsync());
        var ruwaardTitel = $"Ruwaard {Guid.NewGuid():N}";
        await IngediendAsync(app, "ruwaard", ruwaardTitel, [100m]);
        var ruwaardId = (await WijkIdAsync(app, "ruwaard")).ToString(CultureInfo.InvariantCulture);
        using var team = await wijk.IngelogdAsync(app);
        using var ruwaard = await app.IngelogdAsync(WijkteamRuwaard);
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var teamAndereWijk = await team.GetStringAsync($"/beheer/initiatieven?wijk={ruwaardId}&status=alle", Ct);
        var teamPagina2 = await team.GetStringAsync("/beheer/initiatieven?status=alle&pagina=2", Ct);
        var beheerPagina2 = await beheer.GetStringAsync($"/beheer/initiatieven?wijk={wijk.Id}&pagina=2", Ct);
        var ruwaardAlles = new List<string>();
        for (var p = 1; ; p++)
        {
            var html = await ruwaard.GetStringAsync($"/beheer/initiatieven?status=alle&pagina={p}", Ct);
            ruwaardAlles.Add(html);
            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        // A wijk that is not theirs is ignored as a filter: they see their own wijk, never the other one.
        Assert.Contains($">{Open + Afgewezen} aanvragen, pagina 1 van 2</p>", teamAndereWijk, StringComparison.Ordinal);
        Assert.DoesNotContain(ruwaardTitel, teamAndereWijk, StringComparison.Ordinal);
        Assert.DoesNotContain(ruwaardTitel, teamPagina2, StringComparison.Ordinal);
        Assert.Equal(Open + Afgewezen - InitiatiefQueries.PerPagina, Titels(teamPagina2, wijk).Count);
        Assert.DoesNotContain("centrale wachtrij", teamPagina2, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($">{Open} aanvragen, pagina 2 van 2</p>", beheerPagina2, StringComparison.Ordinal);
        Assert.Contains(ruwaardAlles, html => html.Contains(ruwaardTitel, StringComparison.Ordinal));
        Assert.All(ruwaardAlles, html => Assert.DoesNotContain(wijk.Voorvoegsel, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Beheer_CentraleWachtrij_TeltAlleenOpenAanvragenZonderWijk()
    {
        await IngediendAsync(app, null, $"Centraal open {Guid.NewGuid():N}", [100m]);
        await IngediendAsync(app, null, $"Centraal open {Guid.NewGuid():N}", [100m]);
        var dicht = await IngediendAsync(app, null, $"Centraal dicht {Guid.NewGuid():N}", [100m]);
        await WijzigAsync(app, dicht, i => i.Status = InitiatiefStatus.Afgesloten);
        await IngediendAsync(app, "ussen", $"Ussen {Guid.NewGuid():N}", [100m]);
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        using var ruwaard = await app.IngelogdAsync(WijkteamRuwaard);
        var open = Statusmachine.Open.ToList();
        var verwacht = await app.MetDbAsync(db => db.Initiatieven.CountAsync(i => i.WijkId == null && open.Contains(i.Status)));

        var overzicht = await beheer.GetStringAsync("/beheer/initiatieven", Ct);
        var centraal = await beheer.GetStringAsync("/beheer/initiatieven?wijk=centraal", Ct);
        var alsWijkteam = await ruwaard.GetStringAsync("/beheer/initiatieven?wijk=centraal", Ct);

        Assert.Contains($"In de centrale wachtrij staan {verwacht} aanvragen zonder wijk.", Regex.Replace(overzicht, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains($">{verwacht} aanvragen", centraal, StringComparison.Ordinal);
        Assert.DoesNotContain("Postcode niet gevonden: kies de wijk", alsWijkteam, StringComparison.Ordinal);
    }

    /// <summary>The titles of one wijk's requests on a page, in the order shown.</summary>
    private static List<string> Titels(string html, EigenWijk wijk) =>
        [.. Regex.Matches(html, $@"<td class=""utrecht-table__cell"">({Regex.Escape(wijk.Voorvoegsel)}\d+)</td>").Select(m => m.Groups[1].Value)];

    private static string Rij(string html, string titel)
    {
        var plek = html.IndexOf($">{titel}</td>", StringComparison.Ordinal);
        Assert.True(plek > 0, $"{titel} staat niet op de pagina.");
        var begin = html.LastIndexOf("<tr", plek, StringComparison.Ordinal);
        return html[begin..html.IndexOf("</tr>", plek, StringComparison.Ordinal)];
    }

    /// <summary>A new active wijk with <see cref="Open"/> open and <see cref="Afgewezen"/> rejected requests, titled
    /// in the order of their beslistermijn, but made in the opposite order so the ids do not give that order away; and
    /// a wijkteam member bound to this wijk only.</summary>
    private async Task<EigenWijk> EigenWijkAsync()
    {
        var sleutel = Guid.NewGuid().ToString("N")[..8];
        var wijkId = await app.MetDbAsync(async db =>
        {
            var w = new Wijk { Key = Guid.NewGuid(), Slug = $"wachtrij-{sleutel}", Naam = $"Wachtrijwijk {sleutel}", Actief = true, Volgorde = 800 };
            db.Wijken.Add(w);
            await db.SaveChangesAsync();
            return w.Id;
        });
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Wijkteam, tweeStaps: true);
        await app.MetDbAsync(db =>
        {
            db.WijkBindingen.Add(new WijkBinding { GebruikerId = account.Id, WijkId = wijkId });
            return db.SaveChangesAsync();
        });
        var wijk = new EigenWijk(wijkId, $"Wachtrij {sleutel} nr ", account);
        var nu = app.Klok.GetUtcNow().UtcDateTime;
        for (var n = Open + Afgewezen; n >= 1; n--)
        {
            var id = await IngediendAsync(app, $"wachtrij-{sleutel}", wijk.Titel(n), [n * 10m, 5m], eigenBijdrage: 5m);
            var termijn = nu.AddDays(n);
            var status = n > Open ? InitiatiefStatus.Afgewezen : InitiatiefStatus.Ingediend;
            await WijzigAsync(app, id, i => (i.BeslistermijnUtc, i.Status) = (termijn, status));
        }

        return wijk;
    }

    internal sealed record EigenWijk(int Id, string Voorvoegsel, TestAccount Account)
    {
        public string Titel(int n) => $"{Voorvoegsel}{n:00}";

        public Task<HttpClient> IngelogdAsync(WijkApp app) => app.IngelogdAsync(Account.Email, Account.Wachtwoord, Account.Sleutel);
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Informatie;

public sealed class OrganisatieOverzichtTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_ZonderFilter_BeideSoortenMetHunAanbod()
    {
        var html = await app.HaalAsync("/organisaties");

        Assert.Contains(">Bewonerscollectieven</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Partnerorganisaties</h2>", html, StringComparison.Ordinal);
        var wijkraad = Kaart(html, "wijkraad-ruwaard");
        Assert.Contains("<p class=\"wijk-meta\">Ruwaard</p>", wijkraad, StringComparison.Ordinal);
        Assert.Contains("href=\"/activiteiten/buurtlunch-de-haard\"", wijkraad, StringComparison.Ordinal);
        Assert.Contains($"{await AantalActiviteitenAsync("wijkraad-ruwaard", null)} activiteiten de komende 8 weken, zoals:", wijkraad, StringComparison.Ordinal);
        Assert.Contains("<p class=\"wijk-meta\">Heel Oss</p>", Kaart(html, "brabant-zorg"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WijkUssen_AlleenWieDaarZitOfIetsOrganiseertMetAanbodInUssen()
    {
        var html = await app.HaalAsync("/organisaties?wijk=ussen");

        Assert.Contains("<option value=\"ussen\" selected=\"selected\">Ussen</option>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wijkraad-oss-noordwest\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"wijkraad-ruwaard\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"beheerstichting-dn-iemhof\"", html, StringComparison.Ordinal);
        var brabantZorg = Kaart(html, "brabant-zorg");
        Assert.Contains($"{await AantalActiviteitenAsync("brabant-zorg", "ussen")} ", brabantZorg, StringComparison.Ordinal);
        Assert.Contains("de komende 8 weken in Ussen", brabantZorg, StringComparison.Ordinal);
        Assert.Contains("href=\"/activiteiten/ontmoetingsochtend-de-hille\"", brabantZorg, StringComparison.Ordinal);
        Assert.Contains("<title>Organisaties en collectieven in Ussen", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisaties\">Toon alle organisaties</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SoortCollectief_GeenPartners()
    {
        var html = await app.HaalAsync("/organisaties?soort=collectief");

        Assert.Contains(">Bewonerscollectieven</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Partnerorganisaties</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"brabant-zorg\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"collectief\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wijk=onbekend", "Deze wijk kennen we niet.")]
    [InlineData("soort=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Kies collectieven, partners of allebei.")]
    [InlineData("wijk=%00&soort=partner%27--", "Kies collectieven, partners of allebei.")]
    public async Task Get_OnbekendeFilter_MeldingBijHetVeldEnToontAlles(string query, string melding)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync($"/organisaties?{query}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(melding, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Fout: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wijkraad-ruwaard\"", html, StringComparison.Ordinal);
    }

    private static string Kaart(string html, string slug)
    {
        var begin = html.IndexOf($"id=\"{slug}\"", StringComparison.Ordinal);
        Assert.True(begin >= 0, $"{slug} staat niet op de pagina.");
        var eind = new[] { html.IndexOf("<li class=\"wijk-tegel\"", begin, StringComparison.Ordinal), html.IndexOf("</section>", begin, StringComparison.Ordinal) }
            .Where(i => i > 0).Min();
        return html[begin..eind];
    }

    /// <summary>Different activities (not dates) of the organisation in the coming 60 days, the way the page counts.</summary>
    private Task<int> AantalActiviteitenAsync(string organisatie, string? wijk) => app.MetDbAsync(db =>
    {
        var nu = app.Klok.Nu.UtcDateTime;
        return db.Voorkomens
            .Where(v => v.EindUtc > nu && v.StartUtc < nu.AddDays(60) && !v.Afgelast && v.Activiteit!.Organisatie!.Slug == organisatie)
            .Where(v => v.Activiteit!.Status == ActiviteitStatus.Gepubliceerd && (wijk == null || v.Activiteit.Wijk!.Slug == wijk))
            .Select(v => v.ActiviteitId).Distinct().CountAsync(Ct);
    });
}

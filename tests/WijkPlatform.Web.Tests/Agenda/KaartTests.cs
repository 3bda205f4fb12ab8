using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Tests.Agenda;

/// <summary>The map on an activity page is drawn on request: the page links no Leaflet, only the small kaart.js and a
/// button that names where Leaflet is, and only where the location has coordinates.</summary>
public sealed partial class KaartTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_LocatieMetCoordinaten_LinktGeenLeafletMaarToontKnopEnLink()
    {
        using var client = app.MaakClient();

        var html = await app.HaalAsync("/activiteiten/huiskamer-de-haard");

        var bronnen = Bronnen(html);
        Assert.DoesNotContain(bronnen, b => b.Contains("leaflet", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(bronnen, b => b.StartsWith("/js/kaart.js?v=", StringComparison.Ordinal));
        var knop = Assert.Single(Knop().Matches(html)).Value;
        Assert.Contains(" hidden ", knop, StringComparison.Ordinal);
        Assert.Contains("aria-expanded=\"false\"", knop, StringComparison.Ordinal);
        Assert.Contains("aria-controls=\"kaart-locatie\"", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"kaart-locatie\" hidden>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Kaart met de plek van de activiteit: ", html, StringComparison.Ordinal);
        Assert.Contains(">Bekijk op de kaart (OpenStreetMap)</a>", html, StringComparison.Ordinal);
        // What the button loads on a click must exist and be served as what it is.
        var bestanden = LeafletBron().Matches(knop).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Equal(["css", "js"], bestanden.Keys.Order(StringComparer.Ordinal));
        foreach (var (soort, adres) in bestanden)
        {
            Assert.StartsWith($"/lib/leaflet/leaflet.{soort}?v=", adres, StringComparison.Ordinal);
            var response = await client.GetAsync(adres, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(soort == "css" ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Get_LocatieZonderCoordinaten_ToontAdresZonderKnopOfKaartscript()
    {
        var slug = $"zonder-kaart-{Guid.NewGuid():N}";
        await app.MetDbAsync(async db =>
        {
            var voorbeeld = await db.Activiteiten.AsNoTracking().SingleAsync(a => a.Slug == "huiskamer-de-haard");
            var plek = new Locatie
            {
                Key = Guid.NewGuid(),
                Slug = slug,
                Naam = "Buurthuis Zonder Kaart",
                Straat = "Kaartloze Laan 1",
                WijkId = voorbeeld.WijkId,
            };
            db.Activiteiten.Add(new Activiteit
            {
                Key = Guid.NewGuid(),
                Slug = slug,
                Titel = "Activiteit zonder kaart",
                CategorieId = voorbeeld.CategorieId,
                WijkId = voorbeeld.WijkId,
                Locatie = plek,
                Doelgroep = voorbeeld.Doelgroep,
                StartLokaal = voorbeeld.StartLokaal,
                DuurMinuten = voorbeeld.DuurMinuten,
            });
            return await db.SaveChangesAsync();
        });

        var html = await app.HaalAsync($"/activiteiten/{slug}");

        Assert.Contains("Kaartloze Laan 1, Oss", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Bronnen(html), b => b.Contains("leaflet", StringComparison.OrdinalIgnoreCase) || b.Contains("kaart.js", StringComparison.Ordinal));
        Assert.Empty(Knop().Matches(html));
        Assert.DoesNotContain("data-kaart", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bekijk op de kaart", html, StringComparison.Ordinal);
    }

    private static List<string> Bronnen(string html) =>
        Bron().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"")]
    private static partial Regex Bron();

    [GeneratedRegex("data-kaart-(css|js)=\"([^\"]+)\"")]
    private static partial Regex LeafletBron();

    [GeneratedRegex("<button [^>]*data-kaart-js=[^>]*>Toon kaart</button>")]
    private static partial Regex Knop();
}

using System.Text.RegularExpressions;
using WijkPlatform.Web.Tests.Zoeken;
using static WijkPlatform.Web.Tests.Informatie.RedactieHulp;

namespace WijkPlatform.Web.Tests.Informatie;

public sealed partial class NieuwsTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Nieuws_ToontZichtbareBerichtenNieuwsteEerst()
    {
        var html = await app.HaalAsync("/nieuws");

        // Other tests of this class add news of their own, which can push the seed items to a later page.
        var slugs = await AlleSlugsAsync("/nieuws?");
        Assert.True(slugs.IndexOf("nieuws-ussen-doet-mee") is >= 0 and var ussen
            && ussen < slugs.IndexOf("nieuws-tien-jaar-samen-in-de-wijk"), string.Join(", ", slugs));
        Assert.True(slugs.IndexOf("nieuws-tien-jaar-samen-in-de-wijk") < slugs.IndexOf("nieuws-wijkteam-ruwaard-en-ussen"), string.Join(", ", slugs));
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Nieuws uit de wijk</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nieuws_FilterOpWijk_ToontNieuwsVanDieWijkEnVoorIedereen()
    {
        var ruwaard = await AlleSlugsAsync("/nieuws?wijk=ruwaard&");
        var ussen = await AlleSlugsAsync("/nieuws?wijk=ussen&");

        Assert.DoesNotContain("nieuws-ussen-doet-mee", ruwaard);
        Assert.Contains("nieuws-tien-jaar-samen-in-de-wijk", ruwaard);
        Assert.Contains("nieuws-ussen-doet-mee", ussen);
        Assert.Contains("nieuws-tien-jaar-samen-in-de-wijk", ussen);
        Assert.Contains("nieuws-ussen-doet-mee", await AlleSlugsAsync("/nieuws?wijk=bestaat-niet&"));
    }

    [Fact]
    public async Task Nieuws_Bladeren_ElkBerichtPreciesEenKeer()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var eigen = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            var slug = Uniek("stapel");
            eigen.Add(slug);
            await MaakAsync(app, redactie, "nieuws", Formulier($"Bericht {i}", slug));
        }

        var alle = new List<string>();
        for (var pagina = 1; pagina <= 10; pagina++)
        {
            var html = await app.HaalAsync($"/nieuws?pagina={pagina}");
            var slugs = Slugs(html);
            alle.AddRange(slugs);
            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.All(eigen, s => Assert.Single(alle, s));
        Assert.Contains("pagina=2", await app.HaalAsync("/nieuws"), StringComparison.Ordinal);

        // Made in this order at the same moment: the newest (highest id) first.
        var volgorde = alle.Where(eigen.Contains).ToList();
        Assert.Equal(Enumerable.Reverse(eigen), volgorde);
    }

    [Fact]
    public async Task Nieuwsbericht_ToontTekstEnKader()
    {
        var html = await app.HaalAsync("/nieuws/nieuws-ussen-doet-mee");

        Assert.Contains("Ussen doet mee", html, StringComparison.Ordinal);
        Assert.Contains("In het kort, in gewone taal", html, StringComparison.Ordinal);
        Assert.Contains("2 november 2026", html, StringComparison.Ordinal);
        Assert.Contains("· Ussen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nieuwsbericht_ConceptGeplandOfflineOfPagina_NietGevonden()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        using var bezoeker = app.MaakClient();
        var concept = Uniek("nconcept");
        var gepland = Uniek("ngepland");
        var offline = Uniek("noffline");
        await MaakAsync(app, redactie, "nieuws", Formulier("Concept", concept), "Concept");
        var velden = Formulier("Gepland", gepland);
        (velden["Input.Datum"], velden["Input.Tijd"]) = Lokaal(app.Klok.Nu.UtcDateTime.AddDays(3));
        await MaakAsync(app, redactie, "nieuws", velden, "Inplannen");
        var id = await MaakAsync(app, redactie, "nieuws", Formulier("Offline", offline));
        await PostAsync(redactie, $"/beheer/nieuws/{id}", Formulier("Offline", offline, versie: 1), "OfflineHalen");

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/nieuws/" + concept));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/nieuws/" + gepland));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/nieuws/" + offline));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/nieuws/bestaat-niet"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/nieuws/over"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/nieuws-ussen-doet-mee"));
        var lijst = Slugs(await app.HaalAsync("/nieuws"));
        Assert.DoesNotContain(concept, lijst);
        Assert.DoesNotContain(gepland, lijst);
        Assert.DoesNotContain(offline, lijst);
    }

    [Fact]
    public async Task NieuwsVoorEenWijk_WijkWordtBewaard_BeheerLijstToontHet()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var ussen = await WijkIdAsync(app, "ussen");
        var id = await MaakAsync(app, redactie, "nieuws", Formulier("Alleen Ussen", Uniek("nussen"), wijkId: ussen));

        var pagina = await LeesAsync(app, id);
        var lijst = await redactie.GetStringAsync("/beheer/nieuws", Ct);

        Assert.Equal(ussen, pagina.WijkId);
        Assert.Contains("Alleen Ussen", lijst, StringComparison.Ordinal);
        Assert.DoesNotContain(">Over Wij(k) de Ruwaard<", Hoofd(lijst), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zoeken_VindtGepubliceerdNieuwsOpZijnNieuwsadres_ConceptNiet()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        using var bezoeker = app.MaakClient();
        var woord = "Kwispelmarkt" + Guid.NewGuid().ToString("N")[..6];
        var zichtbaar = Uniek("zoeknieuws");
        var concept = Uniek("zoekconcept");
        await MaakAsync(app, redactie, "nieuws", Formulier($"{woord} op het plein", zichtbaar, $"De {woord} is zaterdag."));
        await MaakAsync(app, redactie, "nieuws", Formulier($"{woord} geheim", concept, $"De {woord} geheim."), "Concept");

        var html = await ZoekPagina.WachtOpAsync(bezoeker, "q=" + woord, h => ZoekPagina.Urls(h).Contains("/nieuws/" + zichtbaar),
            TimeSpan.FromSeconds(30));

        Assert.Contains("/nieuws/" + zichtbaar, ZoekPagina.Urls(html));
        Assert.DoesNotContain(ZoekPagina.Urls(html), u => u.Contains(concept, StringComparison.Ordinal));
    }

    private async Task<List<string>> AlleSlugsAsync(string adresMetVraagteken)
    {
        var alle = new List<string>();
        for (var pagina = 1; pagina <= 20; pagina++)
        {
            var html = await app.HaalAsync($"{adresMetVraagteken}pagina={pagina}");
            alle.AddRange(Slugs(html));
            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        return alle;
    }

    private static List<string> Slugs(string html) =>
        NieuwsLink().Matches(Hoofd(html)).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<h2 class=\"utrecht-heading-3\"><a class=\"utrecht-link\" href=\"/nieuws/([a-z0-9-]+)\">")]
    private static partial Regex NieuwsLink();
}

using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Informatie;
using static WijkPlatform.Web.Tests.Informatie.RedactieHulp;

namespace WijkPlatform.Web.Tests.Informatie;

public sealed class PaginaBeheerTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Inplannen_VoorHetMomentOnzichtbaar_ErnaZichtbaar_ZonderTaak()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        using var bezoeker = app.MaakClient();
        var slug = Uniek("gepland");
        var begin = app.Klok.Nu;
        var vanaf = begin.UtcDateTime.AddHours(2);
        var (datum, tijd) = Lokaal(vanaf);
        var velden = Formulier("Straks op de site", slug);
        velden["Input.Datum"] = datum;
        velden["Input.Tijd"] = tijd;

        try
        {
            var id = await MaakAsync(app, redactie, "paginas", velden, "Inplannen");
            var pagina = await LeesAsync(app, id);
            var lijst = await redactie.GetStringAsync("/beheer/paginas", Ct);
            var ervoor = await StatusAsync(bezoeker, "/" + slug);
            app.Klok.Nu = begin.AddHours(2).AddMinutes(1);
            var erna = await StatusAsync(bezoeker, "/" + slug);

            Assert.Equal(PaginaStatus.Gepland, pagina.Status);
            Assert.Equal(vanaf, DateTime.SpecifyKind(pagina.PublicerenVanafUtc!.Value, DateTimeKind.Utc));
            Assert.Equal(vanaf, DateTime.SpecifyKind(pagina.GepubliceerdUtc!.Value, DateTimeKind.Utc));
            Assert.Contains("Ingepland voor", lijst, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, ervoor);
            Assert.Equal(HttpStatusCode.OK, erna);
        }
        finally
        {
            app.Klok.Nu = begin;
        }
    }

    [Fact]
    public async Task Inplannen_MomentVoorbij_GeeftMeldingBijHetVeld()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("te-laat");
        var (datum, tijd) = Lokaal(app.Klok.Nu.UtcDateTime.AddHours(-1));
        var velden = Formulier("Te laat gepland", slug);
        velden["Input.Datum"] = datum;
        velden["Input.Tijd"] = tijd;

        var response = await PostAsync(redactie, "/beheer/paginas/nieuw", velden, "Inplannen");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-Datum\"", html, StringComparison.Ordinal);
        Assert.Contains("Kies een moment in de toekomst", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Te laat gepland\"", html, StringComparison.Ordinal);
        Assert.False(await app.MetDbAsync(db => db.Paginas.AnyAsync(p => p.Slug == slug, Ct)));
    }

    [Fact]
    public async Task Terugzetten_OudeTekstWordtNieuwsteVersie_TussenliggendeBlijven()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("terugzetten");
        var id = await MaakAsync(app, redactie, "paginas", Formulier("Eerste titel", slug, "De eerste tekst."));
        var tweede = await PostAsync(redactie, $"/beheer/paginas/{id}", Formulier("Tweede titel", slug, "De tweede tekst.", versie: 1), "Publiceren");
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);

        var terug = await WijkApp.PostFormAsync(redactie, $"/beheer/paginas/{id}?handler=Terugzetten&nummer=1",
            new Dictionary<string, string> { ["Input.Versie"] = "2" }, $"/beheer/paginas/{id}");
        var publiek = await app.HaalAsync("/" + slug);
        var versies = await VersiesAsync(app, id);
        var pagina = await LeesAsync(app, id);
        var bewerken = await redactie.GetStringAsync($"/beheer/paginas/{id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        Assert.Contains("De eerste tekst.", publiek, StringComparison.Ordinal);
        Assert.Contains("Eerste titel", publiek, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], versies.Select(v => v.Nummer));
        Assert.Equal("De tweede tekst.", versies[1].Inhoud);
        Assert.Equal("De eerste tekst.", versies[2].Inhoud);
        Assert.All(versies, v => Assert.Equal(Redactie, v.Door));
        Assert.Contains("Versie 1 teruggezet", versies[2].Toelichting, StringComparison.Ordinal);
        Assert.Equal(3, pagina.Versie);
        Assert.Equal(PaginaStatus.Gepubliceerd, pagina.Status);
        Assert.Contains("Zet deze versie terug", bewerken, StringComparison.Ordinal);
        var audit = await app.MetDbAsync(db => db.AuditLog.Where(a => a.Onderwerp == $"pagina:{id}:{slug}").Select(a => a.Actie).ToListAsync(Ct));
        Assert.Equal(3, audit.Count);
        Assert.Contains("pagina-nieuw", audit);
        Assert.Contains("pagina-gepubliceerd", audit);
        Assert.Contains("pagina-teruggezet", audit);
    }

    [Fact]
    public async Task OpslaanOpVerouderdeVersie_WordtGeweigerd_EnOverschrijftNiets()
    {
        using var eerste = await app.IngelogdAsync(Redactie);
        using var tweede = await app.IngelogdAsync(BeheerEmail);
        var slug = Uniek("samen");
        var id = await MaakAsync(app, eerste, "paginas", Formulier("Samen schrijven", slug, "Begin."), "Concept");

        var gelukt = await PostAsync(eerste, $"/beheer/paginas/{id}", Formulier("Samen schrijven", slug, "Tekst van de eerste.", versie: 1), "Concept");
        var geweigerd = await PostAsync(tweede, $"/beheer/paginas/{id}", Formulier("Samen schrijven", slug, "Tekst van de tweede.", versie: 1), "Concept");
        var html = await geweigerd.Content.ReadAsStringAsync(Ct);
        var pagina = await LeesAsync(app, id);

        Assert.Equal(HttpStatusCode.Redirect, gelukt.StatusCode);
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("iemand anders heeft deze pagina intussen gewijzigd", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Tekst van de tweede.", html, StringComparison.Ordinal);
        Assert.Equal("Tekst van de eerste.", pagina.Inhoud);
        Assert.Equal(2, pagina.Versie);
        Assert.Equal(2, (await VersiesAsync(app, id)).Count);
    }

    [Fact]
    public async Task ConceptEnOffline_ZijnVoorBezoekersNietGevonden()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        using var bezoeker = app.MaakClient();
        var concept = Uniek("concept");
        var offline = Uniek("offline");
        await MaakAsync(app, redactie, "paginas", Formulier("Nog niet klaar", concept), "Concept");
        var id = await MaakAsync(app, redactie, "paginas", Formulier("Straks weg", offline));
        var zichtbaar = await StatusAsync(bezoeker, "/" + offline);

        var weg = await PostAsync(redactie, $"/beheer/paginas/{id}", Formulier("Straks weg", offline, versie: 1), "OfflineHalen");
        var response = await bezoeker.GetAsync("/" + offline, Ct);

        Assert.Equal(HttpStatusCode.OK, zichtbaar);
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze pagina bestaat niet", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(bezoeker, "/" + concept));
        Assert.Equal(PaginaStatus.Ingetrokken, (await LeesAsync(app, id)).Status);
        Assert.NotNull((await LeesAsync(app, id)).GepubliceerdUtc);
    }

    [Fact]
    public async Task EenvoudigeSamenvatting_StaatInEenKaderOpDePagina()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("eenvoudig");
        await MaakAsync(app, redactie, "paginas", Formulier("Met een kader", slug, eenvoudig: "Dit is kort.\n\nDit is ook kort."));

        var html = await app.HaalAsync("/" + slug);

        Assert.Contains("In het kort, in gewone taal", html, StringComparison.Ordinal);
        Assert.Contains("<p>Dit is ook kort.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControleerTaal_ToontTaaltoetsEnSlaatNietsOp()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("taal");
        var velden = Formulier("Taal", slug,
            "Indien u in aanmerking wenst te komen voor een bijdrage uit het wijkbudget dient u teneinde de aanvraag volledig te maken alle gevraagde documenten tijdig bij het wijkteam in te leveren.");

        var response = await PostAsync(redactie, "/beheer/paginas/nieuw", velden, "Controleer");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Taaltoets", html, StringComparison.Ordinal);
        Assert.Contains("Lange zinnen", html, StringComparison.Ordinal);
        Assert.Contains("<strong>indien</strong>: schrijf liever “als”", html, StringComparison.Ordinal);
        Assert.Contains("te moeilijk voor taalniveau B1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>Fout:", html, StringComparison.Ordinal);
        Assert.False(await app.MetDbAsync(db => db.Paginas.AnyAsync(p => p.Slug == slug, Ct)));
    }

    [Fact]
    public async Task NaOpslaan_StaatDeTaaltoetsOnderHetFormulier()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var id = await MaakAsync(app, redactie, "paginas", Formulier("Korte zinnen", Uniek("kort"), "Wij maken soep. Iedereen mag mee eten."), "Concept");

        var html = await redactie.GetStringAsync($"/beheer/paginas/{id}", Ct);

        Assert.Contains("Taaltoets", html, StringComparison.Ordinal);
        Assert.Contains("makkelijk genoeg om te lezen (taalniveau B1)", html, StringComparison.Ordinal);
        Assert.Contains("Opgeslagen als concept", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voorbeeld_ToontOngeslagenTekstAlsDePubliekePagina_NietIndexeren_NietsOpgeslagen()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("voorbeeld");

        var response = await PostAsync(redactie, "/beheer/paginas/nieuw",
            Formulier("Nog geheim", slug, "## Kopje\n\nDe **tekst**.", samenvatting: "Kort gezegd.", eenvoudig: "Heel kort."), "Voorbeeld");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Voorbeeld – niet gepubliceerd", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        var artikel = Artikel(html);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Nog geheim</h1>", artikel, StringComparison.Ordinal);
        Assert.Contains("<h2>Kopje</h2>", artikel, StringComparison.Ordinal);
        Assert.Contains("<strong>tekst</strong>", artikel, StringComparison.Ordinal);
        Assert.Contains("In het kort, in gewone taal", artikel, StringComparison.Ordinal);
        Assert.False(await app.MetDbAsync(db => db.Paginas.AnyAsync(p => p.Slug == slug, Ct)));
    }

    [Fact]
    public async Task VoorbeeldVanConcept_ToontOpgeslagenTekst_PubliekNiet()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("conceptvoorbeeld");
        var id = await MaakAsync(app, redactie, "paginas", Formulier("Concept met voorbeeld", slug, "Alleen voor de redactie."), "Concept");

        var html = await redactie.GetStringAsync($"/beheer/paginas/{id}/voorbeeld", Ct);

        Assert.Contains("Voorbeeld – niet gepubliceerd", html, StringComparison.Ordinal);
        Assert.Contains("Alleen voor de redactie.", Artikel(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app.MaakClient(), "/" + slug));
    }

    [Theory]
    [InlineData("activiteiten", "is al een vaste pagina")]
    [InlineData("nieuws", "is al een vaste pagina")]
    [InlineData("beheer", "is al een vaste pagina")]
    [InlineData("Hoofdletters", "alleen kleine letters")]
    [InlineData("met spatie", "alleen kleine letters")]
    [InlineData("-streep", "alleen kleine letters")]
    [InlineData("", "Vul het adres in")]
    public async Task OngeldigAdres_GeeftMeldingBijHetVeld(string slug, string melding)
    {
        using var redactie = await app.IngelogdAsync(Redactie);

        var response = await PostAsync(redactie, "/beheer/paginas/nieuw", Formulier("Adres kiezen", slug), "Publiceren");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"fout-Slug\"", html, StringComparison.Ordinal);
        Assert.Contains(melding, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BezetAdres_GeeftMelding_OokAlsHetEenNieuwsberichtIs()
    {
        using var redactie = await app.IngelogdAsync(Redactie);

        var response = await PostAsync(redactie, "/beheer/paginas/nieuw", Formulier("Dubbel", "nieuws-tien-jaar-samen-in-de-wijk"), "Publiceren");

        Assert.Contains("Dit adres heeft al een andere pagina", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartpaginaMetVastAdres_KanWordenBewerkt()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var pagina = await app.MetDbAsync(db => db.Paginas.AsNoTracking().SingleAsync(p => p.Slug == "initiatief", Ct));

        var response = await PostAsync(redactie, $"/beheer/paginas/{pagina.Id}",
            Formulier(pagina.Titel, "initiatief", pagina.Inhoud, versie: pagina.Versie, samenvatting: pagina.Samenvatting), "Publiceren");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Every fixed first path segment the site maps must be in <see cref="PaginaRegels.Gereserveerd"/>, or a
    /// page could be saved at an address the site already uses (or will take away from it later).</summary>
    [Fact]
    public void GereserveerdeAdressen_DekkenElkeVasteRouteVanDeSite()
    {
        var bronnen = app.Services.GetRequiredService<EndpointDataSource>();

        var eersteDelen = bronnen.Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments.Count > 0 ? e.RoutePattern.PathSegments[0] : null)
            .Where(s => s is { IsSimple: true } && s.Parts[0].IsLiteral)
            .Select(s => ((RoutePatternLiteralPart)s!.Parts[0]).Content.ToLowerInvariant())
            .Where(d => !d.Contains('.', StringComparison.Ordinal)) // agenda.ics and the like can never be a slug
            .Distinct()
            .ToList();

        Assert.Contains("activiteiten", eersteDelen);
        Assert.All(eersteDelen, d => Assert.Contains(d, PaginaRegels.Gereserveerd));
    }

    [Fact]
    public async Task Toegang_BezoekerLidEnWijkteamNiet_RedactieEnBeheerWel()
    {
        string[] adressen = ["/beheer/paginas", "/beheer/nieuws", "/beheer/paginas/nieuw", "/beheer/nieuws/nieuw", "/beheer/menu"];
        using var anoniem = app.MaakClient();
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        using var wijkteam = await app.IngelogdAsync("wijkteam.ruwaard@example.nl");
        using var redactie = await app.IngelogdAsync(Redactie);
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        foreach (var adres in adressen)
        {
            var a = await anoniem.GetAsync(adres, Ct);
            Assert.True(a.StatusCode == HttpStatusCode.Redirect && a.Headers.Location!.OriginalString.Contains("/inloggen", StringComparison.Ordinal), $"{adres} anoniem: {(int)a.StatusCode}");
            foreach (var (naam, client) in new[] { ("lid", lid), ("wijkteam", wijkteam) })
            {
                var r = await client.GetAsync(adres, Ct);
                Assert.True(r.StatusCode != HttpStatusCode.OK && r.Headers.Location?.OriginalString.Contains("geen-toegang", StringComparison.Ordinal) != false,
                    $"{adres} als {naam}: {(int)r.StatusCode} {r.Headers.Location}");
            }

            Assert.Equal(HttpStatusCode.OK, await StatusAsync(redactie, adres));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(beheer, adres));
        }
    }

    [Fact]
    public async Task Toegang_WijkteamKanNietsOpslaan()
    {
        using var wijkteam = await app.IngelogdAsync("wijkteam.ruwaard@example.nl");
        using var redactie = await app.IngelogdAsync(Redactie);
        var slug = Uniek("stiekem");
        var token = await redactie.GetStringAsync("/beheer/paginas/nieuw", Ct);
        Assert.Contains("__RequestVerificationToken", token, StringComparison.Ordinal);

        var response = await wijkteam.PostAsync("/beheer/paginas/nieuw",
            new FormUrlEncodedContent(new Dictionary<string, string>(Formulier("Stiekem", slug)) { ["actie"] = "Publiceren" }), Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.MetDbAsync(db => db.Paginas.AnyAsync(p => p.Slug == slug, Ct)));
    }

    [Fact]
    public async Task Lijst_ToontStatusEnWieHetLaatstWijzigde()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        await MaakAsync(app, redactie, "paginas", Formulier("In de lijst", Uniek("lijst")), "Concept");

        var html = await redactie.GetStringAsync("/beheer/paginas", Ct);

        Assert.Contains("In de lijst", html, StringComparison.Ordinal);
        Assert.Contains("door redactie@example.nl", html, StringComparison.Ordinal);
        Assert.Contains(">Concept<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nieuws-tien-jaar", html, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using WijkPlatform.Core.Aanmelden;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed partial class AanmeldenTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Koken = "koken-met-kinderen";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Activiteitpagina_ToontFormulierEnVrijePlaatsen()
    {
        var html = await app.HaalAsync($"/activiteiten/{Koken}");

        Assert.Contains("id=\"aanmeldformulier\"", html, StringComparison.Ordinal);
        Assert.Contains("Nog 10 plaatsen vrij", html, StringComparison.Ordinal);
        Assert.Contains("wissen ze 30 dagen na de activiteit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dagontmoeting_HeeftGeenFormulier()
    {
        var slug = await app.MetDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Activiteiten.Where(a => a.Categorie!.IsDagontmoeting).Select(a => a.Slug)));
        using var client = app.MaakClient();

        var html = await app.HaalAsync($"/activiteiten/{slug}");
        var aanmelden = await client.GetAsync($"/activiteiten/{slug}/aanmelden", Ct);

        Assert.DoesNotContain("id=\"aanmeldformulier\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, aanmelden.StatusCode);
    }

    [Fact]
    public async Task Post_Geldig_BevestigtZetMailMetLinkEnAgendaInOutbox()
    {
        var start = await DatumAsync(app, Koken, 0);
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden",
            Formulier(start, "Fatima el Amrani", "Fatima@Example.nl", personen: 2, opmerking: "Mijn zoon gebruikt een rolstoel."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("uitkomst=plaats", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var aanmelding = Assert.Single(await AanmeldingenAsync(app, Koken, start));
        Assert.Equal(AanmeldingStatus.Bevestigd, aanmelding.Status);
        Assert.Equal("fatima@example.nl", aanmelding.Email);
        Assert.Equal(2, aanmelding.Personen);
        Assert.Equal(32, aanmelding.SleutelHash!.Length);
        var mail = Assert.Single(await MailsAanAsync(app, "fatima@example.nl"));
        var sleutel = Link().Match(mail.Tekst).Groups[1].Value;
        Assert.Equal(Sleutel.Lengte, sleutel.Length);
        Assert.Equal(aanmelding.SleutelHash, Sleutel.Hash(sleutel));
        Assert.DoesNotContain(sleutel, Convert.ToHexString(aanmelding.SleutelHash), StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"/aanmelding/{sleutel}", mail.Html, StringComparison.Ordinal);
        Assert.Equal("text/calendar", mail.BijlageType);
        Assert.Contains("BEGIN:VEVENT", mail.BijlageInhoud, StringComparison.Ordinal);
        Assert.Contains("/clientondersteuning", mail.Html, StringComparison.Ordinal);
        Assert.Equal(2, await app.MetDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SumAsync(
            db.Bezettingen.Where(b => b.StartUtc == start), b => b.Bevestigd)));
    }

    [Fact]
    public async Task Post_Ontvangen_ToontGeenPersoonlijkeLink()
    {
        var start = await DatumAsync(app, Koken, 1);
        using var client = app.MaakClient();
        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Kees", "kees@example.nl"));

        var html = await client.GetStringAsync(response.Headers.Location, Ct);

        Assert.Contains("Je bent aangemeld", html, StringComparison.Ordinal);
        Assert.Contains("Kijk in je mail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/aanmelding/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FoutenOveral_ToontElkeMeldingBijHetVeldEnHoudtInvoer()
    {
        var start = await DatumAsync(app, Koken, 2);
        using var client = app.MaakClient();
        var velden = Formulier(start, "", opmerking: "Ik kom <b>graag</b>");
        velden["Input.Akkoord"] = "false";
        velden["Input.Telefoon"] = "bel me";

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", velden);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul je naam in.", html, StringComparison.Ordinal);
        Assert.Contains("Vul een telefoonnummer in zoals 06 12345678", html, StringComparison.Ordinal);
        Assert.Contains("Zet een vinkje als je het goed vindt", html, StringComparison.Ordinal);
        Assert.Contains("value=\"bel me\"", html, StringComparison.Ordinal);
        Assert.Contains("Ik kom &lt;b&gt;graag&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Fout: Aanmelden", html, StringComparison.Ordinal);
        Assert.Empty(await AanmeldingenAsync(app, Koken, start));
    }

    [Theory]
    [InlineData("\u202Ekees@example.nl")]
    [InlineData("kees\u0000@example.nl")]
    [InlineData("kees@exa\u0007mple.nl")]
    public async Task Post_OnleesbareTekensInEmail_GeweigerdMetMeldingBijHetVeld(string email)
    {
        var start = await DatumAsync(app, Koken, 3);
        using var client = app.MaakClient();
        // Multipart, because a url-encoded body with a null byte is refused before the page sees it.
        var response = await WijkApp.PostMultipartAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Kees", email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await AanmeldingenAsync(app, Koken, start));
    }

    [Fact]
    public async Task Post_RichtingOmkeringInNaam_GeweigerdMetMelding()
    {
        var start = await DatumAsync(app, Koken, 3);
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "\u202Enamuh", "x@example.nl"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tekens die we niet kunnen gebruiken", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await AanmeldingenAsync(app, Koken, start));
    }

    [Fact]
    public async Task Post_NulTekenInNaam_GeweigerdZonderFoutVanDeServer()
    {
        var start = await DatumAsync(app, Koken, 3);
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Jan\u0000Klaassen", "y@example.nl"));

        // The form reader refuses a null byte before the page sees it: a Dutch 400 page, not a server error.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(html.Contains("<title>Dit lukt niet", StringComparison.Ordinal), html[..Math.Min(html.Length, 600)]);
        Assert.Empty(await AanmeldingenAsync(app, Koken, start));
    }

    [Fact]
    public async Task Post_TeVeelPersonen_MeldingBijHetVeld()
    {
        var start = await DatumAsync(app, Koken, 3);
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Groot gezin", "gezin@example.nl", personen: 9));

        Assert.Contains("Je kunt met hoogstens 4 personen komen.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Honingpot_LijktGeluktMaarBewaartNiets()
    {
        var start = await DatumAsync(app, Koken, 4);
        using var client = app.MaakClient();
        var velden = Formulier(start, "Robot", "robot@example.nl");
        velden["Input.Website"] = "https://spam.example";

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", velden);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await AanmeldingenAsync(app, Koken, start));
        Assert.Empty(await MailsAanAsync(app, "robot@example.nl"));
    }

    [Fact]
    public async Task Post_TweeKeerZelfdeAdres_ZelfdeAntwoordEenAanmeldingEnEenMailAanDeEigenaar()
    {
        var start = await DatumAsync(app, Koken, 5);
        using var client = app.MaakClient();

        var eerste = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Ans", "ans@example.nl"));
        var tweede = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Iemand anders", "ANS@example.nl"));

        Assert.Equal(eerste.StatusCode, tweede.StatusCode);
        Assert.Equal(eerste.Headers.Location, tweede.Headers.Location);
        Assert.Single(await AanmeldingenAsync(app, Koken, start));
        var mails = await MailsAanAsync(app, "ans@example.nl");
        Assert.Equal(["aanmelding.bevestiging", "aanmelding.dubbel"], mails.Select(m => m.Soort));
    }

    [Fact]
    public async Task Post_AlleenTelefoon_IsGenoeg()
    {
        var start = await DatumAsync(app, Koken, 6);
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Opa Jan", telefoon: "06 - 12 34 56 78"));

        Assert.Contains("mail=nee", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("0612345678", Assert.Single(await AanmeldingenAsync(app, Koken, start)).Telefoon);
    }

    [Fact]
    public async Task Post_DatumDieNietBestaat_MeldingBijDeDatum()
    {
        var start = await DatumAsync(app, Koken, 0);
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start.AddMinutes(7), "Piet", "piet@example.nl"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een datum uit de lijst.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [GeneratedRegex("/aanmelding/([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Nieuwsbrief;
using static WijkPlatform.Web.Tests.Nieuwsbrief.NieuwsbriefHulp;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

public sealed class NieuwsbriefFormulierTests(NieuwsbriefApp app) : IClassFixture<NieuwsbriefApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Formulier_ToontActieveWijkenEnPrivacy()
    {
        app.Klok.Nu = WijkApp.StandaardNu;

        var html = await app.HaalAsync("/nieuwsbrief?wijk=ussen");

        Assert.Contains("value=\"ruwaard\"", html, StringComparison.Ordinal);
        Assert.Matches("value=\"ussen\"\\s+checked", html);
        Assert.DoesNotContain("value=\"lith\"", html, StringComparison.Ordinal);
        Assert.Contains("alleen voor deze nieuwsbrief", html, StringComparison.Ordinal);
        Assert.Contains("op vrijdag", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NieuwAdres_StuurtBevestigingEnBewaartOnbevestigd()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Nieuw");

        var response = await SchrijfInAsync(app, email.ToUpperInvariant(), "ruwaard", "ussen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/nieuwsbrief/kijk-in-je-mail", response.Headers.Location?.OriginalString);
        var abonnementen = await AbonnementenAsync(app, email);
        Assert.Equal(["ruwaard", "ussen"], abonnementen.Select(a => a.Wijk!.Slug).Order());
        Assert.All(abonnementen, a => Assert.Equal(AbonnementStatus.Onbevestigd, a.Status));
        Assert.Equal(2, abonnementen.Select(a => a.BevestigCodeHash).Distinct().Count());
        var mail = Assert.Single(await MailsAsync(app, email, NieuwsbriefRegels.SoortBevestigen));
        Assert.Contains("Ruwaard en Ussen", mail.Tekst, StringComparison.Ordinal);
        Assert.Null(mail.AfmeldUrl);
        Assert.Contains("Kijk in je mail", await app.HaalAsync("/nieuwsbrief/kijk-in-je-mail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BekendOnbevestigdOfNieuwAdres_GeeftHetzelfdeAntwoord()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var actief = NieuwAdres("Actief");
        await AbonneeAsync(app, actief, "ruwaard");
        var wachtend = NieuwAdres("Wachtend");
        await SchrijfInAsync(app, wachtend, "ruwaard");
        var nieuw = NieuwAdres("Onbekend");

        var antwoorden = new List<(HttpStatusCode, string?)>();
        foreach (var email in new[] { actief, wachtend, nieuw })
        {
            var response = await SchrijfInAsync(app, email, "ruwaard");
            antwoorden.Add((response.StatusCode, response.Headers.Location?.OriginalString));
        }

        Assert.All(antwoorden, a => Assert.Equal((HttpStatusCode.Redirect, "/nieuwsbrief/kijk-in-je-mail"), a));
        // Only the mailbox owner learns the difference.
        Assert.Contains("krijg je al", (await MailsAsync(app, actief, NieuwsbriefRegels.SoortBevestigen))[^1].Tekst, StringComparison.Ordinal);
        Assert.Equal(AbonnementStatus.Actief, Assert.Single(await AbonnementenAsync(app, actief)).Status);
        Assert.Equal(2, (await MailsAsync(app, wachtend, NieuwsbriefRegels.SoortBevestigen)).Count);
    }

    [Fact]
    public async Task Post_VaakHetzelfdeAdres_HoogstensDrieMailsPerUurMaarZelfdeAntwoord()
    {
        app.Klok.Nu = WijkApp.StandaardNu.AddHours(3);
        var email = NieuwAdres("Vaak");

        for (var i = 0; i < 5; i++)
        {
            var response = await SchrijfInAsync(app, email, "ruwaard");
            Assert.Equal("/nieuwsbrief/kijk-in-je-mail", response.Headers.Location?.OriginalString);
        }

        var mails = await MailsAsync(app, email, NieuwsbriefRegels.SoortBevestigen);
        Assert.Equal(3, mails.Count);
        // The last mail that went out still works: a request over the limit changes nothing.
        await BevestigAsync(app, email);
        app.Klok.Nu = app.Klok.Nu.AddMinutes(61);
        await SchrijfInAsync(app, email, "ussen");
        Assert.Equal(4, (await MailsAsync(app, email, NieuwsbriefRegels.SoortBevestigen)).Count);
    }

    [Fact]
    public async Task Bevestigen_GetVeranderdNietsPostBevestigt()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Scanner");
        await SchrijfInAsync(app, email, "ruwaard");
        var pad = await BevestigPadAsync(app, email);
        using var client = app.MaakClient();

        var get = await client.GetAsync(pad, Ct);
        await client.GetAsync(pad, Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.True(get.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", get.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Ja, ik wil de nieuwsbrief", await get.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(AbonnementStatus.Onbevestigd, Assert.Single(await AbonnementenAsync(app, email)).Status);

        var post = await WijkApp.PostFormAsync(client, pad, new Dictionary<string, string>());
        Assert.Contains("Je bent aangemeld", await post.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var na = Assert.Single(await AbonnementenAsync(app, email));
        Assert.Equal(AbonnementStatus.Actief, na.Status);
        Assert.Equal(app.Klok.Nu.UtcDateTime, DateTime.SpecifyKind(na.BevestigdUtc!.Value, DateTimeKind.Utc));

        var nogmaals = await WijkApp.PostFormAsync(client, pad, new Dictionary<string, string>(), formulierPagina: "/nieuwsbrief");
        Assert.Contains("Je was al aangemeld", await nogmaals.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bevestigen_ZonderToken_WordtGeweigerd()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Zondertoken");
        await SchrijfInAsync(app, email, "ruwaard");
        using var client = app.MaakClient();
        using var leeg = new FormUrlEncodedContent([]);

        var response = await client.PostAsync(await BevestigPadAsync(app, email), leeg, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AbonnementStatus.Onbevestigd, Assert.Single(await AbonnementenAsync(app, email)).Status);
    }

    [Fact]
    public async Task Bevestigen_NaAchtDagen_VerlopenEnNietActief()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Laat");
        await SchrijfInAsync(app, email, "ruwaard");
        var pad = await BevestigPadAsync(app, email);
        using var client = app.MaakClient();
        var html = await client.GetStringAsync(pad, Ct);
        app.Klok.Nu = WijkApp.StandaardNu.AddDays(8);

        var response = await WijkApp.PostFormAsync(client, pad, new Dictionary<string, string>(), formulierPagina: "/nieuwsbrief");

        Assert.Contains("Ja, ik wil de nieuwsbrief", html, StringComparison.Ordinal);
        Assert.Contains("Deze link is verlopen", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(AbonnementStatus.Onbevestigd, Assert.Single(await AbonnementenAsync(app, email)).Status);
    }

    [Theory]
    [InlineData("/nieuwsbrief/bevestigen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/nieuwsbrief/bevestigen/kort")]
    [InlineData("/nieuwsbrief/afmelden/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/nieuwsbrief/afmelden/%3Cscript%3E")]
    public async Task Get_OnbekendeCode_VriendelijkeNietGevonden(string pad)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(pad, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Deze link werkt niet (meer)", html, StringComparison.Ordinal);
        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Afmelden_GetVeranderdNietsKnopMeldtAfTweedeKeerAlAfgemeld()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Knop");
        var pad = await AbonneeAsync(app, email, "ussen");
        using var client = app.MaakClient();

        var get = await client.GetAsync(pad, Ct);

        Assert.True(get.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", get.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Ja, meld mij af", await get.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(AbonnementStatus.Actief, Assert.Single(await AbonnementenAsync(app, email)).Status);

        var post = await WijkApp.PostFormAsync(client, pad, new Dictionary<string, string>());
        Assert.Contains("Je bent afgemeld.", await post.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(AbonnementStatus.Afgemeld, Assert.Single(await AbonnementenAsync(app, email)).Status);

        var tweede = await WijkApp.PostFormAsync(client, pad, new Dictionary<string, string>(), formulierPagina: "/nieuwsbrief");
        Assert.Contains("Je was al afgemeld", await tweede.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Je was al afgemeld", await client.GetStringAsync(pad, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afmelden_OneClickPostZonderTokenOfCookies_MeldtAf()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Eenklik");
        var pad = await AbonneeAsync(app, email, "ruwaard");
        // A mail program posts straight away: no page first, so no cookie and no antiforgery token.
        using var client = app.MaakClient();
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);

        var response = await client.PostAsync(pad, body, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var na = Assert.Single(await AbonnementenAsync(app, email));
        Assert.Equal(AbonnementStatus.Afgemeld, na.Status);
        Assert.Null(na.BevestigCodeHash);
        using var nogmaals = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var tweede = await client.PostAsync(pad, nogmaals, Ct);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("Je was al afgemeld", await tweede.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afmelden_DaarnaOudeBevestigLink_ZetNietsWeerAan()
    {
        app.Klok.Nu = WijkApp.StandaardNu;
        var email = NieuwAdres("Oudelink");
        var afmelden = await AbonneeAsync(app, email, "ruwaard");
        var bevestig = await BevestigPadAsync(app, email);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, afmelden, new Dictionary<string, string>());

        var response = await WijkApp.PostFormAsync(client, bevestig, new Dictionary<string, string>(), formulierPagina: "/nieuwsbrief");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(AbonnementStatus.Afgemeld, Assert.Single(await AbonnementenAsync(app, email)).Status);
    }

    [Fact]
    public async Task Post_ZonderWijk_MeldingBijWijkenEnAdresBlijftStaan()
    {
        var email = NieuwAdres("Geenwijk");
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/nieuwsbrief", Formulier(email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Kies minstens één wijk.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Empty(await AbonnementenAsync(app, email));
    }

    [Fact]
    public async Task Post_OnbekendeOfNietActieveWijk_Melding()
    {
        var email = NieuwAdres("Lith");

        var response = await SchrijfInAsync(app, email, "lith");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een wijk uit de lijst.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await AbonnementenAsync(app, email));
    }

    [Theory]
    [InlineData("kees\u0000@example.nl", OngeldigEmail)]
    [InlineData("\u202Ekees@example.nl", OngeldigEmail)]
    [InlineData("kees@exa\u2066mple.nl", OngeldigEmail)]
    [InlineData("a@b.nl\r\nBcc: x@y.nl", OngeldigEmail)]
    [InlineData("a@b.nl\nBcc: x@y.nl", OngeldigEmail)]
    [InlineData("kees", OngeldigEmail)]
    [InlineData("<script>alert(1)</script>@example.nl", OngeldigEmail)]
    [InlineData("", "Vul je e-mailadres in.")]
    public async Task Post_VijandigAdres_NederlandseMeldingBijHetVeldGeen500(string email, string melding)
    {
        using var client = app.MaakClient();
        // Multipart, because a url-encoded body with a null byte is refused before the page sees it.
        var response = await WijkApp.PostMultipartAsync(client, "/nieuwsbrief", Formulier(email, "ruwaard"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(melding, html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-email\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        // "x@y.nl" and "kees" rather than "bcc": other tests' addresses carry a random hex GUID, which may hold "bcc".
        Assert.False(await app.MetDbAsync(db => db.NieuwsbriefAbonnementen.AnyAsync(a => a.Email.Contains("y.nl") || a.Email.Contains("kees"), Ct)));
        Assert.False(await app.MetDbAsync(db => db.Outbox.AnyAsync(m => m.Aan.Contains("y.nl") || m.Aan.Contains("kees"), Ct)));
    }

    [Fact]
    public async Task Post_TeLangAdres_Melding()
    {
        var email = new string('a', 300) + "@example.nl";
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/nieuwsbrief", Formulier(email, "ruwaard"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit e-mailadres is te lang.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await AbonnementenAsync(app, email));
    }

    [Fact]
    public async Task Post_VijandigeWijkwaarden_GeenFout500()
    {
        using var client = app.MaakClient();
        var velden = new Dictionary<string, string>
        {
            ["Input.Email"] = NieuwAdres("Wijkwaarden"),
            ["Input.Wijken[0]"] = "ruwaard\u0000",
            ["Input.Wijken[1]"] = new string('x', 5000),
        };

        var response = await WijkApp.PostMultipartAsync(client, "/nieuwsbrief", velden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een wijk uit de lijst.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HoningveldGevuld_ZelfdeAntwoordGeenMail()
    {
        var email = NieuwAdres("Robot");
        using var client = app.MaakClient();
        var velden = Formulier(email, "ruwaard");
        velden["Input.Website"] = "https://spam.example";

        var response = await WijkApp.PostFormAsync(client, "/nieuwsbrief", velden);

        Assert.Equal("/nieuwsbrief/kijk-in-je-mail", response.Headers.Location?.OriginalString);
        Assert.Empty(await AbonnementenAsync(app, email));
        Assert.Empty(await MailsAsync(app, email, NieuwsbriefRegels.SoortBevestigen));
    }
}

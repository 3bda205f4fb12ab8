using Microsoft.EntityFrameworkCore;
using WijkPlatform.Web.Adapters.Accounts;
using static WijkPlatform.Web.Tests.Beheer.AccountHulp;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed class WachtwoordHerstelTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Nieuw = "Groene kikker springt over hek";

    [Fact]
    public async Task Get_Inloggen_LinktNaarWachtwoordVergeten()
    {
        var html = await app.HaalAsync("/inloggen");

        Assert.Contains("href=\"/wachtwoord-vergeten\">Wachtwoord vergeten?</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Herstellen_MetLinkUitMail_NieuwWachtwoordWerktEnOudeNiet()
    {
        var account = await MaakAccountAsync(app);
        using var client = app.MaakClient();

        var gevraagd = await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var mail = await MailAsync(app, account.Email, VraagHerstelAan.Soort);
        var link = Link(mail, "/wachtwoord-herstellen?");
        var formulier = await client.GetAsync(link, TestContext.Current.CancellationToken);
        var opgeslagen = await WijkApp.PostFormAsync(client, link, Velden(Nieuw));

        Assert.Equal(HttpStatusCode.Redirect, gevraagd.StatusCode);
        Assert.Equal("Nieuw wachtwoord kiezen voor Wij(k) de Ruwaard", mail.Subject);
        Assert.Contains("De link werkt 2 uur en maar één keer.", mail.TextBody, StringComparison.Ordinal);
        Assert.True(formulier.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", Assert.Single(formulier.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("Je wachtwoord is veranderd.", await opgeslagen.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await WijkApp.InloggenAsync(app.MaakClient(), account.Email, Nieuw)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WijkApp.InloggenAsync(app.MaakClient(), account.Email, account.Wachtwoord)).StatusCode);
    }

    [Fact]
    public async Task Post_OnbekendAdres_ZelfdeAntwoordAlsBekendAdresEnGeenMail()
    {
        var account = await MaakAccountAsync(app);
        var onbekend = $"niemand-{Guid.NewGuid():N}@example.nl";
        using var client = app.MaakClient();

        var bekendAntwoord = await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var onbekendAntwoord = await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = onbekend });
        var pagina = await client.GetStringAsync(onbekendAntwoord.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, onbekendAntwoord.StatusCode);
        Assert.Equal(bekendAntwoord.StatusCode, onbekendAntwoord.StatusCode);
        Assert.Equal(bekendAntwoord.Headers.Location, onbekendAntwoord.Headers.Location);
        Assert.Contains("Kijk in je mail.", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain(onbekend, pagina, StringComparison.Ordinal);
        Assert.Single(await MailsAsync(app, account.Email, VraagHerstelAan.Soort));
        Assert.Empty(await app.MetDbAsync(db => db.Outbox.Where(m => m.Aan == onbekend).ToListAsync()));
    }

    [Fact]
    public async Task Post_VaakGevraagd_HoogstensDrieMailsPerUur()
    {
        var account = await MaakAccountAsync(app);
        using var client = app.MaakClient();

        for (var i = 0; i < 5; i++)
        {
            var antwoord = await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        }

        Assert.Equal(3, (await MailsAsync(app, account.Email, VraagHerstelAan.Soort)).Count);
    }

    [Theory]
    [InlineData("/wachtwoord-herstellen")]
    [InlineData("/wachtwoord-herstellen?gebruiker=1&code=onzin")]
    [InlineData("/wachtwoord-herstellen?gebruiker=999999&code=CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/wachtwoord-herstellen?gebruiker=abc&code=%00%00")]
    public async Task Get_OngeldigeLink_ToontVriendelijkeMelding(string link)
    {
        var html = await app.HaalAsync(link);

        Assert.Contains("Deze link werkt niet meer.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/wachtwoord-vergeten\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Wachtwoord", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LinkVanAnderAccount_VerandertNiets()
    {
        var eerste = await MaakAccountAsync(app);
        var tweede = await MaakAccountAsync(app);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = eerste.Email });
        var link = Link(await MailAsync(app, eerste.Email, VraagHerstelAan.Soort), "/wachtwoord-herstellen?");
        var vervalst = link.Replace($"gebruiker={eerste.Id}", $"gebruiker={tweede.Id}", StringComparison.Ordinal);

        var antwoord = await WijkApp.PostFormAsync(client, vervalst, Velden(Nieuw), formulierPagina: link);

        Assert.Contains("Deze link werkt niet meer.", await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await WijkApp.InloggenAsync(app.MaakClient(), tweede.Email, tweede.Wachtwoord)).StatusCode);
    }

    [Fact]
    public async Task Get_LinkOuderDanTweeUur_WerktNietMeer()
    {
        var account = await MaakAccountAsync(app);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var link = Link(await MailAsync(app, account.Email, VraagHerstelAan.Soort), "/wachtwoord-herstellen?");
        var begin = app.Klok.Nu;

        string binnenTijd, teLaat;
        try
        {
            app.Klok.Nu = begin.AddHours(2).AddMinutes(-1);
            binnenTijd = await app.HaalAsync(link);
            app.Klok.Nu = begin.AddHours(2).AddMinutes(1);
            teLaat = await app.HaalAsync(link);
        }
        finally
        {
            app.Klok.Nu = begin;
        }

        Assert.Contains("Wachtwoord opslaan", binnenTijd, StringComparison.Ordinal);
        Assert.Contains("Deze link werkt niet meer.", teLaat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LinkTweedeKeer_WerktNietMeer()
    {
        var account = await MaakAccountAsync(app);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var link = Link(await MailAsync(app, account.Email, VraagHerstelAan.Soort), "/wachtwoord-herstellen?");
        await WijkApp.PostFormAsync(client, link, Velden(Nieuw));

        var tweedeKeer = await client.GetStringAsync(link, TestContext.Current.CancellationToken);

        Assert.Contains("Deze link werkt niet meer.", tweedeKeer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VeelgebruiktWachtwoord_GeweigerdMetNederlandseMelding()
    {
        var account = await MaakAccountAsync(app);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var link = Link(await MailAsync(app, account.Email, VraagHerstelAan.Soort), "/wachtwoord-herstellen?");

        var antwoord = await WijkApp.PostFormAsync(client, link, Velden("Wachtwoord123!"));
        var html = System.Net.WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(WachtwoordControle.VeelGebruikt, html, StringComparison.Ordinal);
        Assert.Contains("Je wachtwoord is nog niet veranderd.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await WijkApp.InloggenAsync(app.MaakClient(), account.Email, account.Wachtwoord)).StatusCode);
    }

    [Fact]
    public async Task Post_TweeVerschillendeWachtwoorden_VraagtOpnieuw()
    {
        var account = await MaakAccountAsync(app);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var link = Link(await MailAsync(app, account.Email, VraagHerstelAan.Soort), "/wachtwoord-herstellen?");

        var antwoord = await WijkApp.PostFormAsync(client, link, new Dictionary<string, string>
        {
            ["Input.Wachtwoord"] = Nieuw,
            ["Input.Herhaling"] = Nieuw + "!",
        });

        Assert.Contains("De twee wachtwoorden zijn niet hetzelfde.", await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Herstellen_GeblokkeerdAccountMetOpenSessie_HeftBlokkeringOpEnBeeindigtAndereSessie()
    {
        var account = await MaakAccountAsync(app);
        using var eerder = await app.IngelogdAsync(account.Email, account.Wachtwoord);
        for (var i = 0; i < 5; i++)
        {
            await WijkApp.InloggenAsync(app.MaakClient(), account.Email, $"fout-wachtwoord-{i}");
        }

        var geblokkeerd = await WijkApp.InloggenAsync(app.MaakClient(), account.Email, account.Wachtwoord);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = account.Email });
        var link = Link(await MailAsync(app, account.Email, VraagHerstelAan.Soort), "/wachtwoord-herstellen?");
        await WijkApp.PostFormAsync(client, link, Velden(Nieuw));

        var begin = app.Klok.Nu;
        HttpResponseMessage oudeSessie;
        try
        {
            // Sessions check the security stamp once a minute.
            app.Klok.Nu = begin.AddMinutes(2);
            oudeSessie = await eerder.GetAsync("/beheer", TestContext.Current.CancellationToken);
        }
        finally
        {
            app.Klok.Nu = begin;
        }

        // Blocked: the right password stays on the form (with the message for any failed log-in) instead of signing in.
        Assert.Equal(HttpStatusCode.OK, geblokkeerd.StatusCode);
        Assert.Contains("Na 5 foute pogingen kun je 15 minuten niet inloggen.", await geblokkeerd.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await WijkApp.InloggenAsync(app.MaakClient(), account.Email, Nieuw)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oudeSessie.StatusCode);
        Assert.StartsWith("/inloggen", oudeSessie.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Velden(string wachtwoord) => new()
    {
        ["Input.Wachtwoord"] = wachtwoord,
        ["Input.Herhaling"] = wachtwoord,
    };
}

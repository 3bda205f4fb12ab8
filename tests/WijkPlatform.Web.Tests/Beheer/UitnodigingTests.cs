using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;
using static WijkPlatform.Web.Tests.Beheer.AccountHulp;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed partial class UitnodigingTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Wijkraad = "wijkraad-ruwaard";
    private const string Rucrea = "wijkstichting-rucrea";

    [Fact]
    public async Task Get_Leden_ToontLedenVanEigenCollectiefEnNietVanAndere()
    {
        using var client = await app.IngelogdAsync("lid.wijkraad@example.nl");

        var html = await client.GetStringAsync("/beheer/leden", TestContext.Current.CancellationToken);

        Assert.Contains("Anja (Wijkraad Ruwaard)", html, StringComparison.Ordinal);
        Assert.Contains("lid.wijkraad@example.nl", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lid.rucrea@example.nl", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LedenAlsBeheer_ToontAlleCollectieven()
    {
        using var client = await app.IngelogdAsync("beheer@example.nl");

        var html = await client.GetStringAsync("/beheer/leden", TestContext.Current.CancellationToken);

        Assert.Contains("lid.wijkraad@example.nl", html, StringComparison.Ordinal);
        Assert.Contains("lid.rucrea@example.nl", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uitnodigen_NieuwAdres_MailLinkWachtwoordEnIngelogdAlsLid()
    {
        var email = $"nieuw-{Guid.NewGuid():N}@example.nl";
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        var wijkraad = await OrganisatieIdAsync(Wijkraad);

        var uitgenodigd = await NodigUitAsync(lid, wijkraad, "Gerda Janssen", email);
        var account = await GebruikerAsync(app, email);
        var mail = await MailAsync(app, email, NodigUit.SoortUitnodiging);
        var link = Link(mail, "/uitnodiging?");
        using var nieuw = app.MaakClient();
        var formulier = await nieuw.GetStringAsync(link, TestContext.Current.CancellationToken);
        var aangenomen = await WijkApp.PostFormAsync(nieuw, link, AccountVelden("Gerda Janssen", "Blauwe reiger vangt zes vissen"));
        var overzicht = await nieuw.GetStringAsync("/beheer", TestContext.Current.CancellationToken);
        var nogEens = await app.MaakClient().GetStringAsync(link, TestContext.Current.CancellationToken);

        Assert.Contains($"{email} krijgt een mail met een uitnodiging voor Wijkraad Ruwaard", uitgenodigd, StringComparison.Ordinal);
        Assert.Null(account.WachtwoordHash);
        Assert.Equal(wijkraad, Assert.Single(account.Lidmaatschappen).OrganisatieId);
        Assert.Equal("Anja (Wijkraad Ruwaard) nodigt je uit voor Wijkraad Ruwaard", mail.Subject);
        Assert.Contains("De link werkt 7 dagen.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Je bent uitgenodigd als lid van Wijkraad Ruwaard.", formulier, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, aangenomen.StatusCode);
        Assert.Equal("/beheer", aangenomen.Headers.Location?.OriginalString);
        Assert.Contains("Welkom, Gerda Janssen", overzicht, StringComparison.Ordinal);
        Assert.Contains("<dd>Collectief</dd>", overzicht, StringComparison.Ordinal);
        Assert.Contains("<dd>Wijkraad Ruwaard</dd>", overzicht, StringComparison.Ordinal);
        Assert.Contains("Deze uitnodiging werkt niet meer", nogEens, StringComparison.Ordinal);
        Assert.True((await GebruikerAsync(app, email)).EmailBevestigd);
    }

    [Fact]
    public async Task Uitnodigen_BestaandAccount_WordtLidVanTweedeCollectiefEnKrijgtBericht()
    {
        var bestaand = await MaakAccountAsync(app, Rollen.Collectief, "ons-huis-van-de-wijk");
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        var wijkraad = await OrganisatieIdAsync(Wijkraad);

        var antwoord = await NodigUitAsync(lid, wijkraad, "Andere naam", bestaand.Email.ToUpperInvariant());
        var mail = await MailAsync(app, bestaand.Email, NodigUit.SoortNieuwLid);
        using var zelf = await app.IngelogdAsync(bestaand.Email, bestaand.Wachtwoord);
        var overzicht = await zelf.GetStringAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Contains("had al een account en is nu lid van Wijkraad Ruwaard", antwoord, StringComparison.Ordinal);
        Assert.Equal("Je bent nu lid van Wijkraad Ruwaard", mail.Subject);
        Assert.Empty(await MailsAsync(app, bestaand.Email, NodigUit.SoortUitnodiging));
        Assert.Equal(2, (await GebruikerAsync(app, bestaand.Email)).Lidmaatschappen.Count);
        Assert.Equal("Toos Testpersoon", (await GebruikerAsync(app, bestaand.Email)).Naam);
        Assert.Contains("Ons Huis van de Wijk", overzicht, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Wijkraad Ruwaard", overzicht, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uitnodigen_AlLid_MeldtHetEnVerandertNiets()
    {
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        var voor = await app.MetDbAsync(db => db.Outbox.CountAsync());

        var antwoord = await NodigUitAsync(lid, await OrganisatieIdAsync(Wijkraad), "Anja", "lid.wijkraad@example.nl");

        Assert.Contains("lid.wijkraad@example.nl is al lid van Wijkraad Ruwaard. Er is niets veranderd.", antwoord, StringComparison.Ordinal);
        Assert.Equal(voor, await app.MetDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Uitnodigen_VoorCollectiefWaarJeGeenLidVanBent_NietGevondenEnNietsVeranderd()
    {
        var email = $"indringer-{Guid.NewGuid():N}@example.nl";
        using var rucrea = await app.IngelogdAsync("lid.rucrea@example.nl");
        var wijkraad = await OrganisatieIdAsync(Wijkraad);
        var ledenVoor = await app.MetDbAsync(db => db.Lidmaatschappen.CountAsync(l => l.OrganisatieId == wijkraad));

        var antwoord = await WijkApp.PostFormAsync(rucrea, "/beheer/leden?handler=Uitnodigen", new Dictionary<string, string>
        {
            ["Input.OrganisatieId"] = wijkraad.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Naam"] = "Indringer",
            ["Input.Email"] = email,
        }, formulierPagina: "/beheer/leden");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.False(await app.MetDbAsync(db => db.Gebruikers.AnyAsync(g => g.Email == email)));
        Assert.Empty(await app.MetDbAsync(db => db.Outbox.Where(m => m.Aan == email).ToListAsync()));
        Assert.Equal(ledenVoor, await app.MetDbAsync(db => db.Lidmaatschappen.CountAsync(l => l.OrganisatieId == wijkraad)));
    }

    [Fact]
    public async Task Verwijderen_UitCollectiefWaarJeGeenLidVanBent_NietGevonden()
    {
        using var rucrea = await app.IngelogdAsync("lid.rucrea@example.nl");
        var wijkraad = await OrganisatieIdAsync(Wijkraad);
        var anja = (await GebruikerAsync(app, "lid.wijkraad@example.nl")).Id;

        var antwoord = await VerwijderAsync(rucrea, wijkraad, anja);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.True(await app.MetDbAsync(db => db.Lidmaatschappen.AnyAsync(l => l.OrganisatieId == wijkraad && l.GebruikerId == anja)));
    }

    [Fact]
    public async Task Verwijderen_LaatsteLid_Geweigerd()
    {
        using var rucrea = await app.IngelogdAsync("lid.rucrea@example.nl");
        var organisatie = await OrganisatieIdAsync(Rucrea);
        var bram = (await GebruikerAsync(app, "lid.rucrea@example.nl")).Id;

        var antwoord = await VerwijderAsync(rucrea, organisatie, bram);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Dit is het laatste lid van het collectief.", await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        Assert.True(await app.MetDbAsync(db => db.Lidmaatschappen.AnyAsync(l => l.OrganisatieId == organisatie && l.GebruikerId == bram)));
    }

    [Fact]
    public async Task Verwijderen_AnderLid_IsGeenLidMeerMaarAccountBlijft()
    {
        var ander = await MaakAccountAsync(app, Rollen.Collectief, Wijkraad);
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        var wijkraad = await OrganisatieIdAsync(Wijkraad);

        var antwoord = await VerwijderAsync(lid, wijkraad, ander.Id);

        Assert.Contains("Het lid is uit het collectief gehaald.", await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        Assert.Empty((await GebruikerAsync(app, ander.Email)).Lidmaatschappen);
    }

    [Fact]
    public async Task Aannemen_VeelgebruiktWachtwoord_GeweigerdEnLinkBlijftGeldig()
    {
        var email = $"zwak-{Guid.NewGuid():N}@example.nl";
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        await NodigUitAsync(lid, await OrganisatieIdAsync(Wijkraad), "Kees", email);
        var link = Link(await MailAsync(app, email, NodigUit.SoortUitnodiging), "/uitnodiging?");
        using var nieuw = app.MaakClient();

        var geweigerd = await WijkApp.PostFormAsync(nieuw, link, AccountVelden("Kees", "Welkom2026!!"));
        var daarna = await WijkApp.PostFormAsync(nieuw, link, AccountVelden("Kees", "Blauwe reiger vangt zes vissen"));

        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains(WachtwoordControle.VeelGebruikt, System.Net.WebUtility.HtmlDecode(
            await geweigerd.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
    }

    [Fact]
    public async Task Aannemen_NaZevenDagen_WerktNietMeer()
    {
        var email = $"laat-{Guid.NewGuid():N}@example.nl";
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        await NodigUitAsync(lid, await OrganisatieIdAsync(Wijkraad), "Laatkomer", email);
        var link = Link(await MailAsync(app, email, NodigUit.SoortUitnodiging), "/uitnodiging?");
        var begin = app.Klok.Nu;

        string html;
        try
        {
            app.Klok.Nu = begin.AddDays(7).AddMinutes(1);
            html = await app.HaalAsync(link);
        }
        finally
        {
            app.Klok.Nu = begin;
        }

        Assert.Contains("Deze uitnodiging werkt niet meer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aannemen_LinkMetRommel_VriendelijkeMelding()
    {
        var html = await app.HaalAsync("/uitnodiging?gebruiker=1&code=dit-is-geen-code");

        Assert.Contains("Deze uitnodiging werkt niet meer", html, StringComparison.Ordinal);
    }

    /// <summary>Posts the invitation form and returns the page that answers, with its messages decoded.</summary>
    private static async Task<string> NodigUitAsync(HttpClient client, int organisatieId, string naam, string email)
    {
        var antwoord = await WijkApp.PostFormAsync(client, "/beheer/leden?handler=Uitnodigen", new Dictionary<string, string>
        {
            ["Input.OrganisatieId"] = organisatieId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Naam"] = naam,
            ["Input.Email"] = email,
        }, formulierPagina: "/beheer/leden");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return System.Net.WebUtility.HtmlDecode(Spaties().Replace(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), " "));
    }

    private static Task<HttpResponseMessage> VerwijderAsync(HttpClient client, int organisatieId, int gebruikerId) =>
        WijkApp.PostFormAsync(client, "/beheer/leden?handler=Verwijderen", new Dictionary<string, string>
        {
            ["organisatieId"] = organisatieId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gebruikerId"] = gebruikerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formulierPagina: "/beheer/leden");

    private Task<int> OrganisatieIdAsync(string slug) =>
        app.MetDbAsync(db => db.Organisaties.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());

    private static Dictionary<string, string> AccountVelden(string naam, string wachtwoord) => new()
    {
        ["Input.Naam"] = naam,
        ["Input.Wachtwoord.Wachtwoord"] = wachtwoord,
        ["Input.Wachtwoord.Herhaling"] = wachtwoord,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaties();
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;
using static WijkPlatform.Web.Tests.Beheer.GebruikersHulp;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed class GebruikersBeheerTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string FouteInlog = "Het e-mailadres of het wachtwoord klopt niet.";

    [Fact]
    public async Task Uitnodigen_NieuwAccount_MailLinkWachtwoordInloggenEnAudit()
    {
        var email = UniekEmail("uitgenodigd");
        var wijkraad = await OrganisatieIdAsync(app, "wijkraad-ruwaard");
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var uitgenodigd = await UitnodigenAsync(beheer, "Ineke Uitgenodigd", email, [Rollen.Collectief], collectieven: [wijkraad]);
        var id = (await AccountIdAsync(app, email))!.Value;
        var lijstVoor = await beheer.GetStringAsync($"/beheer/gebruikers?zoek={Uri.EscapeDataString(email)}&status=uitgenodigd", TestContext.Current.CancellationToken);
        var account = await AccountHulp.GebruikerAsync(app, email);
        var mail = await AccountHulp.MailAsync(app, email, NodigUit.SoortUitnodiging);
        var link = AccountHulp.Link(mail, "/uitnodiging?");
        using var nieuw = app.MaakClient();
        var aangenomen = await WijkApp.PostFormAsync(nieuw, link, new Dictionary<string, string>
        {
            ["Input.Naam"] = "Ineke Uitgenodigd",
            ["Input.Wachtwoord.Wachtwoord"] = AccountHulp.Wachtwoord,
            ["Input.Wachtwoord.Herhaling"] = AccountHulp.Wachtwoord,
        });
        using var later = app.MaakClient();
        var ingelogd = await WijkApp.InloggenAsync(later, email, AccountHulp.Wachtwoord);
        var lijstNa = await beheer.GetStringAsync($"/beheer/gebruikers?zoek={Uri.EscapeDataString(email)}&status=actief", TestContext.Current.CancellationToken);
        var daarna = await AccountHulp.GebruikerAsync(app, email);
        var audit = Assert.Single(await AuditOverAsync(app, id));

        Assert.Equal(HttpStatusCode.Redirect, uitgenodigd.StatusCode);
        Assert.Equal($"/beheer/gebruikers/{id}?gedaan=uitgenodigd", uitgenodigd.Headers.Location?.OriginalString);
        Assert.Contains(email, lijstVoor, StringComparison.Ordinal);
        Assert.Null(account.WachtwoordHash);
        Assert.Equal(app.Klok.Nu.UtcDateTime, account.AangemaaktUtc);
        Assert.Equal("Je account voor Wij(k) de Ruwaard", mail.Subject);
        Assert.Contains("werk je op de website als lid van Wijkraad Ruwaard", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, aangenomen.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ingelogd.StatusCode);
        Assert.Equal("/beheer", ingelogd.Headers.Location?.OriginalString);
        Assert.Contains(email, lijstNa, StringComparison.Ordinal);
        Assert.Equal(app.Klok.Nu.UtcDateTime, daarna.LaatstIngelogdUtc);
        Assert.Equal(NodigAccountUit.Actie, audit.Actie);
        Assert.Equal("rollen: Collectief; wijken: geen; collectieven: Wijkraad Ruwaard; status: uitgenodigd", audit.Details);
        Assert.Equal(await AccountIdAsync(app, BeheerEmail), audit.GebruikerId);
    }

    [Fact]
    public async Task Uitnodigen_AlsWijkteam_UitnodigingNoemtDeRolEnGeenLegeLijstVanCollectieven()
    {
        var email = UniekEmail("wijkteamlid");
        var ruwaard = await WijkIdAsync(app, "ruwaard");
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        await UitnodigenAsync(beheer, "Wendy Wijkteam", email, [Rollen.Wijkteam], wijken: [ruwaard]);
        var link = AccountHulp.Link(await AccountHulp.MailAsync(app, email, NodigUit.SoortUitnodiging), "/uitnodiging?");
        var pagina = WebUtility.HtmlDecode(await app.MaakClient().GetStringAsync(link, TestContext.Current.CancellationToken));

        Assert.Contains("Je bent uitgenodigd als medewerker van het wijkteam.", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("als lid van", pagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uitgeschakeld_WachtwoordVergeten_ZelfdeAntwoordMaarGeenMail()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief, "wijkraad-ruwaard");
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        await SchakelAsync(beheer, account.Id, uit: true);

        var gevraagd = await WijkApp.PostFormAsync(app.MaakClient(), "/wachtwoord-vergeten",
            new Dictionary<string, string> { ["Input.Email"] = account.Email });

        Assert.Equal(HttpStatusCode.Redirect, gevraagd.StatusCode);
        Assert.Empty(await AccountHulp.MailsAsync(app, account.Email, VraagHerstelAan.Soort));
    }

    [Fact]
    public async Task Uitnodigen_BestaandAdres_MeldingEnGeenTweedeAccount()
    {
        var bestaand = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief);
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var response = await UitnodigenAsync(beheer, "Dubbel", bestaand.Email.ToUpperInvariant(), [Rollen.Redactie]);
        var html = WebUtility.HtmlDecode(await HtmlAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is al een account met dit e-mailadres. Er is geen tweede account gemaakt.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/gebruikers/{bestaand.Id}\"", html, StringComparison.Ordinal);
        Assert.StartsWith("<title>Fout:", html[html.IndexOf("<title>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var normaal = bestaand.Email.ToUpperInvariant();
        Assert.Equal(1, await app.MetDbAsync(db => db.Gebruikers.CountAsync(g => g.NormalizedEmail == normaal)));
        Assert.Empty(await AuditOverAsync(app, bestaand.Id));
    }

    [Fact]
    public async Task Uitnodigen_WijkteamZonderWijkOfZonderRol_FoutBijHetVeld()
    {
        var zonderWijk = UniekEmail("zonderwijk");
        var zonderRol = UniekEmail("zonderrol");
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var wijkteam = WebUtility.HtmlDecode(await HtmlAsync(await UitnodigenAsync(beheer, "Wim Wijkteam", zonderWijk, [Rollen.Wijkteam])));
        var geenRol = WebUtility.HtmlDecode(await HtmlAsync(await UitnodigenAsync(beheer, "Rob Rolloos", zonderRol)));

        Assert.Contains("<span class=\"utrecht-form-field-error-message\" id=\"fout-Wijken\">Kies bij de rol Wijkteam minstens één wijk.", wijkteam, StringComparison.Ordinal);
        Assert.Contains("value=\"Wim Wijkteam\"", wijkteam, StringComparison.Ordinal);
        Assert.Contains("<span class=\"utrecht-form-field-error-message\" id=\"fout-Rollen\">Kies minstens één rol.</span>", geenRol, StringComparison.Ordinal);
        Assert.Null(await AccountIdAsync(app, zonderWijk));
        Assert.Null(await AccountIdAsync(app, zonderRol));
    }

    [Theory]
    [InlineData("<script>alert('x')</script>", "script@example.nl")]
    [InlineData("Anna\u202Egnid\u202C", "rtl@example.nl")]
    [InlineData("Naam die veel te lang is Naam die veel te lang is Naam die veel te lang is Naam die veel te lang is Naam", "lang@example.nl")]
    [InlineData("Gewone Naam", "iemand@example.nl<script>alert(1)</script>")]
    [InlineData("", "")]
    public async Task Uitnodigen_VijandigeInvoer_MeldingZonderFoutpaginaEnNietsOpgeslagen(string naam, string email)
    {
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        var aantalVoor = await app.MetDbAsync(db => db.Gebruikers.CountAsync());

        var response = await UitnodigenAsync(beheer, naam, email, [Rollen.Redactie]);
        var html = await HtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("utrecht-form-field-error-message", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(aantalVoor, await app.MetDbAsync(db => db.Gebruikers.CountAsync()));
        Assert.False(await app.MetDbAsync(db => db.Gebruikers.AnyAsync(g => g.Naam.Contains("<script>"))));
    }

    [Fact]
    public async Task Lijst_VijandigeFilters_MeldingBijHetVeld()
    {
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var response = await beheer.GetAsync($"/beheer/gebruikers?zoek={new string('x', 201)}&rol=%3Cscript%3E&status=weg&pagina=-3",
            TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await HtmlAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"fout-zoek\">Zoek met hoogstens 200 tekens.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-rol\">Kies een rol uit de lijst.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-status\">Kies een status uit de lijst.", html, StringComparison.Ordinal);
        Assert.Contains("<title>Fout: Accounts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lijst_ZoekRolEnStatus_VindtAlleenWatPast()
    {
        var sleutel = Guid.NewGuid().ToString("N")[..10];
        var redactie = await AccountHulp.MaakAccountAsync(app, Rollen.Redactie);
        var lid = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief);
        await app.MetDbAsync(db => db.Gebruikers.Where(g => g.Id == redactie.Id || g.Id == lid.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Naam, g => "Zoeker " + sleutel + " " + g.Id)));
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var beide = await beheer.GetStringAsync($"/beheer/gebruikers?zoek=zoeker+{sleutel.ToUpperInvariant()}", TestContext.Current.CancellationToken);
        var alleenRedactie = await beheer.GetStringAsync($"/beheer/gebruikers?zoek={sleutel}&rol=Redactie", TestContext.Current.CancellationToken);
        var uitgeschakeld = await beheer.GetStringAsync($"/beheer/gebruikers?zoek={sleutel}&status=uitgeschakeld", TestContext.Current.CancellationToken);

        Assert.Contains(redactie.Email, beide, StringComparison.Ordinal);
        Assert.Contains(lid.Email, beide, StringComparison.Ordinal);
        Assert.Contains(redactie.Email, alleenRedactie, StringComparison.Ordinal);
        Assert.DoesNotContain(lid.Email, alleenRedactie, StringComparison.Ordinal);
        Assert.Contains("Er zijn geen accounts die hierbij passen.", uitgeschakeld, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opnieuw_Uitnodigen_StuurtNieuweMailEnLogt()
    {
        var email = UniekEmail("opnieuw");
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        await UitnodigenAsync(beheer, "Olga Opnieuw", email, [Rollen.Redactie]);
        var id = (await AccountIdAsync(app, email))!.Value;

        var response = await PostAsync(beheer, $"/beheer/gebruikers/{id}?handler=Opnieuw", [], $"/beheer/gebruikers/{id}");

        Assert.Equal($"/beheer/gebruikers/{id}?gedaan=opnieuw", response.Headers.Location?.OriginalString);
        Assert.Equal(2, (await AccountHulp.MailsAsync(app, email, NodigUit.SoortUitnodiging)).Count);
        Assert.Equal([NodigAccountUit.Actie, NodigAccountUit.ActieOpnieuw], (await AuditOverAsync(app, id)).Select(r => r.Actie));
        Assert.Contains("Je ziet op de website persoonlijke gegevens", (await AccountHulp.MailAsync(app, email, NodigUit.SoortUitnodiging)).TextBody,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wijzigen_WijkErbij_WijkteamZietDieAanvragenEnHetIsGelogd()
    {
        var titel = $"Buurtfeest {Guid.NewGuid():N}";
        var ruwaard = await WijkIdAsync(app, "ruwaard");
        var ussen = await WijkIdAsync(app, "ussen");
        var medewerker = await AccountHulp.MaakAccountAsync(app, Rollen.Wijkteam, tweeStaps: true);
        await app.MetDbAsync(db =>
        {
            db.WijkBindingen.Add(new WijkBinding { GebruikerId = medewerker.Id, WijkId = ruwaard });
            return db.SaveChangesAsync();
        });
        await Initiatieven.InitiatiefHulp.IngediendAsync(app, "ussen", titel, [250m]);
        using var wijkteam = await app.IngelogdAsync(medewerker.Email, medewerker.Wachtwoord, medewerker.Sleutel);
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        var voor = await wijkteam.GetStringAsync("/beheer/initiatieven", TestContext.Current.CancellationToken);

        var opgeslagen = await OpslaanAsync(beheer, medewerker.Id, await StempelAsync(beheer, medewerker.Id), [Rollen.Wijkteam], [ruwaard, ussen]);
        var na = await wijkteam.GetStringAsync("/beheer/initiatieven", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(titel, voor, StringComparison.Ordinal);
        Assert.Equal($"/beheer/gebruikers/{medewerker.Id}?gedaan=opgeslagen", opgeslagen.Headers.Location?.OriginalString);
        Assert.Contains(titel, na, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditOverAsync(app, medewerker.Id));
        Assert.Equal(WijzigAccount.Actie, audit.Actie);
        Assert.Equal("wijken: Ruwaard → Ruwaard, Ussen", audit.Details);
    }

    [Fact]
    public async Task Wijzigen_RolEnCollectief_WerktNaDeStempelcontroleEnIsGelogd()
    {
        var lid = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief, "wijkraad-ruwaard", tweeStaps: true);
        var rucrea = await OrganisatieIdAsync(app, "wijkstichting-rucrea");
        using var client = await app.IngelogdAsync(lid.Email, lid.Wachtwoord, lid.Sleutel);
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        var voor = await client.GetAsync("/beheer/moderatie", TestContext.Current.CancellationToken);

        await OpslaanAsync(beheer, lid.Id, await StempelAsync(beheer, lid.Id), [Rollen.Collectief, Rollen.Redactie], collectieven: [rucrea]);
        var begin = app.Klok.Nu;
        HttpResponseMessage na;
        try
        {
            app.Klok.Nu = begin.AddMinutes(2);
            na = await client.GetAsync("/beheer/moderatie", TestContext.Current.CancellationToken);
        }
        finally
        {
            app.Klok.Nu = begin;
        }

        var overzicht = await client.GetStringAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, voor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, na.StatusCode);
        Assert.Contains("<dd>Wijkstichting Rucrea</dd>", overzicht, StringComparison.Ordinal);
        Assert.Equal("rollen: Collectief → Collectief, Redactie; collectieven: Wijkraad Ruwaard → Wijkstichting Rucrea",
            Assert.Single(await AuditOverAsync(app, lid.Id)).Details);
    }

    [Fact]
    public async Task Uitschakelen_InloggenGeweigerdAlsBijFoutWachtwoordEnOudeSessieStopt()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief, "wijkraad-ruwaard");
        using var sessie = await app.IngelogdAsync(account.Email, account.Wachtwoord);
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var uit = await SchakelAsync(beheer, account.Id, uit: true);
        using var poging = app.MaakClient();
        var geweigerd = await WijkApp.InloggenAsync(poging, account.Email, account.Wachtwoord);
        var foutWachtwoord = await WijkApp.InloggenAsync(app.MaakClient(), account.Email, "Dit is niet het wachtwoord");
        var begin = app.Klok.Nu;
        HttpResponseMessage oudeSessie;
        try
        {
            app.Klok.Nu = begin.AddMinutes(2);
            oudeSessie = await sessie.GetAsync("/beheer", TestContext.Current.CancellationToken);
        }
        finally
        {
            app.Klok.Nu = begin;
        }

        var lijst = await beheer.GetStringAsync($"/beheer/gebruikers?zoek={Uri.EscapeDataString(account.Email)}&status=uitgeschakeld",
            TestContext.Current.CancellationToken);
        var weerAan = await SchakelAsync(beheer, account.Id, uit: false);
        var opnieuw = await WijkApp.InloggenAsync(app.MaakClient(), account.Email, account.Wachtwoord);

        Assert.Equal($"/beheer/gebruikers/{account.Id}?gedaan=uitgeschakeld", uit.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains(FouteInlog, await HtmlAsync(geweigerd), StringComparison.Ordinal);
        Assert.Equal(Melding(await HtmlAsync(foutWachtwoord)), Melding(await HtmlAsync(geweigerd)));
        Assert.Equal(HttpStatusCode.Redirect, oudeSessie.StatusCode);
        Assert.StartsWith("/inloggen", oudeSessie.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(account.Email, lijst, StringComparison.Ordinal);
        Assert.Equal($"/beheer/gebruikers/{account.Id}?gedaan=ingeschakeld", weerAan.Headers.Location?.OriginalString);
        Assert.Equal("/beheer", opnieuw.Headers.Location?.OriginalString);
        Assert.Equal(["status: actief → uitgeschakeld", "status: uitgeschakeld → actief"], (await AuditOverAsync(app, account.Id)).Select(r => r.Details));
    }

    [Fact]
    public async Task Beheer_KanZichzelfNietUitschakelenOfDeRolBeheerAfnemen()
    {
        var zelf = await AccountHulp.MaakAccountAsync(app, Rollen.Beheer, tweeStaps: true);
        using var client = await app.IngelogdAsync(zelf.Email, zelf.Wachtwoord, zelf.Sleutel);

        var pagina = await client.GetStringAsync($"/beheer/gebruikers/{zelf.Id}", TestContext.Current.CancellationToken);
        var uit = await SchakelAsync(client, zelf.Id, uit: true);
        var rol = await OpslaanAsync(client, zelf.Id, await StempelAsync(client, zelf.Id), [Rollen.Redactie]);
        var na = await app.MetDbAsync(db => db.Gebruikers.Where(g => g.Id == zelf.Id)
            .Select(g => new { g.UitgeschakeldUtc, Rollen = g.Rollen.Select(r => r.Rol!.Naam).ToList() }).SingleAsync());

        Assert.Contains("Dit is je eigen account. Je kunt het niet zelf uitschakelen.", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Uitschakelen", pagina, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, uit.StatusCode);
        Assert.Contains("Je kunt je eigen account niet uitschakelen.", await HtmlAsync(uit), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rol.StatusCode);
        Assert.Contains("Je kunt je eigen rol Beheer niet weghalen.", await HtmlAsync(rol), StringComparison.Ordinal);
        Assert.Null(na.UitgeschakeldUtc);
        Assert.Equal([Rollen.Beheer], na.Rollen);
        Assert.Empty(await AuditOverAsync(app, zelf.Id));
    }

    [Fact]
    public async Task Opslaan_NaDeWijzigingVanIemandAnders_WordtGeweigerd()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief);
        var ussen = await WijkIdAsync(app, "ussen");
        using var eerste = await app.IngelogdAsync(BeheerEmail);
        using var tweede = await app.IngelogdAsync(BeheerEmail);
        var stempel = await StempelAsync(tweede, account.Id);

        var eerder = await OpslaanAsync(eerste, account.Id, await StempelAsync(eerste, account.Id), [Rollen.Collectief, Rollen.Redactie]);
        var later = await OpslaanAsync(tweede, account.Id, stempel, [Rollen.Wijkteam], [ussen]);
        var uitschakelen = await SchakelAsync(tweede, account.Id, uit: true, stempel);
        var rollen = await app.MetDbAsync(db => db.Set<GebruikerRol>().Where(r => r.GebruikerId == account.Id).Select(r => r.Rol!.Naam).OrderBy(n => n).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, eerder.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Contains("Iemand anders heeft dit account net gewijzigd. Je wijziging is niet opgeslagen.", await HtmlAsync(later), StringComparison.Ordinal);
        Assert.Contains("Iemand anders heeft dit account net gewijzigd.", await HtmlAsync(uitschakelen), StringComparison.Ordinal);
        Assert.Equal([Rollen.Collectief, Rollen.Redactie], rollen);
        Assert.Null((await AccountHulp.GebruikerAsync(app, account.Email)).UitgeschakeldUtc);
        Assert.Single(await AuditOverAsync(app, account.Id));
    }

    private static string Melding(string html)
    {
        var begin = html.IndexOf("utrecht-form-field-error-message", StringComparison.Ordinal);
        return begin < 0 ? "" : html[begin..html.IndexOf("</span>", begin, StringComparison.Ordinal)];
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Tests.Beheer;
using static WijkPlatform.Web.Tests.Initiatieven.AanvraagHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

public sealed partial class AanvraagFormulierTests(AanvraagApp app, BesmetApp besmet, KrappeLimietApp krap)
    : IClassFixture<AanvraagApp>, IClassFixture<BesmetApp>, IClassFixture<KrappeLimietApp>
{
    [Fact]
    public async Task Informatiepagina_ToontUitlegBedragTermijnEnKnop()
    {
        var html = Tekst(await app.HaalAsync("/initiatief"));

        Assert.Contains("Bewonersinitiatief: geld voor jouw idee", html, StringComparison.Ordinal);
        Assert.Contains("Wat is een bewonersinitiatief?", html, StringComparison.Ordinal);
        Assert.Contains("iets nieuws is", html, StringComparison.Ordinal);
        Assert.Contains("trekkers heeft", html, StringComparison.Ordinal);
        Assert.Contains("hoogstens <strong>€ 2.500,00</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Binnen <strong>6 weken</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/initiatief/aanvragen\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/initiatief/toegekend\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clientondersteuning\"", html, StringComparison.Ordinal);
        Assert.Contains("verantwoording", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanvraag_AlleStappenMetBijlagen_WordtOpgeslagenNaarRuwaardEnGemaild()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        // Other tests of this class store files in the same folder, and xUnit runs them in any order.
        var bestandenVoor = app.BestandenOpSchijf;

        var sleutel = await BeginAsync(client, email, "5344 va");
        var gaVerder = await AccountHulp.MailAsync(app, email, "initiatief-ga-verder");
        Assert.Equal($"/initiatief/aanvragen/{sleutel}", AccountHulp.Link(gaVerder, "/initiatief/aanvragen/"));
        await VulInAsync(client, sleutel, Begroting(("Boodschappen", "12,50"), ("", ""), ("Huur zaal", "150")));
        var upload = await UploadAsync(client, sleutel, ("offerte.pdf", Pdf, "application/pdf"), ("tekening.png", Png, "image/png"));
        Assert.Equal($"/initiatief/aanvragen/{sleutel}/5", upload.Headers.Location?.OriginalString);
        var overzicht = Tekst(await app.HaalAsync($"/initiatief/aanvragen/{sleutel}/7"));
        Assert.Contains("Kookclub voor buren", overzicht, StringComparison.Ordinal);
        Assert.Contains("€ 162,50", overzicht, StringComparison.Ordinal);
        Assert.Contains("offerte.pdf", overzicht, StringComparison.Ordinal);
        Assert.Contains("tekening.png", overzicht, StringComparison.Ordinal);
        Assert.Contains($"href=\"/initiatief/aanvragen/{sleutel}/4\"", overzicht, StringComparison.Ordinal);

        var verstuurd = await VerstuurAsync(client, sleutel);

        Assert.Equal(HttpStatusCode.Redirect, verstuurd.StatusCode);
        var bevestiging = verstuurd.Headers.Location!.OriginalString;
        Assert.StartsWith("/initiatief/ontvangen/", bevestiging, StringComparison.Ordinal);
        var statusSleutel = bevestiging["/initiatief/ontvangen/".Length..];
        Assert.NotEqual(sleutel, statusSleutel);
        var initiatief = await InitiatiefAsync(app, email);
        Assert.Equal(InitiatiefStatus.Ingediend, initiatief.Status);
        Assert.Equal(await WijkIdAsync(app, "ruwaard"), initiatief.WijkId);
        Assert.Equal("5344VA", initiatief.Postcode);
        Assert.Equal("12A", initiatief.Huisnummer);
        Assert.Equal(Sleutel.Hash(statusSleutel), initiatief.SleutelHash);
        Assert.Equal([("Boodschappen", 1250L), ("Huur zaal", 15000L)],
            initiatief.Begroting.OrderBy(r => r.Volgorde).Select(r => (r.Omschrijving, r.BedragInCenten)));
        Assert.Equal(16250, initiatief.GevraagdInCenten);
        Assert.Equal(["offerte.pdf", "tekening.png"], initiatief.Bijlagen.OrderBy(b => b.Id).Select(b => b.Naam));
        Assert.Equal(["application/pdf", "image/png"], initiatief.Bijlagen.OrderBy(b => b.Id).Select(b => b.ContentType));
        Assert.Equal(bestandenVoor + 2, app.BestandenOpSchijf);
        Assert.Equal(app.Klok.Nu.UtcDateTime.AddDays(42), initiatief.BeslistermijnUtc);
        Assert.Contains(initiatief.Gebeurtenissen, g => g.Naar == InitiatiefStatus.Ingediend && g.Door == "de aanvrager");
        Assert.Equal("Ruwaard", await AuditAsync(app, initiatief.Id));

        var pagina = Tekst(await app.HaalAsync(bevestiging));
        Assert.Contains(initiatief.Kenmerk, pagina, StringComparison.Ordinal);
        Assert.Contains($"href=\"/initiatief/status/{statusSleutel}\"", pagina, StringComparison.Ordinal);
        Assert.Contains("Wijkteam Ruwaard", pagina, StringComparison.Ordinal);
        Assert.Contains("5 januari 2027", pagina, StringComparison.Ordinal);
        Assert.Contains("href=\"/clientondersteuning\"", pagina, StringComparison.Ordinal);

        var ontvangen = await AccountHulp.MailAsync(app, email, "initiatief-ontvangen");
        Assert.Equal($"/initiatief/status/{statusSleutel}", AccountHulp.Link(ontvangen, "/initiatief/status/"));
        Assert.Contains(initiatief.Kenmerk, ontvangen.TextBody, StringComparison.Ordinal);
        var team = await AccountHulp.MailAsync(app, "wijkteam.ruwaard@example.nl", "initiatief-nieuw");
        Assert.Contains(initiatief.Kenmerk, team.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(statusSleutel, team.TextBody, StringComparison.Ordinal);

        var oudeLink = await client.GetAsync($"/initiatief/aanvragen/{sleutel}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, oudeLink.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", Tekst(await oudeLink.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verstuur_OnbekendePostcode_GaatNaarCentraleWachtrij()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await BeginAsync(client, email, "9999 ZZ");
        await VulInAsync(client, sleutel);
        var voorTeams = await MailsAanTeamsAsync(app);

        var verstuurd = await VerstuurAsync(client, sleutel);

        var pagina = Tekst(await app.HaalAsync(verstuurd.Headers.Location!.OriginalString));
        Assert.Contains("Een medewerker zoekt uit bij welk wijkteam", pagina, StringComparison.Ordinal);
        var initiatief = await InitiatiefAsync(app, email);
        Assert.Equal(InitiatiefStatus.Ingediend, initiatief.Status);
        Assert.Null(initiatief.WijkId);
        Assert.Contains(initiatief.Gebeurtenissen, g => g.Intern && g.Tekst == "Postcode niet gevonden: centrale wachtrij");
        Assert.Equal("centrale wachtrij", await AuditAsync(app, initiatief.Id));
        Assert.Equal(voorTeams, await MailsAanTeamsAsync(app));
        var mail = await AccountHulp.MailAsync(app, email, "initiatief-ontvangen");
        Assert.Contains("Een medewerker zoekt uit bij welk wijkteam", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verstuur_TweeKeer_GeeftEenAanvraagEnEenMail()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await BeginAsync(client, email);
        await VulInAsync(client, sleutel);
        var html = await client.GetStringAsync($"/initiatief/aanvragen/{sleutel}/7", Ct);
        var token = WebUtility.HtmlDecode(TokenIn().Match(html).Groups[1].Value);

        var eerste = await PostMetTokenAsync(client, $"/initiatief/aanvragen/{sleutel}/7?handler=Verstuur", token);
        var tweede = await PostMetTokenAsync(client, $"/initiatief/aanvragen/{sleutel}/7?handler=Verstuur", token);

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tweede.StatusCode);
        Assert.Equal(1, await app.MetDbAsync(db => db.Initiatieven.CountAsync(i => i.Email == email, Ct)));
        Assert.Single(await AccountHulp.MailsAsync(app, email, "initiatief-ontvangen"));
        var kenmerk = (await InitiatiefAsync(app, email)).Kenmerk;
        Assert.Single(await AccountHulp.MailsAsync(app, "wijkteam.ruwaard@example.nl", "initiatief-nieuw"),
            m => m.Tekst.Contains(kenmerk, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stap1_FouteInvoer_ToontMeldingBijVeldEnHoudtInvoer()
    {
        using var client = app.MaakClient();
        var velden = Contact("fatima@@example", "53A4 VA");
        velden["Input.Naam"] = "Fatima Fout";
        velden["Input.Telefoon"] = "bel me";

        var response = await StapAsync(client, null, 1, velden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Tekst(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<title>Fout: Stap 1 van 7", html, StringComparison.Ordinal);
        Assert.Contains("id=\"foutmelding\"", html, StringComparison.Ordinal);
        Assert.Equal("Vul een postcode in zoals 5344 VA.", Melding(html, "Postcode"));
        Assert.Equal("Vul een e-mailadres in zoals naam@voorbeeld.nl.", Melding(html, "Email"));
        Assert.StartsWith("Vul een telefoonnummer in", Melding(html, "Telefoon"), StringComparison.Ordinal);
        Assert.Contains("value=\"53A4 VA\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"fatima@@example\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Fatima Fout\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"uitleg-Input_Postcode fout-Input_Postcode\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Postcode\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.MetDbAsync(db => db.Initiatieven.CountAsync(i => i.Naam == "Fatima Fout", Ct)));
    }

    [Fact]
    public async Task Stap1_TeVaakZelfdeEmailBinnenHetUur_MeldingBijEmailEnGeenMail()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        for (var i = 0; i < Aanvragen.MaxNieuwPerEmailPerUur; i++)
        {
            await BeginAsync(client, email);
        }

        var response = await StapAsync(client, null, 1, Contact(email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Met dit e-mailadres zijn het afgelopen uur al veel aanvragen begonnen.",
            Melding(Tekst(await response.Content.ReadAsStringAsync(Ct)), "Email"), StringComparison.Ordinal);
        Assert.Equal(Aanvragen.MaxNieuwPerEmailPerUur, (await AccountHulp.MailsAsync(app, email, "initiatief-ga-verder")).Count);
    }

    [Fact]
    public async Task Stap2En3_LegeOfFouteVelden_ToontMeldingEnHoudtInvoer()
    {
        using var client = app.MaakClient();
        var sleutel = await BeginAsync(client, NieuwEmail());
        var idee = Idee();
        idee["Input.Titel"] = "";
        idee["Input.Wat"] = "Samen koken";

        var stap2 = Tekst(await (await StapAsync(client, sleutel, 2, idee)).Content.ReadAsStringAsync(Ct));
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 2, Idee()), $"/initiatief/aanvragen/{sleutel}/3");
        var deelnemers = Deelnemers();
        deelnemers["Input.VerwachteDeelnemers"] = "twintig";
        var stap3 = Tekst(await (await StapAsync(client, sleutel, 3, deelnemers)).Content.ReadAsStringAsync(Ct));

        Assert.Equal("Geef je idee een titel.", Melding(stap2, "Titel"));
        Assert.Contains(">Samen koken</textarea>", stap2, StringComparison.Ordinal);
        Assert.Equal("Vul een aantal in met cijfers, bijvoorbeeld 25.", Melding(stap3, "VerwachteDeelnemers"));
        Assert.Contains("value=\"twintig\"", stap3, StringComparison.Ordinal);
        Assert.Contains(">Drie buren en de welzijnswerker.</textarea>", stap3, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Begroting_FoutBedragEnTeVeelGevraagd_ToontMeldingEnHoudtInvoer()
    {
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, NieuwEmail(), 4);

        var fout = Tekst(await (await StapAsync(client, sleutel, 4, Begroting(("Boodschappen", "12,5x"), ("Zaal", "-3")))).Content.ReadAsStringAsync(Ct));
        var teVeel = Tekst(await (await StapAsync(client, sleutel, 4, Begroting(("Zaal", "2.400"), ("Geluid", "100,01")))).Content.ReadAsStringAsync(Ct));

        Assert.Equal("Regel 1: vul een bedrag in euro's in, bijvoorbeeld 12,50.", Melding(fout, "Regels[0].Bedrag"));
        Assert.Equal("Regel 2: een bedrag kan niet onder nul zijn.", Melding(fout, "Regels[1].Bedrag"));
        Assert.Contains("value=\"12,5x\"", fout, StringComparison.Ordinal);
        Assert.Contains("value=\"Boodschappen\"", fout, StringComparison.Ordinal);
        Assert.Contains("Je vraagt € 2.500,01 uit het wijkbudget. Dat mag hoogstens € 2.500,00 zijn.", Melding(teVeel, "Regels"), StringComparison.Ordinal);
        Assert.Contains("value=\"2.400\"", teVeel, StringComparison.Ordinal);
        Assert.Equal(4, (await app.MetDbAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.SleutelHash == Sleutel.Hash(sleutel), Ct))).Stap);
    }

    [Fact]
    public async Task Begroting_EigenBijdrageBrengtHetOnderMaximum_WordtBewaard()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 4);
        var velden = Begroting(("Zaal", "2.400"), ("Geluid", "100,01"));
        velden["Input.EigenBijdrage"] = "50";
        velden["Input.AndereFinanciering"] = "€ 25,-";
        velden["Input.AndereFinancieringToelichting"] = "Fonds van de woningcorporatie";

        await VerwachtRedirectAsync(StapAsync(client, sleutel, 4, velden), $"/initiatief/aanvragen/{sleutel}/5");

        var initiatief = await InitiatiefAsync(app, email);
        Assert.Equal(250001, initiatief.TotaalInCenten);
        Assert.Equal(5000, initiatief.EigenBijdrageInCenten);
        Assert.Equal(2500, initiatief.AndereFinancieringInCenten);
        Assert.Equal(242501, initiatief.GevraagdInCenten);
    }

    [Fact]
    public async Task RegelToevoegen_GeeftExtraLegeRegelEnTotaalZonderOpslaan()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 4);

        var response = await StapAsync(client, sleutel, 4, Begroting(("Boodschappen", "12,50"), ("Huur zaal", "150")), knop: "regel", handler: "Regel");

        var html = Tekst(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nieuweRegel = Regex.Match(html, "name=\"Input\\.Regels\\[2\\]\\.Omschrijving\"[^>]*>");
        Assert.True(nieuweRegel.Success);
        Assert.DoesNotContain("value=", nieuweRegel.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Regels[3]", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Huur zaal\"", html, StringComparison.Ordinal);
        Assert.Contains("Totaal van de kosten: <strong>€ 162,50</strong>", html, StringComparison.Ordinal);
        Assert.Empty((await InitiatiefAsync(app, email)).Begroting);
    }

    [Fact]
    public async Task Bijlage_TekstMetPdfNaamEnNepDocx_Geweigerd()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 5);

        var tekst = await UploadAsync(client, sleutel, ("begroting.pdf", "Dit is gewoon tekst."u8.ToArray(), "application/pdf"));
        var docx = await UploadAsync(client, sleutel, ("plan.docx", NepDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        Assert.Equal(HttpStatusCode.OK, tekst.StatusCode);
        Assert.Contains("begroting.pdf: Dit soort bestand kunnen we niet aannemen.", Tekst(await tekst.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Contains("plan.docx: Dit is geen Word- of Excel-bestand.", Tekst(await docx.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Empty((await InitiatiefAsync(app, email)).Bijlagen);
    }

    [Fact]
    public async Task Bijlage_GroterDan10MB_Geweigerd()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 5);
        var groot = new byte[InitiatiefRegels.MaxBijlageBytes + 1];
        Pdf.CopyTo(groot, 0);

        var response = await UploadAsync(client, sleutel, ("groot.pdf", groot, "application/pdf"));

        Assert.Contains("groter dan 10 MB", Tekst(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Empty((await InitiatiefAsync(app, email)).Bijlagen);
    }

    [Fact]
    public async Task Bijlage_Zesde_GeweigerdEnVerwijderenMaaktRuimte()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 5);
        await UploadAsync(client, sleutel, [.. Enumerable.Range(1, 5).Select(n => ($"stuk-{n}.pdf", Pdf, "application/pdf"))]);

        var zesde = await UploadAsync(client, sleutel, ("stuk-6.pdf", Pdf, "application/pdf"));

        Assert.Contains("Je kunt hoogstens 5 bestanden meesturen.", Tekst(await zesde.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var initiatief = await InitiatiefAsync(app, email);
        Assert.Equal(5, initiatief.Bijlagen.Count);
        var eerste = initiatief.Bijlagen.OrderBy(b => b.Id).First();
        var weg = await WijkApp.PostFormAsync(client, $"/initiatief/aanvragen/{sleutel}/5?handler=Verwijder",
            new Dictionary<string, string> { ["bijlage"] = eerste.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.DoesNotContain((await InitiatiefAsync(app, email)).Bijlagen, b => b.Id == eerste.Id);
        Assert.False(File.Exists(Path.Combine(app.BijlagenMap, eerste.Opslag)));
    }

    [Fact]
    public async Task Bijlage_VirusscannerVindtVirus_GeweigerdEnNietsBewaard()
    {
        var email = NieuwEmail();
        using var client = besmet.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 5);

        var response = await UploadAsync(client, sleutel, ("offerte.pdf", Pdf, "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("In dit bestand zit mogelijk een virus.", Tekst(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Empty((await InitiatiefAsync(besmet, email)).Bijlagen);
        Assert.Equal(0, besmet.BestandenOpSchijf);
    }

    [Fact]
    public async Task TeVeelPostsVanEenAdres_Geweigerd429_LezenBlijftKunnen()
    {
        using var client = krap.MaakClient();
        var eerste = await StapAsync(client, null, 1, Contact(NieuwEmail()));
        var tweede = await StapAsync(client, null, 1, Contact(NieuwEmail()));

        var derde = await StapAsync(client, null, 1, Contact(NieuwEmail()));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], [eerste.StatusCode, tweede.StatusCode]);
        Assert.Equal(HttpStatusCode.TooManyRequests, derde.StatusCode);
        Assert.Equal(2, await krap.MetDbAsync(db => db.Initiatieven.CountAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/initiatief/aanvragen", Ct)).StatusCode);
    }

    [Fact]
    public async Task Toestemming_NietAangevinkt_ToontMelding()
    {
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, NieuwEmail(), 6);

        var response = await StapAsync(client, sleutel, 6, new() { ["Input.ToestemmingPubliceren"] = "true" });

        var html = Tekst(await response.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("Zet een vinkje als je het goed vindt", Melding(html, "ToestemmingGegevens"), StringComparison.Ordinal);
        Assert.Matches("id=\"Input_ToestemmingPubliceren\"\\s+value=\"true\" checked=\"checked\"", html);
    }

    [Fact]
    public async Task Hervatten_ZonderStap_OpentVerstePuntEnNietVerder()
    {
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, NieuwEmail(), 4);

        var zonderStap = await client.GetAsync($"/initiatief/aanvragen/{sleutel}", Ct);
        var vooruit = await client.GetAsync($"/initiatief/aanvragen/{sleutel}/7", Ct);
        var terug = Tekst(await app.HaalAsync($"/initiatief/aanvragen/{sleutel}/2"));

        Assert.Equal($"/initiatief/aanvragen/{sleutel}/4", zonderStap.Headers.Location?.OriginalString);
        Assert.Equal($"/initiatief/aanvragen/{sleutel}/4", vooruit.Headers.Location?.OriginalString);
        Assert.Contains("value=\"Kookclub voor buren\"", terug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpslaanEnLaterVerder_BewaartEnToontUitleg()
    {
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 2);

        var response = await StapAsync(client, sleutel, 2, Idee("Buurtmoestuin"), knop: "later");

        Assert.Equal($"/initiatief/aanvragen/{sleutel}/bewaard", response.Headers.Location?.OriginalString);
        Assert.Contains(email, Tekst(await app.HaalAsync(response.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        var initiatief = await InitiatiefAsync(app, email);
        Assert.Equal("Buurtmoestuin", initiatief.Titel);
        Assert.Equal(2, initiatief.Stap);
    }

    [Theory]
    [InlineData("/initiatief/aanvragen/dit-is-geen-sleutel")]
    [InlineData("/initiatief/aanvragen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/3")]
    public async Task OnbekendeLink_GeeftVriendelijke404(string pad)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(pad, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = Tekst(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Deze link werkt niet (meer)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/initiatief/aanvragen\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formulier_WerktZonderJavaScript()
    {
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, NieuwEmail(), 5);

        foreach (var pad in new[] { "/initiatief", "/initiatief/aanvragen", $"/initiatief/aanvragen/{sleutel}/4", $"/initiatief/aanvragen/{sleutel}/5" })
        {
            var html = await app.HaalAsync(pad);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" onclick=", html, StringComparison.OrdinalIgnoreCase);
        }

        var stap5 = await app.HaalAsync($"/initiatief/aanvragen/{sleutel}/5");
        Assert.Contains("enctype=\"multipart/form-data\"", stap5, StringComparison.Ordinal);
        Assert.All(FormulierTag().Matches(stap5), f => Assert.Contains("method=\"post\"", f.Value, StringComparison.Ordinal));
    }

    /// <summary>Fills in the steps before <paramref name="stap"/>, so a test starts there.</summary>
    private static async Task<string> NaarStapAsync(HttpClient client, string email, int stap)
    {
        var sleutel = await BeginAsync(client, email);
        var stappen = new Dictionary<string, string>[] { Idee(), Deelnemers(), Begroting(("Boodschappen", "250")), [] };
        for (var s = 2; s < stap; s++)
        {
            await VerwachtRedirectAsync(StapAsync(client, sleutel, s, stappen[s - 2]), $"/initiatief/aanvragen/{sleutel}/{s + 1}");
        }

        return sleutel;
    }

    private static async Task<HttpResponseMessage> PostMetTokenAsync(HttpClient client, string url, string token)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(url, form, Ct);
    }

    private static Task<string?> AuditAsync(WijkApp app, int id) => app.MetDbAsync(db =>
        db.AuditLog.AsNoTracking().Where(a => a.Onderwerp == InitiatiefStappen.Onderwerp(id) && a.Actie == "initiatief-ingediend"
            && a.Wie == "aanvraagformulier").Select(a => a.Details).SingleAsync(Ct));

    private static Task<int> MailsAanTeamsAsync(WijkApp app) => app.MetDbAsync(db => db.Outbox.CountAsync(m => m.Soort == "initiatief-nieuw", Ct));

    /// <summary>The message shown beside a field: the error element the field points to with aria-describedby.</summary>
    private static string Melding(string html, string veld)
    {
        var id = "fout-Input_" + Regex.Replace(veld, @"[\[\]\.]", "_");
        var match = Regex.Match(html, $"<(?:span|p) class=\"utrecht-form-field-error-message\" id=\"{Regex.Escape(id)}\">([^<]*)<");
        Assert.True(match.Success, $"Geen melding bij {veld} ({id}).");
        if (veld != "Regels")
        {
            Assert.Matches($"aria-describedby=\"[^\"]*{Regex.Escape(id)}\"", html);
        }

        return match.Groups[1].Value;
    }

    /// <summary>The page as a person reads it: entities decoded and non-breaking spaces as spaces.</summary>
    private static string Tekst(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenIn();

    [GeneratedRegex("<form[^>]*>")]
    private static partial Regex FormulierTag();
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.StatusHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

public sealed class StatusPaginaTests(StatusHulp.App app) : IClassFixture<StatusHulp.App>
{
    // A whole PNG: photos are decoded and written anew before they are stored, so a header alone is refused.
    private static readonly byte[] Png = Afbeeldingen.TestFotos.Png(4, 4);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_InBehandeling_ToontStandTermijnEnOpenbareTijdlijnZonderInterneNotitiesOfNamen()
    {
        var a = await IngediendAsync(app, email: "status1@example.nl");
        await StapAsync(app, Carla, (s, m) => s.NeemInBehandelingAsync(m, a.Id, Ct));
        await StapAsync(app, Carla, (s, m) => s.NotitieAsync(m, a.Id, "Geheime notitie: buurman klaagt over geluid.", Ct));
        var termijn = (await LeesAsync(app, a.Id)).BeslistermijnUtc!.Value;
        using var client = app.MaakClient();

        var response = await client.GetAsync($"/initiatief/status/{a.Sleutel}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Stand van je aanvraag: <strong>in behandeling</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Besluit uiterlijk", html, StringComparison.Ordinal);
        Assert.Contains(Tijd.Dag(DateTime.SpecifyKind(termijn, DateTimeKind.Utc)), html, StringComparison.Ordinal);
        Assert.Contains("Aanvraag verstuurd", html, StringComparison.Ordinal);
        Assert.Contains("Nieuwe stand: in behandeling", html, StringComparison.Ordinal);
        Assert.Contains("Wijkteam Ruwaard", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"ini-tijdlijn\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheime notitie", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Carla", html, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Post_AntwoordMetBijlage_ZetInBehandelingEnSchuiftTermijnOpMetWachttijd()
    {
        var a = await IngediendAsync(app, email: "status2@example.nl");
        await StapAsync(app, Carla, (s, m) => s.StelVraagAsync(m, a.Id, "Hoeveel buren verwacht je?", Ct));
        var voor = await LeesAsync(app, a.Id);
        using var client = app.MaakClient();
        var pagina = $"/initiatief/status/{a.Sleutel}";
        Assert.Contains("Hoeveel buren verwacht je?", await client.GetStringAsync(pagina, Ct), StringComparison.Ordinal);
        app.Klok.Nu = WijkApp.StandaardNu.AddDays(3);
        try
        {
            var response = await PostMultipartAsync(client, pagina, "Antwoord", new Dictionary<string, string> { ["Antwoord.Tekst"] = "Ongeveer zestig buren." },
                ("Antwoord.Bestanden", "lijst.pdf", Pdf, "application/pdf"));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"{pagina}?klaar=antwoord", response.Headers.Location!.OriginalString);
            var na = await LeesAsync(app, a.Id);
            Assert.Equal(InitiatiefStatus.InBehandeling, na.Status);
            Assert.Equal(voor.BeslistermijnUtc!.Value.AddDays(3), na.BeslistermijnUtc);
            Assert.Contains(na.Bijlagen, b => b.Soort == BijlageSoort.Aanvulling && b.Naam == "lijst.pdf");
            Assert.Contains(na.Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Antwoord && g.Tekst == "Ongeveer zestig buren." && !g.Intern);
            Assert.Contains(await MailsAanAsync(app, "wijkteam.ruwaard@example.nl"), m => m.Soort == "initiatief-antwoord" && m.Onderwerp.Contains(na.Kenmerk, StringComparison.Ordinal));
            Assert.Contains(await MailsAanAsync(app, "status2@example.nl"), m => m.Soort == "initiatief-status");
            Assert.True(await app.MetDbAsync(db => db.AuditLog.AnyAsync(r => r.Actie == "initiatief-antwoord" && r.Wie == "bewoner (zonder account)"
                && r.Onderwerp == InitiatiefStappen.Onderwerp(a.Id))));
            var html = await client.GetStringAsync(response.Headers.Location, Ct);
            Assert.Contains("Je antwoord is verstuurd", html, StringComparison.Ordinal);
            Assert.Contains("Ongeveer zestig buren.", html, StringComparison.Ordinal);
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    [Fact]
    public async Task Post_AntwoordMetVerkeerdBestand_ToontFoutBijVeldEnHoudtTekst()
    {
        var a = await IngediendAsync(app, email: "status3@example.nl");
        await StapAsync(app, Carla, (s, m) => s.StelVraagAsync(m, a.Id, "Wie helpt er mee?", Ct));
        using var client = app.MaakClient();
        var pagina = $"/initiatief/status/{a.Sleutel}";

        var response = await PostMultipartAsync(client, pagina, "Antwoord", new Dictionary<string, string> { ["Antwoord.Tekst"] = "Mijn buurvrouw helpt." },
            ("Antwoord.Bestanden", "virus.exe", "MZ\u0090 dit is geen document"u8.ToArray(), "application/octet-stream"));
        var html = await response.Content.ReadAsStringAsync(Ct);
        var leeg = await PostMultipartAsync(client, pagina, "Antwoord", new Dictionary<string, string> { ["Antwoord.Tekst"] = "  " });
        var leegHtml = await leeg.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Antwoord_Bestanden\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-antwoord-bestanden\"", html, StringComparison.Ordinal);
        Assert.Contains("Mijn buurvrouw helpt.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Schrijf je antwoord", leegHtml, StringComparison.Ordinal);
        var na = await LeesAsync(app, a.Id);
        Assert.Equal(InitiatiefStatus.VraagAanAanvrager, na.Status);
        Assert.Single(na.Bijlagen);
        Assert.Single(Directory.GetFiles(app.BijlagenMap), f => na.Bijlagen.Any(b => f.EndsWith(b.Opslag, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("' OR 1=1 --")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%25")]
    public async Task Get_OngeldigeOfOnbekendeSleutel_Geeft404MetUitlegZonderFout(string sleutel)
    {
        var foutenVoor = app.Logboek.Fouten.Count;
        using var client = app.MaakClient();

        var response = await client.GetAsync($"/initiatief/status/{Uri.EscapeDataString(sleutel)}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var bijlage = await client.GetAsync($"/initiatief/status/{Uri.EscapeDataString(sleutel)}/bijlagen/1", Ct);
        var post = await client.PostAsync($"/initiatief/status/{Uri.EscapeDataString(sleutel)}?handler=Intrekken", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/initiatief/status\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bijlage.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(foutenVoor, app.Logboek.Fouten.Count);
    }

    [Fact]
    public async Task Bijlage_EigenBestandAlsDownload_VanAndereAanvraag404()
    {
        var mijn = await IngediendAsync(app, email: "status4@example.nl");
        var ander = await IngediendAsync(app, email: "status5@example.nl");
        var mijnBijlage = (await LeesAsync(app, mijn.Id)).Bijlagen.Single().Id;
        var andereBijlage = (await LeesAsync(app, ander.Id)).Bijlagen.Single().Id;
        using var client = app.MaakClient();

        var eigen = await client.GetAsync($"/initiatief/status/{mijn.Sleutel}/bijlagen/{mijnBijlage}", Ct);
        var vreemd = await client.GetAsync($"/initiatief/status/{mijn.Sleutel}/bijlagen/{andereBijlage}", Ct);

        Assert.Equal(HttpStatusCode.OK, eigen.StatusCode);
        Assert.Equal("application/pdf", eigen.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", eigen.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("begroting.pdf", eigen.Content.Headers.ContentDisposition.FileNameStar ?? eigen.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", eigen.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await eigen.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
    }

    [Fact]
    public async Task Post_Aanvulling_BewaartBestandEnWeigertMeerDanVijf()
    {
        var a = await IngediendAsync(app, email: "status6@example.nl");
        using var client = app.MaakClient();
        var pagina = $"/initiatief/status/{a.Sleutel}";

        var goed = await PostMultipartAsync(client, pagina, "Aanvulling", new Dictionary<string, string>(),
            ("Aanvulling.Bestanden", "offerte.pdf", Pdf, "application/pdf"));
        var teVeel = await PostMultipartAsync(client, pagina, "Aanvulling", new Dictionary<string, string>(),
            Enumerable.Range(1, 4).Select(n => ("Aanvulling.Bestanden", $"extra{n}.pdf", Pdf, "application/pdf")).ToArray());
        var html = await teVeel.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Contains("Je kunt nog 3 bestanden meesturen", html, StringComparison.Ordinal);
        var na = await LeesAsync(app, a.Id);
        Assert.Equal(2, na.Bijlagen.Count);
        Assert.Contains(na.Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Bijlage && g.Tekst!.Contains("offerte.pdf", StringComparison.Ordinal));
        Assert.Contains(await MailsAanAsync(app, "wijkteam.ruwaard@example.nl"), m => m.Soort == "initiatief-aanvulling" && m.Onderwerp.Contains(na.Kenmerk, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Verantwoording_ZetVerantwoordMetBonnenEnFotos()
    {
        var a = await IngediendAsync(app, email: "status7@example.nl");
        await UitbetaaldAsync(app, a);
        using var client = app.MaakClient();
        var pagina = $"/initiatief/status/{a.Sleutel}";
        Assert.Contains("Verantwoording versturen", await client.GetStringAsync(pagina, Ct), StringComparison.Ordinal);

        var fout = await PostMultipartAsync(client, pagina, "Verantwoording", new Dictionary<string, string>
        {
            ["Verantwoording.Tekst"] = "Het was een mooie dag.",
            ["Verantwoording.Kosten"] = "veel",
            ["Verantwoording.Deelnemers"] = "48",
        });
        var foutHtml = await fout.Content.ReadAsStringAsync(Ct);
        var response = await PostMultipartAsync(client, pagina, "Verantwoording", new Dictionary<string, string>
        {
            ["Verantwoording.Tekst"] = "Het was een mooie dag met 48 buren.",
            ["Verantwoording.Kosten"] = "1.312,50",
            ["Verantwoording.Deelnemers"] = "48",
        }, ("Verantwoording.Bonnen", "bon.pdf", Pdf, "application/pdf"), ("Verantwoording.Fotos", "feest.png", Png, "image/png"));

        Assert.Contains("Vul de kosten in euro", foutHtml, StringComparison.Ordinal);
        Assert.Contains("Het was een mooie dag.</textarea>", foutHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var na = await LeesAsync(app, a.Id);
        Assert.Equal(InitiatiefStatus.Verantwoord, na.Status);
        Assert.Equal(131_250, na.WerkelijkeKostenInCenten);
        Assert.Equal(48, na.WerkelijkeDeelnemers);
        Assert.Equal("Het was een mooie dag met 48 buren.", na.VerantwoordingTekst);
        Assert.Contains(na.Bijlagen, b => b.Soort == BijlageSoort.Bon);
        Assert.Contains(na.Bijlagen, b => b.Soort == BijlageSoort.Foto && b.ContentType == "image/png");
        Assert.Contains(await MailsAanAsync(app, "wijkteam.ruwaard@example.nl"), m => m.Soort == "initiatief-verantwoording" && m.Onderwerp.Contains(na.Kenmerk, StringComparison.Ordinal));
        var html = await client.GetStringAsync(response.Headers.Location, Ct);
        Assert.Contains("Je verantwoording", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Verantwoording versturen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Intrekken_VraagtBevestigingEnSluitAf()
    {
        var a = await IngediendAsync(app, email: "status8@example.nl");
        using var client = app.MaakClient();
        var pagina = $"/initiatief/status/{a.Sleutel}";

        var zonder = await WijkApp.PostFormAsync(client, $"{pagina}?handler=Intrekken", new Dictionary<string, string>(), pagina);
        var zonderHtml = await zonder.Content.ReadAsStringAsync(Ct);
        var standNaWeigering = (await LeesAsync(app, a.Id)).Status;
        var met = await WijkApp.PostFormAsync(client, $"{pagina}?handler=Intrekken", new Dictionary<string, string> { ["Intrekken.Zeker"] = "true" }, pagina);

        Assert.Contains("Vink aan dat je je aanvraag echt wilt intrekken", zonderHtml, StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.Ingediend, standNaWeigering);
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        var na = await LeesAsync(app, a.Id);
        Assert.Equal(InitiatiefStatus.Afgesloten, na.Status);
        Assert.NotNull(na.AfgeslotenUtc);
        Assert.Contains(await MailsAanAsync(app, "wijkteam.ruwaard@example.nl"), m => m.Soort == "initiatief-ingetrokken" && m.Onderwerp.Contains(na.Kenmerk, StringComparison.Ordinal));
        var html = await client.GetStringAsync(met.Headers.Location, Ct);
        Assert.Contains("Aanvraag ingetrokken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Intrekken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Besluit uiterlijk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IntrekkenNaBesluit_Geweigerd()
    {
        var a = await IngediendAsync(app, email: "status9@example.nl");
        await UitbetaaldAsync(app, a);
        await using var scope = app.CreateScope();
        var aanvrager = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Aanvrager>(scope.ServiceProvider);

        var uitkomst = await aanvrager.TrekInAsync(a.Sleutel, zeker: true, Ct);

        Assert.Equal(Aanvrager.UitkomstStatus.Geweigerd, uitkomst.Status);
        Assert.Equal(InitiatiefStatus.Uitbetaald, (await LeesAsync(app, a.Id)).Status);
    }

    [Fact]
    public async Task Post_LinkKwijt_MailtWerkendeNieuweLinkOudeDoodZelfdeAntwoordVoorOnbekendAdres()
    {
        var a = await IngediendAsync(app, email: "kwijt@example.nl");
        using var client = app.MaakClient();

        var bekend = await WijkApp.PostFormAsync(client, "/initiatief/status", new Dictionary<string, string> { ["Email"] = " Kwijt@Example.nl " });
        var onbekend = await WijkApp.PostFormAsync(client, "/initiatief/status", new Dictionary<string, string> { ["Email"] = "niemand@example.nl" });

        Assert.Equal(HttpStatusCode.Redirect, bekend.StatusCode);
        Assert.Equal(bekend.StatusCode, onbekend.StatusCode);
        Assert.Equal(bekend.Headers.Location, onbekend.Headers.Location);
        var mail = Assert.Single(await MailsAanAsync(app, "kwijt@example.nl"), m => m.Soort == "initiatief-nieuwe-link");
        Assert.Empty(await MailsAanAsync(app, "niemand@example.nl"));
        var nieuw = SleutelUit(mail.Tekst);
        Assert.NotNull(nieuw);
        Assert.NotEqual(a.Sleutel, nieuw);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/initiatief/status/{nieuw}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/initiatief/status/{a.Sleutel}", Ct)).StatusCode);
        Assert.Contains("Kijk in je mail", await client.GetStringAsync(bekend.Headers.Location, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LinkKwijtZonderGeldigAdres_ToontFoutBijVeld()
    {
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/initiatief/status", new Dictionary<string, string> { ["Email"] = "geen-adres" });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"geen-adres\"", html, StringComparison.Ordinal);
    }
}

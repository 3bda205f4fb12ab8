using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Tests.Beheer;
using static WijkPlatform.Web.Tests.Initiatieven.InitiatiefHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

public sealed class BackOfficeTests(BackOfficeTests.App app) : IClassFixture<BackOfficeTests.App>
{
    /// <summary>A site of its own for these tests; its attachment folder is a temporary one (<see cref="WijkApp.BijlagenMap"/>).</summary>
    public sealed class App : WijkApp;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Pagina(int id) => $"/beheer/initiatieven/{id}";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string>? velden = null,
        int? formulierVan = null) =>
        WijkApp.PostFormAsync(client, $"{Pagina(id)}?handler={handler}", velden ?? [], Pagina(formulierVan ?? id));

    [Fact]
    public async Task Wachtrij_Wijkteams_ZienAlleenHunEigenWijk()
    {
        var ruwaard = await IngediendAsync(app, "ruwaard", "Speeltuin opknappen Ruwaard", [300m]);
        var ussen = await IngediendAsync(app, "ussen", "Buurtmoestuin Ussen", [200m]);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        using var u = await app.IngelogdAsync(WijkteamUssen);

        var lijstR = await r.GetStringAsync("/beheer/initiatieven", Ct);
        var lijstU = await u.GetStringAsync("/beheer/initiatieven", Ct);

        Assert.Contains("Speeltuin opknappen Ruwaard", lijstR, StringComparison.Ordinal);
        Assert.DoesNotContain("Buurtmoestuin Ussen", lijstR, StringComparison.Ordinal);
        Assert.Contains("Buurtmoestuin Ussen", lijstU, StringComparison.Ordinal);
        Assert.DoesNotContain("Speeltuin opknappen Ruwaard", lijstU, StringComparison.Ordinal);
        Assert.Contains("nog 42 dagen", lijstR, StringComparison.Ordinal);
        Assert.DoesNotContain("Femke de Vries", lijstR, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await r.GetAsync(Pagina(ruwaard), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync(Pagina(ussen), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await u.GetAsync(Pagina(ussen), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await u.GetAsync(Pagina(ruwaard), Ct)).StatusCode);
    }

    [Fact]
    public async Task Wachtrij_VerlopenTermijnEnConcept_TermijnInWoorden_ConceptNooit()
    {
        var laat = await IngediendAsync(app, "ruwaard", "Te laat beoordeeld", [100m]);
        await WijzigAsync(app, laat, i => i.BeslistermijnUtc = app.Klok.GetUtcNow().UtcDateTime.AddDays(-1));
        var concept = await IngediendAsync(app, "ruwaard", "Nog een concept", [100m]);
        await WijzigAsync(app, concept, i => i.Status = InitiatiefStatus.Concept);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);

        var lijst = await r.GetStringAsync("/beheer/initiatieven?status=alle", Ct);

        Assert.Contains("Te laat beoordeeld", lijst, StringComparison.Ordinal);
        Assert.Contains(">verlopen<", lijst, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog een concept", lijst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync(Pagina(concept), Ct)).StatusCode);
        var alleenAfgewezen = await r.GetStringAsync("/beheer/initiatieven?status=Afgewezen", Ct);
        Assert.DoesNotContain("Te laat beoordeeld", alleenAfgewezen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AndereWijk_ElkeStap_GeeftNietGevonden_EnVerandertNiets()
    {
        var eigen = await IngediendAsync(app, "ruwaard", "Eigen aanvraag", [100m]);
        var ussen = await IngediendAsync(app, "ussen", "Niet van Ruwaard", [500m]);
        var ruwaardId = await WijkIdAsync(app, "ruwaard");
        var voor = await LeesAsync(app, ussen);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        var handlers = new Dictionary<string, Dictionary<string, string>>
        {
            ["NeemInBehandeling"] = [],
            ["WijsToe"] = new() { ["BeoordelaarId"] = (await GebruikerIdAsync(app, WijkteamRuwaard)).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["Notitie"] = new() { ["Notitie"] = "Stiekem" },
            ["Vraag"] = new() { ["Vraag"] = "Stiekem?" },
            ["Besluit"] = new() { ["Beslissing"] = "Toekennen", ["Bedrag"] = "100", ["Motivering"] = "Stiekem" },
            ["Goedkeuren"] = [],
            ["Terugsturen"] = new() { ["Reden"] = "Stiekem" },
            ["Uitbetalen"] = new() { ["UitbetaalBedrag"] = "100" },
            ["Afsluiten"] = new() { ["Toelichting"] = "Stiekem" },
            ["VerantwoordingTerug"] = new() { ["TerugReden"] = "Stiekem" },
            ["Doorsturen"] = new() { ["NaarWijkId"] = ruwaardId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["DoorReden"] = "Naar ons" },
        };

        foreach (var (handler, velden) in handlers)
        {
            var antwoord = await PostAsync(r, ussen, handler, velden, formulierVan: eigen);
            Assert.True(antwoord.StatusCode == HttpStatusCode.NotFound, $"{handler} gaf {(int)antwoord.StatusCode}.");
        }

        var na = await LeesAsync(app, ussen);
        Assert.Equal(voor.Status, na.Status);
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Equal(voor.WijkId, na.WijkId);
        Assert.Null(na.BeoordelaarId);
        Assert.Equal(voor.Gebeurtenissen.Count, na.Gebeurtenissen.Count);
        Assert.Empty(await BoekingenAsync(app, ussen));
        Assert.Empty(await AuditAsync(app, ussen));
        var andere = await r.GetAsync(Pagina(ussen), Ct);
        var geen = await r.GetAsync(Pagina(999_999), Ct);
        Assert.Equal(HttpStatusCode.NotFound, andere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, geen.StatusCode);
        Assert.Equal(await geen.Content.ReadAsStringAsync(Ct), await andere.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Beheer_ZietCentraleWachtrij_WijkteamNiet()
    {
        var centraal = await IngediendAsync(app, null, "Bankje zonder wijk", [150m]);
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);

        var lijst = await beheer.GetStringAsync("/beheer/initiatieven", Ct);
        var alleenCentraal = await beheer.GetStringAsync("/beheer/initiatieven?wijk=centraal", Ct);
        var detail = await beheer.GetStringAsync(Pagina(centraal), Ct);

        Assert.Contains("Postcode niet gevonden: kies de wijk", lijst, StringComparison.Ordinal);
        Assert.Contains("Bankje zonder wijk", lijst, StringComparison.Ordinal);
        Assert.Contains("Bankje zonder wijk", alleenCentraal, StringComparison.Ordinal);
        Assert.Contains("Doorsturen", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Bankje zonder wijk", await r.GetStringAsync("/beheer/initiatieven", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync(Pagina(centraal), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/beheer/initiatieven")]
    [InlineData("/beheer/wijkbudget")]
    public async Task GeenWijkteam_KrijgtGeenToegang(string url)
    {
        var id = await IngediendAsync(app, "ruwaard", "Voor niemand anders", [100m]);
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        using var anoniem = app.MaakClient();

        foreach (var pad in new[] { url, Pagina(id) })
        {
            var alsLid = await lid.GetAsync(pad, Ct);
            var alsAnoniem = await anoniem.GetAsync(pad, Ct);

            Assert.Equal(HttpStatusCode.Redirect, alsLid.StatusCode);
            Assert.StartsWith("/geen-toegang", alsLid.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, alsAnoniem.StatusCode);
            Assert.StartsWith("/inloggen?ReturnUrl=", alsAnoniem.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Empty(await AuditAsync(app, id));
    }

    [Fact]
    public async Task Aanvraag_Bekijken_SchrijftAuditRegel_EnToontPersoonsgegevens()
    {
        var id = await IngediendAsync(app, "ruwaard", "Koffieochtend", [80m, 20m], email: "femke.koffie@example.nl");
        var gebruiker = await GebruikerIdAsync(app, WijkteamRuwaard);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);

        var html = await r.GetStringAsync(Pagina(id), Ct);

        Assert.Contains("Femke de Vries", html, StringComparison.Ordinal);
        Assert.Contains("femke.koffie@example.nl", html, StringComparison.Ordinal);
        Assert.Contains("Geld voor tenten en eten.", html, StringComparison.Ordinal);
        Assert.Contains("Wijkbudget Ruwaard 2026", html, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync(app, id));
        Assert.Equal("initiatief-bekeken", audit.Actie);
        Assert.Equal(gebruiker, audit.GebruikerId);

        await r.GetStringAsync(Pagina(id), Ct);
        Assert.Equal(2, (await AuditAsync(app, id)).Count(a => a.Actie == "initiatief-bekeken"));
    }

    [Fact]
    public async Task Aanvraag_NaWissen_ZegtDatGegevensWegZijn()
    {
        var id = await IngediendAsync(app, "ruwaard", "Oud initiatief", [100m]);
        await WijzigAsync(app, id, i =>
        {
            i.Naam = null;
            i.Email = null;
            i.Telefoon = null;
            i.GewistUtc = app.Klok.GetUtcNow().UtcDateTime;
        });
        using var r = await app.IngelogdAsync(WijkteamRuwaard);

        var html = await r.GetStringAsync(Pagina(id), Ct);

        Assert.Contains("De persoonsgegevens van deze aanvraag zijn verwijderd", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Femke de Vries", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bijlage_Downloaden_AlsBijlageMetTypeEnAudit_AndereWijkNietGevonden()
    {
        var id = await IngediendAsync(app, "ruwaard", "Met offerte", [100m]);
        var inhoud = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();
        int bijlageId;
        await using (var scope = app.CreateScope())
        {
            var opslag = scope.ServiceProvider.GetRequiredService<BijlagenOpslag>();
            var ontvangen = await opslag.OntvangAsync(new MemoryStream(inhoud), "offerte tenten.pdf", BijlageSoort.Aanvraag, Ct);
            Assert.NotNull(ontvangen.Bijlage);
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
            ontvangen.Bijlage.InitiatiefId = id;
            db.InitiatiefBijlagen.Add(ontvangen.Bijlage);
            await db.SaveChangesAsync(Ct);
            bijlageId = ontvangen.Bijlage.Id;
        }

        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        using var u = await app.IngelogdAsync(WijkteamUssen);

        var pagina = await r.GetStringAsync(Pagina(id), Ct);
        var antwoord = await r.GetAsync($"{Pagina(id)}/bijlagen/{bijlageId}", Ct);

        Assert.Contains($"/beheer/initiatieven/{id}/bijlagen/{bijlageId}", pagina, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/pdf", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", antwoord.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join(",", antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(inhoud, await antwoord.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains(await AuditAsync(app, id), a => a.Actie == "initiatief-bijlage-bekeken");
        Assert.Equal(HttpStatusCode.NotFound, (await u.GetAsync($"{Pagina(id)}/bijlagen/{bijlageId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync($"{Pagina(id)}/bijlagen/{bijlageId + 1000}", Ct)).StatusCode);
    }

    [Fact]
    public async Task VolledigeRoute_InBehandeling_Notitie_Vraag_Toekennen_Uitbetalen_Afsluiten()
    {
        var id = await IngediendAsync(app, "ruwaard", "Straatfeest Molenstraat", [400m, 250m], email: "straatfeest@example.nl");
        var carla = await GebruikerIdAsync(app, WijkteamRuwaard);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);

        var stap1 = await PostAsync(r, id, "NeemInBehandeling");
        Assert.Equal(HttpStatusCode.Redirect, stap1.StatusCode);
        Assert.Equal(Pagina(id), stap1.Headers.Location?.OriginalString);
        var na1 = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.InBehandeling, na1.Status);
        Assert.Equal(carla, na1.BeoordelaarId);
        Assert.Contains("in behandeling genomen", await r.GetStringAsync(Pagina(id), Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(r, id, "Notitie", new() { ["Notitie"] = "Buurman belt nog over de stroom." })).StatusCode);
        var notitie = Assert.Single((await LeesAsync(app, id)).Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Notitie);
        Assert.True(notitie.Intern);
        Assert.Equal("Buurman belt nog over de stroom.", notitie.Tekst);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(r, id, "Vraag", new() { ["Vraag"] = "Hoeveel tenten heb je nodig?" })).StatusCode);
        Assert.Equal(InitiatiefStatus.VraagAanAanvrager, (await LeesAsync(app, id)).Status);
        var vraagMail = await AccountHulp.MailAsync(app, "straatfeest@example.nl", "initiatief-vraag");
        Assert.Contains("Hoeveel tenten heb je nodig?", vraagMail.TextBody, StringComparison.Ordinal);
        var pagina = await r.GetStringAsync(Pagina(id), Ct);
        Assert.Contains(">intern<", pagina, StringComparison.Ordinal);
        Assert.Contains("wacht op de aanvrager", pagina, StringComparison.Ordinal);

        // The answer arrives by phone: the reviewer takes the request on again.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(r, id, "NeemInBehandeling")).StatusCode);
        var besluit = await PostAsync(r, id, "Besluit", new() { ["Beslissing"] = "Toekennen", ["Bedrag"] = "650,00", ["Motivering"] = "Past goed bij de wijk." });
        Assert.Equal(HttpStatusCode.Redirect, besluit.StatusCode);
        var toegekend = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.Toegekend, toegekend.Status);
        Assert.Equal(65_000, toegekend.ToegekendBedragInCenten);
        Assert.Equal(carla, toegekend.BesluitDoorId);
        var boeking = Assert.Single(await BoekingenAsync(app, id));
        Assert.Equal((BoekingSoort.Toekenning, 65_000L), (boeking.Soort, boeking.BedragInCenten));
        var budget = await r.GetStringAsync("/beheer/wijkbudget", Ct);
        Assert.Contains($"2026-{id:0000}", budget, StringComparison.Ordinal);
        Assert.Contains("Boekingen Ruwaard 2026", budget, StringComparison.Ordinal);
        var statusMail = await AccountHulp.MailAsync(app, "straatfeest@example.nl", "initiatief-status");
        Assert.NotNull(statusMail.TextBody);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(r, id, "Uitbetalen", new() { ["UitbetaalBedrag"] = "500" })).StatusCode);
        var betaald = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.Uitbetaald, betaald.Status);
        Assert.Equal(50_000, betaald.UitbetaaldBedragInCenten);

        await WijzigAsync(app, id, i =>
        {
            i.Status = InitiatiefStatus.Verantwoord;
            i.VerantwoordingTekst = "Het feest was druk bezocht.";
            i.WerkelijkeKostenInCenten = 50_000;
            i.WerkelijkeDeelnemers = 95;
            i.VerantwoordUtc = app.Klok.GetUtcNow().UtcDateTime;
        });
        pagina = await r.GetStringAsync(Pagina(id), Ct);
        Assert.Contains("Het feest was druk bezocht.", pagina, StringComparison.Ordinal);
        Assert.Contains("Akkoord en afsluiten", pagina, StringComparison.Ordinal);
        Assert.Contains("Terug naar aanvrager met reden", pagina, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(r, id, "Afsluiten", new() { ["Toelichting"] = "Dank je wel!" })).StatusCode);
        Assert.Equal(InitiatiefStatus.Afgesloten, (await LeesAsync(app, id)).Status);
        Assert.Equal(
            [(BoekingSoort.Toekenning, 65_000L), (BoekingSoort.Betaling, 50_000L), (BoekingSoort.Vrijval, 15_000L)],
            (await BoekingenAsync(app, id)).Select(b => (b.Soort, b.BedragInCenten)).ToList());
        var acties = (await AuditAsync(app, id)).Select(a => a.Actie).ToList();
        Assert.Contains("initiatief-in-behandeling", acties);
        Assert.Contains("initiatief-besluit", acties);
        Assert.Contains("initiatief-afgesloten", acties);
    }

    [Fact]
    public async Task VierOgen_VoorstellerKanNietZelfGoedkeuren_CoordinatorWel()
    {
        var id = await IngediendAsync(app, "ruwaard", "Buurttuin met kas", [1500m]);
        var carla = await GebruikerIdAsync(app, WijkteamRuwaard);
        var gerda = await GebruikerIdAsync(app, CoordinatorRuwaard);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        using var c = await app.IngelogdAsync(CoordinatorRuwaard);
        await PostAsync(r, id, "NeemInBehandeling");

        var voorstel = await PostAsync(r, id, "Besluit", new() { ["Beslissing"] = "Toekennen", ["Bedrag"] = "1.500", ["Motivering"] = "Mooi plan voor de hele straat." });

        Assert.Equal(HttpStatusCode.Redirect, voorstel.StatusCode);
        var voorgelegd = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.BesluitVoorgelegd, voorgelegd.Status);
        Assert.Equal(carla, voorgelegd.VoorstelDoorId);
        Assert.Empty(await BoekingenAsync(app, id));
        var pagina = await r.GetStringAsync(Pagina(id), Ct);
        Assert.Contains("moet een collega van het wijkteam het besluit goedkeuren", pagina, StringComparison.Ordinal);
        Assert.Contains("Je hebt dit besluit zelf voorgesteld", pagina, StringComparison.Ordinal);

        var zelf = await PostAsync(r, id, "Goedkeuren");
        Assert.Equal(HttpStatusCode.OK, zelf.StatusCode);
        Assert.Contains("Je hebt dit besluit zelf voorgesteld. Een andere medewerker van het wijkteam moet het goedkeuren.",
            await zelf.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.BesluitVoorgelegd, (await LeesAsync(app, id)).Status);

        var collega = await PostAsync(c, id, "Goedkeuren");
        Assert.Equal(HttpStatusCode.Redirect, collega.StatusCode);
        var besloten = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.Toegekend, besloten.Status);
        Assert.Equal(150_000, besloten.ToegekendBedragInCenten);
        Assert.Equal(carla, besloten.BesluitDoorId);
        Assert.Equal(gerda, besloten.TweedeBeoordelaarId);
        Assert.Equal((BoekingSoort.Toekenning, 150_000L), Assert.Single(await BoekingenAsync(app, id)) is var b ? (b.Soort, b.BedragInCenten) : default);
    }

    [Fact]
    public async Task OngeldigeStap_UitbetalenInBehandeling_WordtGeweigerd_EnVerandertNiets()
    {
        var id = await IngediendAsync(app, "ruwaard", "Nog niet besloten", [300m]);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        await PostAsync(r, id, "NeemInBehandeling");
        var voor = await LeesAsync(app, id);

        var antwoord = await PostAsync(r, id, "Uitbetalen", new() { ["UitbetaalBedrag"] = "300" });
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Contains("Bij de stand &#x27;in behandeling&#x27; kun je niet uitbetalen.", html.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        var na = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.InBehandeling, na.Status);
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Null(na.UitbetaaldBedragInCenten);
        Assert.Empty(await BoekingenAsync(app, id));
    }

    [Fact]
    public async Task Besluit_OngeldigBedrag_FoutBijVeld_EnTekstBlijftStaan()
    {
        var id = await IngediendAsync(app, "ruwaard", "Bedrag met punt", [300m]);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        await PostAsync(r, id, "NeemInBehandeling");

        var antwoord = await PostAsync(r, id, "Besluit", new() { ["Beslissing"] = "Toekennen", ["Bedrag"] = "12.50", ["Motivering"] = "Mijn <getypte> motivering" });
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("id=\"fout-Bedrag\"", html, StringComparison.Ordinal);
        Assert.Contains("bijvoorbeeld 750 of 1.250,50", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12.50\"", html, StringComparison.Ordinal);
        Assert.Contains("Mijn &lt;getypte&gt; motivering</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.InBehandeling, (await LeesAsync(app, id)).Status);
    }

    [Fact]
    public async Task Besluit_MeerDanErOverIs_WordtGeweigerd()
    {
        var vulling = await IngediendAsync(app, "ruwaard", "Groot project 2027", [100m], jaar: 2027);
        var ruwaard = await WijkIdAsync(app, "ruwaard");
        await app.MetDbAsync(async db =>
        {
            db.BudgetBoekingen.Add(new BudgetBoeking
            {
                WijkId = ruwaard,
                Jaar = 2027,
                InitiatiefId = vulling,
                Soort = BoekingSoort.Toekenning,
                BedragInCenten = 24_000_00,
                TijdUtc = app.Klok.GetUtcNow().UtcDateTime,
                Omschrijving = "Besluit: toegekend",
            });
            return await db.SaveChangesAsync();
        });
        var id = await IngediendAsync(app, "ruwaard", "Past niet meer", [1200m], jaar: 2027);
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        await PostAsync(r, id, "NeemInBehandeling");

        var antwoord = await PostAsync(r, id, "Besluit", new() { ["Beslissing"] = "Toekennen", ["Bedrag"] = "1200", ["Motivering"] = "Goed plan." });
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("in het wijkbudget van 2027. Kies een lager bedrag.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-Bedrag\"", html, StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.InBehandeling, (await LeesAsync(app, id)).Status);
        Assert.Empty(await BoekingenAsync(app, id));
    }

    [Fact]
    public async Task Doorsturen_RuwaardNaarUssen_IsGelogd_EnRuwaardZietHetNietMeer()
    {
        var id = await IngediendAsync(app, "ruwaard", "Eigenlijk in Ussen", [250m]);
        var ussen = await WijkIdAsync(app, "ussen");
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        using var u = await app.IngelogdAsync(WijkteamUssen);

        var antwoord = await PostAsync(r, id, "Doorsturen", new()
        {
            ["NaarWijkId"] = ussen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DoorReden"] = "Het adres ligt in Ussen.",
        });

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/beheer/initiatieven", antwoord.Headers.Location?.OriginalString);
        var na = await LeesAsync(app, id);
        Assert.Equal(ussen, na.WijkId);
        var regel = Assert.Single(na.Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Doorgestuurd);
        Assert.Equal("Van Ruwaard naar Ussen: Het adres ligt in Ussen.", regel.Tekst);
        Assert.True(regel.Intern);
        Assert.Contains(await AuditAsync(app, id), a => a.Actie == "initiatief-doorgestuurd");
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync(Pagina(id), Ct)).StatusCode);
        Assert.DoesNotContain("Eigenlijk in Ussen", await r.GetStringAsync("/beheer/initiatieven", Ct), StringComparison.Ordinal);
        Assert.Contains("Eigenlijk in Ussen", await u.GetStringAsync("/beheer/initiatieven", Ct), StringComparison.Ordinal);
        Assert.Contains("Het adres ligt in Ussen.", await u.GetStringAsync(Pagina(id), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doorsturen_ZonderReden_FoutBijVeld_EnWijkBlijft()
    {
        var id = await IngediendAsync(app, "ruwaard", "Reden vergeten", [250m]);
        var ussen = await WijkIdAsync(app, "ussen");
        var ruwaard = await WijkIdAsync(app, "ruwaard");
        using var r = await app.IngelogdAsync(WijkteamRuwaard);

        var antwoord = await PostAsync(r, id, "Doorsturen", new() { ["NaarWijkId"] = ussen.ToString(System.Globalization.CultureInfo.InvariantCulture), ["DoorReden"] = " " });
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("id=\"fout-DoorReden\"", html, StringComparison.Ordinal);
        Assert.Equal(ruwaard, (await LeesAsync(app, id)).WijkId);
    }

    [Fact]
    public async Task Wijkbudget_WijkteamZietAlleenEigenWijk_BeheerAlle_JaarKiesbaar()
    {
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var alsRuwaard = await r.GetStringAsync("/beheer/wijkbudget", Ct);
        var alsBeheer = await beheer.GetStringAsync("/beheer/wijkbudget?jaar=2027", Ct);

        Assert.Contains("Stand van het wijkbudget Ruwaard in 2026", alsRuwaard, StringComparison.Ordinal);
        Assert.DoesNotContain("Ussen", alsRuwaard, StringComparison.Ordinal);
        Assert.Contains("Stand van het wijkbudget Ruwaard in 2027", alsBeheer, StringComparison.Ordinal);
        Assert.Contains("Stand van het wijkbudget Ussen in 2027", alsBeheer, StringComparison.Ordinal);
        Assert.Contains("scope=\"col\"", alsRuwaard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overzicht_WijkteamZiet_LinksNaarInitiatievenEnWijkbudget()
    {
        using var r = await app.IngelogdAsync(WijkteamRuwaard);
        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");

        var html = await r.GetStringAsync("/beheer", Ct);

        Assert.Contains("href=\"/beheer/initiatieven\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/wijkbudget\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/beheer/initiatieven\"", await lid.GetStringAsync("/beheer", Ct), StringComparison.Ordinal);
    }
}

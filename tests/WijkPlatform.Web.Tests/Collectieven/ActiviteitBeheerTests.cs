using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Tests.Aanmelden;
using WijkPlatform.Web.Tests.Afbeeldingen;
using static WijkPlatform.Web.Tests.Collectieven.BeheerHulp;

namespace WijkPlatform.Web.Tests.Collectieven;

public sealed class ActiviteitBeheerTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nieuw_VertrouwdCollectief_WekelijksMetFoto_StaatMeteenInDeAgenda()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        var velden = await FormulierAsync(app, "Wandelen met de wijkraad", "wijkraad-ruwaard", datum: "2026-11-25");
        velden["Input.AfbeeldingAlt"] = "Buren wandelen langs de Maas";

        var antwoord = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, TestFotos.JpegMetExif(1200, 800, 1), "/beheer/activiteiten/nieuw");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var a = await ActiviteitAsync(app, "Wandelen met de wijkraad");
        Assert.NotNull(a);
        Assert.Equal(ActiviteitStatus.Gepubliceerd, a.Status);
        Assert.Equal("FREQ=WEEKLY;BYDAY=WE", a.Herhaling);
        Assert.Equal(90, a.DuurMinuten);
        Assert.StartsWith("/media/uploads/", a.Afbeelding, StringComparison.Ordinal);
        var datums = await app.MetDbAsync(db => db.Voorkomens.CountAsync(v => v.ActiviteitId == a.Id, Ct));
        Assert.True(datums > 40, $"Een wekelijkse reeks hoort een jaar vooruit gepland te zijn, maar had {datums} datums.");

        var detail = await client.GetStringAsync($"/activiteiten/{a.Slug}", Ct);
        Assert.Contains("srcset=\"/media/uploads/", detail, StringComparison.Ordinal);
        Assert.Contains("alt=\"Buren wandelen langs de Maas\"", detail, StringComparison.Ordinal);
        var agenda = await client.GetStringAsync("/activiteiten?wijk=ruwaard&periode=week", Ct);
        Assert.Contains("Wandelen met de wijkraad", agenda, StringComparison.Ordinal);
        var ics = await client.GetStringAsync("/agenda.ics", Ct);
        Assert.Contains("Wandelen met de wijkraad", ics, StringComparison.Ordinal);
        var log = await app.MetDbAsync(db => db.AuditLog.Where(r => r.Onderwerp.EndsWith(":" + a.Slug)).Select(r => r.Actie).ToListAsync(Ct));
        Assert.Contains("activiteit-aangemaakt", log);
    }

    [Fact]
    public async Task Nieuw_NietVertrouwdCollectief_WachtOpRedactie_EnIsNergensTeZien()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Rucrea);
        var velden = await FormulierAsync(app, "Spelletjesmiddag Rucrea", "wijkstichting-rucrea", herhaling: "Eenmalig");

        var antwoord = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, null, "/beheer/activiteiten/nieuw");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var a = await ActiviteitAsync(app, "Spelletjesmiddag Rucrea");
        Assert.NotNull(a);
        Assert.Equal(ActiviteitStatus.TerBeoordeling, a.Status);
        Assert.Equal(0, await app.MetDbAsync(db => db.Voorkomens.CountAsync(v => v.ActiviteitId == a.Id, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/activiteiten/{a.Slug}", Ct)).StatusCode);
        var lijst = await client.GetStringAsync("/beheer/activiteiten", Ct);
        Assert.Contains("Wacht op de redactie", lijst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nieuw_OngeldigeInvoer_FoutBijHetVeld_EnAllesBlijftStaan()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        var velden = await FormulierAsync(app, "", "wijkraad-ruwaard");
        velden["Input.Samenvatting"] = "Mijn <getypte> samenvatting";
        velden["Input.Tot"] = "09:00";

        var antwoord = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, null, "/beheer/activiteiten/nieuw");
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Contains("Vul een titel in.", html, StringComparison.Ordinal);
        Assert.Contains("De eindtijd moet na de begintijd liggen.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mijn &lt;getypte&gt; samenvatting\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"09:00\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nieuw_FotoZonderBeschrijving_FoutBijHetVeld_EnDeFotoBlijftBewaard()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        var velden = await FormulierAsync(app, "Foto zonder alt", "wijkraad-ruwaard");

        var antwoord = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, TestFotos.JpegMetExif(800, 600, 1), "/beheer/activiteiten/nieuw");
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Schrijf in een paar woorden wat er op de foto staat", html, StringComparison.Ordinal);
        var pad = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.AfbeeldingPad\" value=\"(/media/uploads/[^\"]+\\.webp)\"");
        Assert.True(pad.Success, "Het formulier hoort de al opgeslagen foto te onthouden.");
        Assert.Null(await ActiviteitAsync(app, "Foto zonder alt"));

        velden["Input.AfbeeldingPad"] = pad.Groups[1].Value;
        velden["Input.AfbeeldingAlt"] = "Een rode en een blauwe helft";
        var tweede = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, null, "/beheer/activiteiten/nieuw");
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.Equal(pad.Groups[1].Value, (await ActiviteitAsync(app, "Foto zonder alt"))?.Afbeelding);
    }

    [Fact]
    public async Task Nieuw_TekstAlsFoto_WordtGeweigerdMetNederlandseMelding()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        var velden = await FormulierAsync(app, "Nepfoto", "wijkraad-ruwaard");
        velden["Input.AfbeeldingAlt"] = "Iets";

        var antwoord = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, "dit is geen foto"u8.ToArray(), "/beheer/activiteiten/nieuw");
        var html = await antwoord.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Dit bestand is geen foto die we kunnen gebruiken.", html, StringComparison.Ordinal);
        Assert.Null(await ActiviteitAsync(app, "Nepfoto"));
    }

    [Fact]
    public async Task Nieuw_VoorEenAnderCollectief_WordtGeweigerd()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Rucrea);
        var velden = await FormulierAsync(app, "Namens de wijkraad", "wijkraad-ruwaard");

        var antwoord = await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, null, "/beheer/activiteiten/nieuw");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Kies een van jouw eigen collectieven.", await antwoord.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Null(await ActiviteitAsync(app, "Namens de wijkraad"));
    }

    [Fact]
    public async Task ElkeActie_AlsLidVanEenAnderCollectief_IsNietGevonden_EnVerandertNiets()
    {
        var id = await IdAsync(app, "buurtlunch-de-haard");
        var voor = await app.MetDbAsync(db => db.Activiteiten.AsNoTracking().SingleAsync(a => a.Id == id, Ct));
        var aantalVoor = await app.MetDbAsync(db => db.Activiteiten.CountAsync(Ct));
        using var eigen = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        using var ander = await OrganisatorApp.IngelogdAsync(app, Rucrea);
        var velden = await FormulierAsync(app, "Overgenomen!", "wijkstichting-rucrea");
        var token = await TokenVeldAsync(ander);

        Assert.Equal(HttpStatusCode.OK, (await eigen.GetAsync($"/beheer/activiteiten/{id}/bewerken", Ct)).StatusCode);
        foreach (var pad in new[] { "bewerken", "afzeggen", "verwijderen" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync($"/beheer/activiteiten/{id}/{pad}", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound,
            (await PostMetFotoAsync(ander, $"/beheer/activiteiten/{id}/bewerken", velden, null, "/beheer/activiteiten/nieuw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(ander, $"/beheer/activiteiten/{id}/afzeggen", token,
            new() { ["Keuze"] = "alle", ["Reden"] = "Zomaar" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(ander, $"/beheer/activiteiten/{id}/verwijderen", token, [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(ander, $"/beheer/activiteiten?handler=Kopieer&id={id}", token, [])).StatusCode);
        var moderatie = await PostAsync(ander, $"/beheer/moderatie?handler=Verbergen&id={id}", token, new() { ["Tekst"] = "weg ermee" });
        Assert.Equal(HttpStatusCode.Redirect, moderatie.StatusCode);
        Assert.StartsWith("/geen-toegang", moderatie.Headers.Location?.AbsolutePath ?? moderatie.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var na = await app.MetDbAsync(db => db.Activiteiten.AsNoTracking().Include(a => a.Uitzonderingen).SingleAsync(a => a.Id == id, Ct));
        Assert.Equal(voor.Titel, na.Titel);
        Assert.Equal(voor.OrganisatieId, na.OrganisatieId);
        Assert.Equal(ActiviteitStatus.Gepubliceerd, na.Status);
        Assert.Null(na.AfgelastReden);
        Assert.Empty(na.Uitzonderingen);
        Assert.Equal(aantalVoor, await app.MetDbAsync(db => db.Activiteiten.CountAsync(Ct)));
    }

    [Fact]
    public async Task Afzeggen_EenDatum_MailtAangemeldenEnToontDeReden()
    {
        var slug = "repair-cafe-ruwaard";
        var id = await IdAsync(app, slug);
        var start = await OrganisatorApp.EersteDatumAsync(app, slug);
        await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AanmeldenNodig, true).SetProperty(a => a.Capaciteit, 10), Ct));
        await OrganisatorApp.MeldAanAsync(app, new(slug, start, "Truus", "truus@example.nl", null, 1, null));
        using var client = await OrganisatorApp.IngelogdAsync(app, Rucrea);

        var antwoord = await WijkApp.PostFormAsync(client, $"/beheer/activiteiten/{id}/afzeggen",
            new Dictionary<string, string> { ["Keuze"] = Tijd.Iso(start), ["Reden"] = "De zaal is die dag dicht." });

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var mails = await AanmeldHulp.MailsAanAsync(app, "truus@example.nl");
        Assert.Contains(mails, m => m.Onderwerp.StartsWith("Gaat niet door", StringComparison.Ordinal) && m.Tekst.Contains("De zaal is die dag dicht.", StringComparison.Ordinal));
        var voorkomen = await app.MetDbAsync(db => db.Voorkomens.SingleAsync(v => v.ActiviteitId == id && v.StartUtc == start, Ct));
        Assert.True(voorkomen.Afgelast);
        var detail = await client.GetStringAsync($"/activiteiten/{slug}", Ct);
        Assert.Contains("Gaat niet door: De zaal is die dag dicht.", detail, StringComparison.Ordinal);
        Assert.Contains(await app.MetDbAsync(db => db.AuditLog.Select(r => r.Actie).ToListAsync(Ct)), a => a == "datum-afgelast");
    }

    [Fact]
    public async Task Verwijderen_MetAanmeldingen_WordtGeweigerd_ZonderAanmeldingenMag()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        var lunch = await IdAsync(app, "buurtlunch-de-haard");
        await OrganisatorApp.MeldAanAsync(app, new("buurtlunch-de-haard", await OrganisatorApp.EersteDatumAsync(app, "buurtlunch-de-haard"),
            "Henk", "henk@example.nl", null, 1, null));

        var geweigerd = await WijkApp.PostFormAsync(client, $"/beheer/activiteiten/{lunch}/verwijderen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("Zeg de activiteit af in plaats van haar te verwijderen", await geweigerd.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await app.MetDbAsync(db => db.Activiteiten.AnyAsync(a => a.Id == lunch, Ct)));

        var velden = await FormulierAsync(app, "Per ongeluk gemaakt", "wijkraad-ruwaard");
        await PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, null, "/beheer/activiteiten/nieuw");
        var fout = (await ActiviteitAsync(app, "Per ongeluk gemaakt"))!;
        var weg = await WijkApp.PostFormAsync(client, $"/beheer/activiteiten/{fout.Id}/verwijderen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.Null(await ActiviteitAsync(app, "Per ongeluk gemaakt"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/activiteiten/{fout.Slug}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Kopieren_MaaktEenConceptDatNietOpenbaarIs()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, Wijkraad);
        var lunch = await IdAsync(app, "buurtlunch-de-haard");
        var aantal = await app.MetDbAsync(db => db.Activiteiten.CountAsync(Ct));

        var antwoord = await WijkApp.PostFormAsync(client, $"/beheer/activiteiten?handler=Kopieer&id={lunch}", new Dictionary<string, string>(),
            "/beheer/activiteiten");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var kopie = await app.MetDbAsync(db => db.Activiteiten.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync(Ct));
        Assert.Equal(aantal + 1, await app.MetDbAsync(db => db.Activiteiten.CountAsync(Ct)));
        Assert.Equal($"/beheer/activiteiten/{kopie.Id}/bewerken", antwoord.Headers.Location?.OriginalString);
        Assert.Equal(ActiviteitStatus.Concept, kopie.Status);
        Assert.NotEqual("buurtlunch-de-haard", kopie.Slug);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/activiteiten/{kopie.Slug}", Ct)).StatusCode);
        var formulier = await client.GetStringAsync($"/beheer/activiteiten/{kopie.Id}/bewerken", Ct);
        Assert.Contains("Dit is een kopie.", formulier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeldOngepast_RedactieVerbergt_ActiviteitVerdwijntEnOrganisatorKrijgtBericht()
    {
        using var bewoner = app.MaakClient();
        var slug = "opruimochtend-dichtersbuurt";
        var id = await IdAsync(app, slug);

        var melding = await WijkApp.PostFormAsync(bewoner, $"/activiteiten/{slug}/melden",
            new Dictionary<string, string> { ["Reden"] = "Dit is reclame voor een bedrijf.", ["Email"] = "", ["Website"] = "" });
        Assert.Equal(HttpStatusCode.OK, melding.StatusCode);
        Assert.Contains("Bedankt voor je melding.", await melding.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var meldingId = await app.MetDbAsync(db => db.Meldingen.Where(m => m.ActiviteitId == id).Select(m => m.Id).SingleAsync(Ct));

        using var redactie = await OrganisatorApp.IngelogdAsync(app, "redactie@example.nl");
        var wachtrij = await redactie.GetStringAsync("/beheer/moderatie", Ct);
        Assert.Contains("Dit is reclame voor een bedrijf.", wachtrij, StringComparison.Ordinal);
        var verborgen = await WijkApp.PostFormAsync(redactie, $"/beheer/moderatie?handler=Melding&melding={meldingId}&verbergen=true",
            new Dictionary<string, string> { ["Tekst"] = "Reclame past niet in de wijkagenda." }, "/beheer/moderatie");

        Assert.Equal(HttpStatusCode.Redirect, verborgen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bewoner.GetAsync($"/activiteiten/{slug}", Ct)).StatusCode);
        Assert.Equal(0, await app.MetDbAsync(db => db.Voorkomens.CountAsync(v => v.ActiviteitId == id, Ct)));
        var organisatieMail = await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Id == id).Select(a => a.Organisatie!.Email).SingleAsync(Ct));
        if (organisatieMail is not null)
        {
            Assert.Contains(await AanmeldHulp.MailsAanAsync(app, organisatieMail),
                m => m.Tekst.Contains("Reclame past niet in de wijkagenda.", StringComparison.Ordinal));
        }

        var acties = await app.MetDbAsync(db => db.AuditLog.Select(r => r.Actie).ToListAsync(Ct));
        Assert.Contains("melding-ongepast", acties);
        Assert.Contains("moderatie-verborgen", acties);
        Assert.Contains("melding-afgehandeld", acties);
    }

    [Fact]
    public async Task Redactie_KeurtGoed_DanStaatHetInDeAgenda()
    {
        using var lid = await OrganisatorApp.IngelogdAsync(app, Rucrea);
        var velden = await FormulierAsync(app, "Buurtquiz Rucrea", "wijkstichting-rucrea", herhaling: "Maandelijks");
        await PostMetFotoAsync(lid, "/beheer/activiteiten/nieuw", velden, null, "/beheer/activiteiten/nieuw");
        var a = (await ActiviteitAsync(app, "Buurtquiz Rucrea"))!;
        Assert.Equal(ActiviteitStatus.TerBeoordeling, a.Status);

        using var redactie = await OrganisatorApp.IngelogdAsync(app, "redactie@example.nl");
        Assert.Contains("Buurtquiz Rucrea", await redactie.GetStringAsync("/beheer/moderatie", Ct), StringComparison.Ordinal);
        var antwoord = await WijkApp.PostFormAsync(redactie, $"/beheer/moderatie?handler=Goedkeuren&id={a.Id}", new Dictionary<string, string>(),
            "/beheer/moderatie");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lid.GetAsync($"/activiteiten/{a.Slug}", Ct)).StatusCode);
        Assert.Equal(ActiviteitStatus.Gepubliceerd, (await ActiviteitAsync(app, "Buurtquiz Rucrea"))!.Status);
        Assert.Equal("FREQ=MONTHLY;BYDAY=1TU", a.Herhaling);
        var geenToegang = await lid.GetAsync("/beheer/moderatie", Ct);
        Assert.Equal(HttpStatusCode.Redirect, geenToegang.StatusCode);
    }

    private static async Task<string> TokenVeldAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/beheer/activiteiten/nieuw");
        return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html,
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> velden)
    {
        velden["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(velden);
        return await client.PostAsync(url, form);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Adapters.Mail;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed class BerichtAanDeelnemersTests(OrganisatorApp app) : IClassFixture<OrganisatorApp>
{
    private const string Soort = "aanmelding.bericht";

    private string LunchLijst => $"/beheer/aanmeldingen/{OrganisatorApp.Buurtlunch}?start={Tijd.Iso(app.LunchStart)}";
    private string KokenLijst => $"/beheer/aanmeldingen/{OrganisatorApp.Koken}?start={Tijd.Iso(app.KokenStart)}";

    [Fact]
    public async Task Post_Bericht_EenMailPerDeelnemerMetEmailInPickupMap_EnBelLijstVoorDeRest()
    {
        var start = await AanmeldHulp.DatumAsync(app, OrganisatorApp.Buurtlunch, 1);
        await MeldAanMetWachtlijstAsync(start);
        var lijst = $"/beheer/aanmeldingen/{OrganisatorApp.Buurtlunch}?start={Tijd.Iso(start)}";
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        var velden = new Dictionary<string, string>
        {
            ["Bericht.Onderwerp"] = "Andere zaal",
            ["Bericht.Tekst"] = "Beste mensen,\n\nWe zitten deze keer in de grote zaal.\nTot dan!",
            ["Bericht.Formulier"] = Guid.NewGuid().ToString(),
        };

        var pagina = await client.GetStringAsync(lijst, TestContext.Current.CancellationToken);
        var response = await WijkApp.PostFormAsync(client, lijst + "&handler=bericht", velden, lijst);
        var nogEens = await WijkApp.PostFormAsync(client, lijst + "&handler=bericht", velden, lijst);

        Assert.Contains("Dat zijn nu 2 mensen.", pagina, StringComparison.Ordinal);
        Assert.Contains("Bel deze mensen: zij hebben geen e-mailadres", pagina, StringComparison.Ordinal);
        Assert.Contains("Truus Telefoon (wachtlijst, plaats 2):", pagina, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0412654321\"", pagina, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("verstuurd=2", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith("#bericht", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Je bericht gaat naar 2 mensen.", await client.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        // The same form posted again (a double click, a reload) sends nothing more.
        Assert.Equal(HttpStatusCode.Redirect, nogEens.StatusCode);
        Assert.Contains("al-verstuurd=True", nogEens.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);

        var mails = await app.MetDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Soort == Soort).OrderBy(m => m.Aan).ToListAsync());
        Assert.Equal(["els@example.nl", "wim@example.nl"], mails.Select(m => m.Aan));
        var ontvangen = await AfgeleverdAsync(mails);
        var els = ontvangen["els@example.nl"];
        var wim = ontvangen["wim@example.nl"];
        Assert.Equal("Andere zaal (Buurtlunch in De Haard)", els.Onderwerp);
        Assert.Contains("Beste Els Plaats,", els.Tekst, StringComparison.Ordinal);
        Assert.Contains("Anja (Wijkraad Ruwaard) van Wijkraad Ruwaard stuurt je een bericht over Buurtlunch in De Haard", els.Tekst, StringComparison.Ordinal);
        Assert.Contains("We zitten deze keer in de grote zaal.\nTot dan!", els.Tekst, StringComparison.Ordinal);
        Assert.Contains("<p>We zitten deze keer in de grote zaal.<br>\nTot dan!</p>", els.Html, StringComparison.Ordinal);
        Assert.Contains($"Je krijgt deze mail omdat je je hebt aangemeld voor Buurtlunch in De Haard op {Tijd.Dag(start)}.", els.Tekst, StringComparison.Ordinal);
        Assert.Contains("cliëntondersteuner", els.Tekst, StringComparison.Ordinal);
        Assert.Contains($"Je krijgt deze mail omdat je op de wachtlijst staat voor Buurtlunch in De Haard op {Tijd.Dag(start)}.", wim.Tekst,
            StringComparison.Ordinal);

        var log = await app.MetDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(r => r.Actie == BerichtAanDeelnemers.Actie && r.Details!.Contains("2 mails")).ToListAsync());
        var regel = Assert.Single(log);
        Assert.Equal("Anja (Wijkraad Ruwaard)", regel.Wie);
        Assert.DoesNotContain("@", regel.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("zaal", regel.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LegeEnTeLangeVelden_ToontFoutBijVeldEnHoudtTekst()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        var mailsVoor = await AantalMailsAsync();
        var teLang = new string('x', BerichtAanDeelnemers.MaxOnderwerp + 1);

        var leeg = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=bericht",
            new Dictionary<string, string> { ["Bericht.Onderwerp"] = "", ["Bericht.Tekst"] = "Neem een <bord> mee" }, LunchLijst);
        var lang = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=bericht",
            new Dictionary<string, string> { ["Bericht.Onderwerp"] = teLang, ["Bericht.Tekst"] = "" }, LunchLijst);
        var leegHtml = await leeg.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var langHtml = await lang.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        Assert.Contains("data-valmsg-for=\"Bericht.Onderwerp\" data-valmsg-replace=\"true\">Vul een onderwerp in.</span>", leegHtml, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"fout-onderwerp\"", leegHtml, StringComparison.Ordinal);
        Assert.Contains("Neem een &lt;bord&gt; mee</textarea>", leegHtml, StringComparison.Ordinal);
        Assert.Contains("Je bericht is nog niet verstuurd.", leegHtml, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Bericht.Onderwerp\" data-valmsg-replace=\"true\">Het onderwerp is te lang. Gebruik hoogstens 120 tekens.</span>",
            langHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{teLang}\"", langHtml, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Bericht.Tekst\" data-valmsg-replace=\"true\">Schrijf je bericht.</span>", langHtml, StringComparison.Ordinal);
        Assert.Equal(mailsVoor, await AantalMailsAsync());
    }

    [Fact]
    public async Task Post_NaTwintigBerichtenVandaag_WeigertMetUitleg()
    {
        // A day of its own in the past: the log rows of the other tests, later, count too but only make it more.
        app.Klok.Nu = WijkApp.StandaardNu.AddDays(-3);
        try
        {
            using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
            await app.MetDbAsync(async db =>
            {
                var anja = await db.Gebruikers.SingleAsync(g => g.Email == "lid.wijkraad@example.nl");
                var lunch = await db.Activiteiten.SingleAsync(a => a.Slug == OrganisatorApp.Buurtlunch);
                for (var i = 0; i < BerichtAanDeelnemers.MaxPerDag; i++)
                {
                    db.Schrijf(new Beheerder(anja.Id, anja.Naam, [], false), BerichtAanDeelnemers.Actie, Audit.Onderwerp(lunch), "1 mails",
                        app.Klok.Nu.UtcDateTime);
                }

                return await db.SaveChangesAsync();
            });
            var mailsVoor = await AantalMailsAsync();

            var response = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=bericht",
                new Dictionary<string, string> { ["Bericht.Onderwerp"] = "Nog eentje", ["Bericht.Tekst"] = "Tot morgen" }, LunchLijst);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Je hebt vandaag al 20 berichten over deze activiteit gestuurd.", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Nog eentje\"", html, StringComparison.Ordinal);
            Assert.Equal(mailsVoor, await AantalMailsAsync());
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    [Fact]
    public async Task Post_LidVanAnderCollectief_Geeft404EnMailtNiemand()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");
        var mailsVoor = await AantalMailsAsync();
        var logVoor = await app.MetDbAsync(db => db.AuditLog.CountAsync());

        // The token comes from Rucrea's own list: the lunch list is not for this account.
        var response = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=bericht",
            new Dictionary<string, string> { ["Bericht.Onderwerp"] = "Gratis taart", ["Bericht.Tekst"] = "Kom naar ons" }, KokenLijst);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(mailsVoor, await AantalMailsAsync());
        Assert.Equal(logVoor, await app.MetDbAsync(db => db.AuditLog.CountAsync()));
        Assert.DoesNotContain(await AanmeldHulp.MailsAanAsync(app, "fatima@example.nl"), m => m.Soort == Soort);
    }

    /// <summary>One with a place and an address, two on the wachtlijst (one with only a phone), one who cancelled.</summary>
    private async Task MeldAanMetWachtlijstAsync(DateTime start)
    {
        var capaciteit = await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Slug == OrganisatorApp.Buurtlunch).Select(a => a.Capaciteit).SingleAsync());
        await AanmeldHulp.ZetCapaciteitAsync(app, OrganisatorApp.Buurtlunch, 1);
        try
        {
            await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, start, "Els Plaats", "els@example.nl", null, 1, null));
            await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, start, "Wim Wachter", "wim@example.nl", null, 1, null));
            await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, start, "Truus Telefoon", null, "0412 654321", 1, null));
            var anton = await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, start, "Anton Afmelder", "anton@example.nl", null, 1, null));
            await using var scope = app.CreateScope();
            await scope.ServiceProvider.GetRequiredService<MeldAf.Handler>().HandleAsync(anton.Sleutel, CancellationToken.None);
        }
        finally
        {
            await AanmeldHulp.ZetCapaciteitAsync(app, OrganisatorApp.Buurtlunch, capaciteit);
        }
    }

    private Task<int> AantalMailsAsync() => app.MetDbAsync(db => db.Outbox.CountAsync(m => m.Soort == Soort));

    /// <summary>Runs the outbox now and reads what landed in the pickup folder. The signal after the commit may have
    /// started a run already; a message is claimed by one run only, so waiting for the files covers both.</summary>
    private async Task<Dictionary<string, Ontvangen>> AfgeleverdAsync(IReadOnlyList<OutboxBericht> mails)
    {
        await using (var scope = app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxVerwerker>().VerwerkAsync(TestContext.Current.CancellationToken);
        }

        var paden = mails.ToDictionary(m => m.Aan, m => Path.Combine(app.MailMap, PickupVerzender.BestandsNaam(m.MessageId)));
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (!paden.Values.All(File.Exists) && DateTime.UtcNow < tot)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var ontvangen = new Dictionary<string, Ontvangen>();
        foreach (var (aan, pad) in paden)
        {
            using var mail = await MimeMessage.LoadAsync(pad, TestContext.Current.CancellationToken);
            ontvangen[aan] = new Ontvangen(mail.Subject ?? "", mail.TextBody ?? "", mail.HtmlBody ?? "");
        }

        return ontvangen;
    }

    private sealed record Ontvangen(string Onderwerp, string Tekst, string Html);
}

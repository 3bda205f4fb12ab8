using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Tests.Beheer;
using static WijkPlatform.Web.Tests.Bedrijfsvoering.GezondheidHulp;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

public sealed class GezondheidTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_Anoniem_KrijgtAlleenDeStatus()
    {
        using var client = app.MaakClient();

        var antwoord = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var tekst = await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        AlleenStatus(antwoord, tekst);
    }

    [Theory]
    [InlineData("lid.wijkraad@example.nl")]
    [InlineData("wijkteam.ruwaard@example.nl")]
    [InlineData("redactie@example.nl")]
    public async Task Get_AndereRol_KrijgtAlleenDeStatus(string email)
    {
        using var client = await app.IngelogdAsync(email);

        var antwoord = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        AlleenStatus(antwoord, await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_BeheerZonderTweeStaps_KrijgtAlleenDeStatus()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Beheer);
        using var client = app.MaakClient();
        await WijkApp.InloggenAsync(client, account.Email, account.Wachtwoord);

        var antwoord = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        AlleenStatus(antwoord, await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_Beheer_ZietElkeControleMetGegevens()
    {
        using var client = await app.IngelogdAsync("beheer@example.nl");

        var antwoord = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var details = await DetailsAsync(client);

        Assert.Equal("no-store", antwoord.Headers.CacheControl?.ToString());
        Assert.Contains(details.GetProperty("status").GetString(), Statussen);
        Assert.Equal("Healthy", Status(Controle(details, "database")));
        Assert.Equal("Healthy", Status(Controle(details, "zoekindex")));
        Assert.True(Gegeven(Controle(details, "zoekindex"), "documenten") > 0);
        Assert.True(Gegeven(Controle(details, "schijfruimte"), "vrijMb") > 0);
        Assert.Contains("mail", details.GetProperty("controles").EnumerateObject().Select(c => c.Name));
        Assert.False(string.IsNullOrWhiteSpace(Controle(details, "schijfruimte").GetProperty("omschrijving").GetString()));
    }

    [Fact]
    public async Task Mailwachtrij_OudeOnverzondenMail_WordtWaarschuwingEnDanFout()
    {
        using var beheer = await app.IngelogdAsync("beheer@example.nl");
        using var anoniem = app.MaakClient();
        var voor = Status(Controle(await DetailsAsync(beheer), "mail"));
        var id = await NieuweMailAsync(wachtMinuten: 20);
        try
        {
            var twintig = Controle(await DetailsAsync(beheer), "mail");
            await ZetWachttijdAsync(id, 90);
            var negentig = Controle(await DetailsAsync(beheer), "mail");
            var publiek = await anoniem.GetAsync("/health", TestContext.Current.CancellationToken);

            Assert.Equal("Healthy", voor);
            Assert.Equal("Degraded", Status(twintig));
            Assert.Equal(20, Gegeven(twintig, "oudsteWachtMinuten"));
            Assert.Equal("Unhealthy", Status(negentig));
            Assert.Equal(90, Gegeven(negentig, "oudsteWachtMinuten"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, publiek.StatusCode);
            Assert.Equal("Unhealthy", await publiek.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await VerwijderAsync(id);
        }
    }

    [Fact]
    public async Task Mailwachtrij_OpgegevenMail_IsEenWaarschuwing()
    {
        using var beheer = await app.IngelogdAsync("beheer@example.nl");
        var id = await NieuweMailAsync(wachtMinuten: 600, opgegeven: true);
        try
        {
            var mail = Controle(await DetailsAsync(beheer), "mail");

            Assert.Equal("Degraded", Status(mail));
            Assert.Equal(1, Gegeven(mail, "opgegeven"));
            Assert.Equal(0, Gegeven(mail, "oudsteWachtMinuten"));
        }
        finally
        {
            await VerwijderAsync(id);
        }
    }

    private static void AlleenStatus(HttpResponseMessage antwoord, string tekst)
    {
        Assert.Contains(tekst, Statussen);
        Assert.Equal("text/plain", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", antwoord.Headers.CacheControl?.ToString());
        Assert.Equal(tekst == "Unhealthy" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, antwoord.StatusCode);
    }

    /// <summary>A mail that waits, due only tomorrow, so no sender run picks it up while the test looks at it.</summary>
    private Task<long> NieuweMailAsync(int wachtMinuten, bool opgegeven = false) => app.MetDbAsync(async db =>
    {
        var nu = app.Klok.Nu.UtcDateTime;
        var bericht = OutboxBericht.Nieuw("proef", $"wacht-{Guid.NewGuid():N}@example.nl", null,
            new MailInhoud("Proef", "Proef", "<p>Proef</p>"), nu.AddMinutes(-wachtMinuten));
        bericht.VolgendePogingUtc = nu.AddDays(1);
        bericht.OpgegevenUtc = opgegeven ? nu : null;
        db.Outbox.Add(bericht);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return bericht.Id;
    });

    private Task<int> ZetWachttijdAsync(long id, int wachtMinuten) => app.MetDbAsync(db =>
        db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.AangemaaktUtc, app.Klok.Nu.UtcDateTime.AddMinutes(-wachtMinuten)), TestContext.Current.CancellationToken));

    private Task<int> VerwijderAsync(long id) => app.MetDbAsync(db =>
        db.Outbox.Where(m => m.Id == id).ExecuteDeleteAsync(TestContext.Current.CancellationToken));
}

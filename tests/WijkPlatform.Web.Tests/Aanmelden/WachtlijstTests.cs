using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed partial class WachtlijstTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Creatief = "creatieve-middag-de-haard";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VolleDatum_WachtlijstSchuiftDoorBijAfmelden_EnGrotereGroepWachtTotErPlaatsIs()
    {
        await ZetCapaciteitAsync(app, Creatief, 2);
        var start = await DatumAsync(app, Creatief, 0);
        using var client = app.MaakClient();

        await MeldAanAsync(client, start, "Anna", "anna@example.nl");
        await MeldAanAsync(client, start, "Bert", "bert@example.nl");
        var cor = await MeldAanAsync(client, start, "Cor", "cor@example.nl");
        var familie = await MeldAanAsync(client, start, "Familie Dijk", "dijk@example.nl", personen: 2);

        Assert.Contains("uitkomst=wachtlijst&nummer=1", cor, StringComparison.Ordinal);
        Assert.Contains("uitkomst=wachtlijst&nummer=2", familie, StringComparison.Ordinal);
        Assert.Contains("Vol: je komt op de wachtlijst", await app.HaalAsync($"/activiteiten/{Creatief}"), StringComparison.Ordinal);

        var afmelden = await WijkApp.PostFormAsync(client, $"/aanmelding/{await SleutelAsync("anna@example.nl")}?handler=Afmelden", new Dictionary<string, string>(),
            formulierPagina: $"/aanmelding/{await SleutelAsync("anna@example.nl")}");

        Assert.Equal(HttpStatusCode.Redirect, afmelden.StatusCode);
        var na = await AanmeldingenAsync(app, Creatief, start);
        Assert.Equal(AanmeldingStatus.Afgemeld, na.Single(a => a.Naam == "Anna").Status);
        Assert.Equal(AanmeldingStatus.Bevestigd, na.Single(a => a.Naam == "Cor").Status);
        Assert.Equal(AanmeldingStatus.Wachtlijst, na.Single(a => a.Naam == "Familie Dijk").Status);
        Assert.Contains(await MailsAanAsync(app, "anna@example.nl"), m => m.Soort == "aanmelding.afgemeld");
        Assert.Contains(await MailsAanAsync(app, "cor@example.nl"), m => m.Soort == "aanmelding.plaats" && m.BijlageInhoud!.Contains("BEGIN:VEVENT", StringComparison.Ordinal));

        // One place free, the family needs two: they keep waiting, the place stays open for a single person.
        await WijkApp.PostFormAsync(client, $"/aanmelding/{await SleutelAsync("bert@example.nl")}?handler=Afmelden", new Dictionary<string, string>(),
            formulierPagina: $"/aanmelding/{await SleutelAsync("bert@example.nl")}");

        Assert.Equal(AanmeldingStatus.Wachtlijst, (await AanmeldingenAsync(app, Creatief, start)).Single(a => a.Naam == "Familie Dijk").Status);
        var bezetting = await app.MetDbAsync(db => Task.FromResult(db.Bezettingen.Single(b => b.StartUtc == start)));
        Assert.Equal(1, bezetting.Bevestigd);
        Assert.Equal(2, bezetting.Wachtend);
        Assert.Contains("Nog 1 plaats vrij", await app.HaalAsync($"/activiteiten/{Creatief}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersoonlijkeLink_ToontAanmeldingEnNaAfmeldenDeBevestiging()
    {
        var start = await DatumAsync(app, Creatief, 1);
        using var client = app.MaakClient();
        await MeldAanAsync(client, start, "Dewi", "dewi@example.nl", opmerking: "Ik neem mijn eigen schaar mee.");
        var link = $"/aanmelding/{await SleutelAsync("dewi@example.nl")}";

        var voor = await client.GetAsync(link, Ct);
        var html = await voor.Content.ReadAsStringAsync(Ct);
        var afmelden = await WijkApp.PostFormAsync(client, $"{link}?handler=Afmelden", new Dictionary<string, string>(), formulierPagina: link);
        var na = await client.GetStringAsync(afmelden.Headers.Location, Ct);
        var nogmaals = await client.GetStringAsync(link, Ct);

        Assert.Equal(HttpStatusCode.OK, voor.StatusCode);
        Assert.True(voor.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", voor.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Je bent aangemeld. Er is plaats voor je.", html, StringComparison.Ordinal);
        Assert.Contains("Ik neem mijn eigen schaar mee.", html, StringComparison.Ordinal);
        Assert.Contains("Ja, meld mij af", html, StringComparison.Ordinal);
        // Relative, because generated page addresses are lower case and the secret is not.
        Assert.Contains("action=\"?handler=Afmelden\"", html, StringComparison.Ordinal);
        Assert.Contains("Je bent afgemeld.", na, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja, meld mij af", nogmaals, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("onbekend")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task OnbekendeOfKapotteLink_VriendelijkePagina(string sleutel)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync($"/aanmelding/{sleutel}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afmelden_MetOnbekendeLink_VriendelijkePagina()
    {
        using var client = app.MaakClient();
        var link = "/aanmelding/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

        var response = await WijkApp.PostFormAsync(client, $"{link}?handler=Afmelden", new Dictionary<string, string>(), formulierPagina: "/inloggen");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Herinnering_EenKeerPerAanmelding_OokNaEenHerstart()
    {
        var start = await DatumAsync(app, Creatief, 2);
        using var client = app.MaakClient();
        await MeldAanAsync(client, start, "Emma", "emma@example.nl");
        var oud = app.Klok.Nu;
        try
        {
            app.Klok.Nu = new DateTimeOffset(start.AddHours(-30), TimeSpan.Zero);
            var teVroeg = await HerinnerAsync();
            app.Klok.Nu = new DateTimeOffset(start.AddHours(-20), TimeSpan.Zero);
            var eerste = await HerinnerAsync();
            var tweede = await HerinnerAsync();

            Assert.Equal(0, teVroeg);
            Assert.True(eerste >= 1);
            Assert.Equal(0, tweede);
            Assert.Single(await MailsAanAsync(app, "emma@example.nl"), m => m.Soort == "aanmelding.herinnering");
        }
        finally
        {
            app.Klok.Nu = oud;
        }
    }

    [Fact]
    public async Task Opschonen_WistPersoonsgegevensNaDeBewaartermijn_TellingenBlijven()
    {
        var start = await DatumAsync(app, Creatief, 3);
        using var client = app.MaakClient();
        await MeldAanAsync(client, start, "Fien", "fien@example.nl", telefoon: "0612345678", opmerking: "Vegetarisch");
        var link = $"/aanmelding/{await SleutelAsync("fien@example.nl")}";
        var oud = app.Klok.Nu;
        try
        {
            app.Klok.Nu = new DateTimeOffset(start.AddDays(29), TimeSpan.Zero);
            await OpschonenAsync();
            var teVroeg = Assert.Single(await AanmeldingenAsync(app, Creatief, start));
            app.Klok.Nu = new DateTimeOffset(start.AddDays(31), TimeSpan.Zero);
            await OpschonenAsync();

            Assert.Equal("Fien", teVroeg.Naam);
            var aanmelding = Assert.Single(await AanmeldingenAsync(app, Creatief, start));
            Assert.Null(aanmelding.Naam);
            Assert.Null(aanmelding.Email);
            Assert.Null(aanmelding.Telefoon);
            Assert.Null(aanmelding.Opmerking);
            Assert.Null(aanmelding.SleutelHash);
            Assert.NotNull(aanmelding.GewistUtc);
            Assert.Equal(1, aanmelding.Personen);
            Assert.Equal(AanmeldingStatus.Bevestigd, aanmelding.Status);
            Assert.Empty(await MailsAanAsync(app, "fien@example.nl"));
            var response = await client.GetAsync(link, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Deze link werkt niet (meer)", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        finally
        {
            app.Klok.Nu = oud;
        }
    }

    private async Task<string> MeldAanAsync(HttpClient client, DateTime start, string naam, string email, int personen = 1,
        string? telefoon = null, string? opmerking = null)
    {
        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Creatief}/aanmelden",
            Formulier(start, naam, email, telefoon, personen, opmerking));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<string> SleutelAsync(string email)
    {
        var mail = (await MailsAanAsync(app, email)).First(m => m.Soort is "aanmelding.bevestiging" or "aanmelding.wachtlijst");
        return Link().Match(mail.Tekst).Groups[1].Value;
    }

    private async Task<int> HerinnerAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Herinneringen>().VerstuurAsync(Ct);
    }

    private async Task<int> OpschonenAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Opschonen>().OpschonenAsync(Ct);
    }

    [GeneratedRegex("/aanmelding/([A-Za-z0-9_-]{43})")]
    private static partial Regex Link();
}

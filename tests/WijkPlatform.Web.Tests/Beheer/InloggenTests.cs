using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed class InloggenTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static readonly string Wachtwoord = new AccountOptions().DemoWachtwoord;

    [Fact]
    public async Task Get_BeheerZonderAccount_StuurtNaarInloggen()
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen?ReturnUrl=%2Fbeheer", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LeegFormulier_ToontFoutBijElkVeld()
    {
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/inloggen", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Wachtwoord"] = "" });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul je e-mailadres in.", html, StringComparison.Ordinal);
        Assert.Contains("Vul je wachtwoord in.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VerkeerdWachtwoord_ToontFoutEnHoudtEmail()
    {
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = "redactie@example.nl", ["Input.Wachtwoord"] = "helemaal-niet-goed" });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"redactie@example.nl\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("helemaal-niet-goed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OnbekendAdres_GeeftDezelfdeMeldingAlsVerkeerdWachtwoord()
    {
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = "niemand@example.nl", ["Input.Wachtwoord"] = "helemaal-niet-goed" });

        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beheer@example.nl", "Beheer", null)]
    [InlineData("redactie@example.nl", "Redactie", null)]
    [InlineData("wijkteam.ruwaard@example.nl", "Wijkteam", "Ruwaard")]
    [InlineData("wijkteam.ussen@example.nl", "Wijkteam", "Ussen")]
    [InlineData("lid.wijkraad@example.nl", "Collectief", "Wijkraad Ruwaard")]
    [InlineData("lid.rucrea@example.nl", "Collectief", "Rucrea")]
    public async Task Post_DemoAccount_LogtInMetRolEnBinding(string email, string rol, string? binding)
    {
        using var client = app.MaakClient();

        var response = await WijkApp.InloggenAsync(client, email);
        var overzicht = await client.GetStringAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/beheer", response.Headers.Location?.OriginalString);
        Assert.Contains($"<dd>{rol}</dd>", overzicht, StringComparison.Ordinal);
        if (binding is not null)
        {
            Assert.Contains(binding, overzicht, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_ReturnUrlNaarAndereSite_BlijftOpDezeSite()
    {
        using var client = app.MaakClient();

        var response = await WijkApp.InloggenAsync(client, "redactie@example.nl", returnUrl: "https://kwaadwillend.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/beheer", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_VijfKeerFout_BlokkeertAccountOokVoorHetGoedeWachtwoord_ZelfdeMeldingAlsOnbekendAdres()
    {
        // An account of its own: the demo accounts are shared with the other tests of this class, in any order.
        var email = $"blokkeer-{Guid.NewGuid():N}@example.nl";
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var aangemaakt = await users.CreateAsync(
                new Gebruiker { Email = email, NormalizedEmail = users.NormalizeEmail(email)!, EmailBevestigd = true, Naam = "Test" }, Wachtwoord);
            Assert.True(aangemaakt.Succeeded);
        }

        using var client = app.MaakClient();
        for (var i = 0; i < 5; i++)
        {
            await WijkApp.PostFormAsync(client, "/inloggen",
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Wachtwoord"] = $"fout-wachtwoord-{i}" });
        }

        var response = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Wachtwoord"] = Wachtwoord });

        // Blocked: the right password does not sign in, and the page says what it says to an unknown address, so trying
        // five passwords does not reveal that the address has an account.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var geblokkeerd = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Na 5 foute pogingen kun je 15 minuten niet inloggen.", geblokkeerd, StringComparison.Ordinal);
        var onbekend = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = $"niemand-{Guid.NewGuid():N}@example.nl", ["Input.Wachtwoord"] = Wachtwoord });
        Assert.Equal(Melding(geblokkeerd), Melding(await onbekend.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>The text of the page's error summary and field messages, without the form's token.</summary>
    private static string Melding(string html) => string.Join("|", System.Text.RegularExpressions.Regex
        .Matches(html, "Het e-mailadres[^<]*|Je account[^<]*|geblokkeerd[^<]*")
        .Select(m => m.Value));

    [Fact]
    public async Task Post_Uitloggen_BeeindigtDeSessie()
    {
        using var client = await app.IngelogdAsync("redactie@example.nl");

        var uit = await WijkApp.PostFormAsync(client, "/uitloggen", new Dictionary<string, string>(), formulierPagina: "/beheer");
        var daarna = await client.GetAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.StartsWith("/inloggen", daarna.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ZonderAntiforgeryToken_WordtGeweigerd()
    {
        using var client = app.MaakClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "beheer@example.nl", ["Input.Wachtwoord"] = Wachtwoord });

        var response = await client.PostAsync("/inloggen", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

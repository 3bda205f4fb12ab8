using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;
using static WijkPlatform.Web.Tests.Beheer.AccountHulp;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed partial class TweeStapsTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public void Totp_VoorbeeldUitRfc6238_GeeftDeCodeUitDeRfc()
    {
        // RFC 6238, appendix B: the SHA1 key "12345678901234567890" gives 94287082 at 59 s; the app shows the last 6 digits.
        var sleutel = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

        Assert.Equal("287082", Totp.Code(sleutel, DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal("081804", Totp.Code(sleutel, DateTimeOffset.FromUnixTimeSeconds(1111111109)));
    }

    [Fact]
    public async Task Inloggen_Medewerker_VraagtNaHetWachtwoordEenCodeEnDanIsHijBinnen()
    {
        using var client = app.MaakClient();

        var wachtwoord = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = "wijkteam.ruwaard@example.nl", ["Input.Wachtwoord"] = WijkApp.DemoWachtwoord });
        var tussendoor = await client.GetAsync("/beheer", TestContext.Current.CancellationToken);
        var fout = await WijkApp.PostFormAsync(client, "/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = AndereCode(WijkApp.DemoSleutel) });
        var goed = await WijkApp.PostFormAsync(client, "/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(WijkApp.DemoSleutel) });
        var overzicht = await client.GetAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Equal("/inloggen/code?ReturnUrl=%2Fbeheer", wachtwoord.Headers.Location?.OriginalString);
        Assert.StartsWith("/inloggen?", tussendoor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("Deze code klopt niet.", await fout.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal("/beheer", goed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, overzicht.StatusCode);
    }

    [Fact]
    public async Task Get_CodeZonderWachtwoordStap_StuurtNaarInloggen()
    {
        using var client = app.MaakClient();

        var antwoord = await client.GetAsync("/inloggen/code?ReturnUrl=%2Fbeheer", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/inloggen?", antwoord.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inloggen_CodeMetReturnUrlNaarAndereSite_BlijftOpDezeSite()
    {
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = "redactie@example.nl", ["Input.Wachtwoord"] = WijkApp.DemoWachtwoord });

        var antwoord = await WijkApp.PostFormAsync(client, "/inloggen/code?ReturnUrl=https%3A%2F%2Fkwaadwillend.example%2F",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(WijkApp.DemoSleutel) });

        Assert.Equal("/beheer", antwoord.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Inloggen_MedewerkerZonderTweeStaps_KanAlleenInstellenTotHetAanStaat()
    {
        var account = await MaakAccountAsync(app, Rollen.Wijkteam);
        using var client = app.MaakClient();

        var ingelogd = await WijkApp.InloggenAsync(client, account.Email, account.Wachtwoord);
        var aanmeldingen = await client.GetAsync("/beheer/aanmeldingen", TestContext.Current.CancellationToken);
        var overzicht = await client.GetAsync("/beheer", TestContext.Current.CancellationToken);
        var instellen = await client.GetStringAsync("/beheer/account/tweestaps?ReturnUrl=%2Fbeheer%2Faanmeldingen", TestContext.Current.CancellationToken);
        var sleutel = Sleutel().Match(instellen).Groups[1].Value;
        var uitzetten = await WijkApp.PostFormAsync(client, "/beheer/account/tweestaps?handler=Uitzetten", new Dictionary<string, string>(),
            formulierPagina: "/beheer/account/tweestaps");
        var aangezet = await WijkApp.PostFormAsync(client, "/beheer/account/tweestaps?handler=Bevestig&ReturnUrl=%2Fbeheer%2Faanmeldingen",
            new Dictionary<string, string> { ["Code"] = Totp.Code(sleutel) }, formulierPagina: "/beheer/account/tweestaps");
        var codes = HerstelCode().Matches(await aangezet.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var daarna = await client.GetAsync("/beheer/aanmeldingen", TestContext.Current.CancellationToken);

        Assert.Equal($"{TweeStapsBeleid.InstelPagina}?ReturnUrl=%2Fbeheer", ingelogd.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, aanmeldingen.StatusCode);
        Assert.Equal($"{TweeStapsBeleid.InstelPagina}?ReturnUrl=%2Fbeheer%2Faanmeldingen", aanmeldingen.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, overzicht.StatusCode);
        Assert.Contains("Stel eerst inloggen in twee stappen in.", instellen, StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/", instellen, StringComparison.Ordinal);
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", Sleutel().Match(instellen).Groups[2].Value);
        Assert.NotEqual(HttpStatusCode.OK, uitzetten.StatusCode);
        Assert.Equal(HttpStatusCode.OK, aangezet.StatusCode);
        Assert.Equal(10, codes.Count);
        Assert.Contains("href=\"/beheer/aanmeldingen\"", await aangezet.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, daarna.StatusCode);
        Assert.True((await GebruikerAsync(app, account.Email)).TweeStapsAan);
    }

    [Fact]
    public async Task Instellen_VerkeerdeCode_BlijftUit()
    {
        var account = await MaakAccountAsync(app, Rollen.Redactie);
        using var client = app.MaakClient();
        await WijkApp.InloggenAsync(client, account.Email, account.Wachtwoord);
        var sleutel = Sleutel().Match(await client.GetStringAsync("/beheer/account/tweestaps", TestContext.Current.CancellationToken)).Groups[1].Value;

        var antwoord = await WijkApp.PostFormAsync(client, "/beheer/account/tweestaps?handler=Bevestig",
            new Dictionary<string, string> { ["Code"] = AndereCode(sleutel) }, formulierPagina: "/beheer/account/tweestaps");

        Assert.Contains("Deze code klopt niet.", await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False((await GebruikerAsync(app, account.Email)).TweeStapsAan);
    }

    [Fact]
    public async Task Inloggen_MetHerstelcode_WerktEenKeer()
    {
        var account = await MaakAccountAsync(app, Rollen.Beheer, tweeStaps: true);
        var code = account.Herstelcodes[0];

        var eerste = await MetHerstelcodeAsync(account, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        var tweede = await MetHerstelcodeAsync(account, code);

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.Equal("/beheer", eerste.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("Deze herstelcode klopt niet of is al gebruikt.", await tweede.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inloggen_LidVanCollectief_ZonderCode()
    {
        using var client = app.MaakClient();

        var antwoord = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = "lid.wijkraad@example.nl", ["Input.Wachtwoord"] = WijkApp.DemoWachtwoord });
        var aanmeldingen = await client.GetAsync("/beheer/aanmeldingen", TestContext.Current.CancellationToken);

        Assert.Equal("/beheer", antwoord.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, aanmeldingen.StatusCode);
    }

    [Fact]
    public async Task Lid_ZetTweeStapsAanEnWeerUit()
    {
        var account = await MaakAccountAsync(app, Rollen.Collectief, "wijkraad-ruwaard");
        using var client = await app.IngelogdAsync(account.Email, account.Wachtwoord);
        var pagina = await client.GetStringAsync("/beheer/account/tweestaps", TestContext.Current.CancellationToken);
        var sleutel = Sleutel().Match(pagina).Groups[1].Value;
        await WijkApp.PostFormAsync(client, "/beheer/account/tweestaps?handler=Bevestig",
            new Dictionary<string, string> { ["Code"] = Totp.Code(sleutel) }, formulierPagina: "/beheer/account/tweestaps");

        var metCode = await WijkApp.PostFormAsync(app.MaakClient(), "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });
        var uit = await WijkApp.PostFormAsync(client, "/beheer/account/tweestaps?handler=Uitzetten", new Dictionary<string, string>(),
            formulierPagina: "/beheer/account/tweestaps");
        var zonderCode = await WijkApp.PostFormAsync(app.MaakClient(), "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });

        Assert.Contains("Het mag, het hoeft niet.", pagina, StringComparison.Ordinal);
        Assert.StartsWith("/inloggen/code", metCode.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Inloggen in twee stappen staat nu uit.", await uit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/beheer", zonderCode.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Inloggen_OnthoudApparaat_VraagtDeVolgendeKeerGeenCode()
    {
        var account = await MaakAccountAsync(app, Rollen.Wijkteam, tweeStaps: true);
        using var client = app.MaakClient();
        var begin = app.Klok.Nu;
        HttpResponseMessage opnieuw, anderApparaat;
        try
        {
            // The device cookie is persistent: its expiry date must lie ahead of the real date, which the client checks.
            app.Klok.Nu = DateTimeOffset.UtcNow;
            await WijkApp.PostFormAsync(client, "/inloggen",
                new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });
            await WijkApp.PostFormAsync(client, "/inloggen/code",
                new Dictionary<string, string> { ["Input.Code"] = Totp.Code(account.Sleutel!), ["Input.Onthoud"] = "true" });
            await WijkApp.PostFormAsync(client, "/uitloggen", new Dictionary<string, string>(), formulierPagina: "/beheer");

            opnieuw = await WijkApp.PostFormAsync(client, "/inloggen",
                new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });
            anderApparaat = await WijkApp.PostFormAsync(app.MaakClient(), "/inloggen",
                new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });
        }
        finally
        {
            app.Klok.Nu = begin;
        }

        Assert.Equal("/beheer", opnieuw.Headers.Location?.OriginalString);
        Assert.StartsWith("/inloggen/code", anderApparaat.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_VijfKeerFout_BlokkeertAccount()
    {
        var account = await MaakAccountAsync(app, Rollen.Redactie, tweeStaps: true);
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });

        HttpResponseMessage? laatste = null;
        for (var i = 0; i < 5; i++)
        {
            laatste = await WijkApp.PostFormAsync(client, "/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = AndereCode(account.Sleutel!) });
        }

        var goed = await WijkApp.PostFormAsync(client, "/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(account.Sleutel!) });

        Assert.Contains("geblokkeerd", await laatste!.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
        Assert.True((await GebruikerAsync(app, account.Email)).GeblokkeerdTot > DateTimeOffset.UtcNow);
    }

    private async Task<HttpResponseMessage> MetHerstelcodeAsync(TestAccount account, string code)
    {
        using var client = app.MaakClient();
        await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Wachtwoord"] = account.Wachtwoord });
        return await WijkApp.PostFormAsync(client, "/inloggen/herstelcode", new Dictionary<string, string> { ["Input.Herstelcode"] = code });
    }

    /// <summary>A code the app shows at no moment Identity accepts now (it allows 90 seconds either way).</summary>
    private static string AndereCode(string sleutel)
    {
        var geldig = Enumerable.Range(-3, 7).Select(i => Totp.Code(sleutel, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !geldig.Contains(c));
    }

    [GeneratedRegex(@"<code class=""utrecht-code"" id=""sleutel"">(([A-Z2-7 ]+))</code>")]
    private static partial Regex Sleutel();

    [GeneratedRegex(@"<code class=""utrecht-code"">([A-Z0-9]{5}-[A-Z0-9]{5})</code>")]
    private static partial Regex HerstelCode();
}

using Microsoft.AspNetCore.Hosting;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>A site with a low limit per address, so the fourth sign-up within the hour is refused.</summary>
public sealed class LageLimietApp : WijkApp
{
    protected override void Instellingen(IWebHostBuilder builder) => builder.UseSetting("Aanmelden:PerAdresPerUur", "3");
}

public sealed class SnelheidslimietTests(LageLimietApp app) : IClassFixture<LageLimietApp>
{
    [Fact]
    public async Task VierdeVersturingBinnenHetUur_Geweigerd429MetNederlandsePagina_LezenBlijftKunnen()
    {
        var start = await DatumAsync(app, "taalgroep-ussen", 0);
        using var client = app.MaakClient();
        var antwoorden = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            antwoorden.Add((await WijkApp.PostFormAsync(client, "/activiteiten/taalgroep-ussen/aanmelden",
                Formulier(start, $"Persoon {i}", $"persoon{i}@example.nl"))).StatusCode);
        }

        var vierde = await WijkApp.PostFormAsync(client, "/activiteiten/taalgroep-ussen/aanmelden", Formulier(start, "Persoon 4", "persoon4@example.nl"));
        var html = await vierde.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.All(antwoorden, s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, vierde.StatusCode);
        Assert.Contains("Even wachten", html, StringComparison.Ordinal);
        Assert.NotNull(vierde.Headers.RetryAfter);
        Assert.Equal(3, (await AanmeldingenAsync(app, "taalgroep-ussen", start)).Count);
    }
}

public sealed class EmailLimietTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task TeVaakMetHetzelfdeAdres_MeldingBijHetEmailveld()
    {
        using var client = app.MaakClient();
        var laatste = HttpStatusCode.OK;
        string html = "";
        for (var i = 0; i < 11; i++)
        {
            var start = await DatumAsync(app, "huiswerkhulp-aventurijn", i);
            var response = await WijkApp.PostFormAsync(client, "/activiteiten/huiswerkhulp-aventurijn/aanmelden",
                Formulier(start, "Veelaanmelder", "veel@example.nl"));
            laatste = response.StatusCode;
            html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.OK, laatste);
        Assert.Contains("Met dit e-mailadres is het afgelopen uur al vaak aangemeld", html, StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
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

    [Fact]
    public async Task TegelijkMetHetzelfdeAdres_NooitMeerDanDeLimiet()
    {
        var ct = TestContext.Current.CancellationToken;
        var nu = app.Klok.Nu.UtcDateTime;
        var data = await app.MetDbAsync(db => db.Voorkomens.Where(v => v.Activiteit!.Slug == "bewegen-voor-ouderen" && v.StartUtc > nu)
            .OrderBy(v => v.StartUtc).Select(v => v.StartUtc).Take(15).ToListAsync(ct));
        Assert.Equal(15, data.Count);
        var email = $"tegelijk.{Guid.NewGuid():N}@example.nl";

        var uitkomsten = await Task.WhenAll(data.Select(async start =>
        {
            await using var scope = app.CreateScope();
            var handler = scope.ServiceProvider.GetRequiredService<MeldAan.Handler>();
            return (await handler.HandleAsync(new MeldAan.Command("bewegen-voor-ouderen", DateTime.SpecifyKind(start, DateTimeKind.Utc),
                "Snelle buur", email, null, 1, null), ct)).Status;
        }));

        var opgeslagen = await app.MetDbAsync(db => db.Aanmeldingen.CountAsync(a => a.Email == email, ct));
        Assert.Equal(10, opgeslagen);
        Assert.Equal(10, uitkomsten.Count(s => s is MeldAan.Status.Bevestigd or MeldAan.Status.Wachtlijst));
        Assert.Equal(5, uitkomsten.Count(s => s == MeldAan.Status.TeVaak));
    }
}

using Microsoft.AspNetCore.Hosting;
using WijkPlatform.Tests.Gedeeld;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Every write handler from the endpoint list refuses a post without the form's token with 400, before it
/// does anything: as a visitor and as beheer, who may reach every handler.</summary>
public sealed class AntiforgeryTests(ToegangsMatrixTests.App app) : IClassFixture<ToegangsMatrixTests.App>
{
    /// <summary>The deliberate exceptions, each with its own guard. A new one has to be added here, with its reason.</summary>
    private static readonly Dictionary<string, (HttpStatusCode Antwoord, string Waarom)> Uitzonderingen = new(StringComparer.Ordinal)
    {
        // Mail programs post RFC 8058 one-click unsubscribes without cookies; the secret code in the address is the
        // guard, and a guessed one gives 404.
        ["POST /nieuwsbrief/afmelden/{code}"] = (HttpStatusCode.NotFound, "afmelden met één klik (RFC 8058)"),
        // Hangfire checks the site's token itself and answers 403 instead of 400.
        ["POST /beheer/jobs/{**path}"] = (HttpStatusCode.Forbidden, "takendashboard controleert zelf"),
    };

    [Fact]
    public async Task PostZonderToken_ElkSchrijfEindpunt_400EnNietsVerwerkt()
    {
        var posts = (await Eindpunten.AllemaalAsync(app.Services)).Where(e => e.Methode != "GET").ToList();
        var doelen = new ToegangsMatrixTests.Doelen(app);
        using var bezoeker = app.MaakClient();
        using var beheer = await app.IngelogdAsync("beheer@example.nl");
        var fouten = new List<string>();
        var geweigerd = 0;

        foreach (var eindpunt in posts)
        {
            var (url, velden) = await doelen.VerzoekAsync(eindpunt);
            foreach (var (client, wie) in new[] { (bezoeker, "bezoeker"), (beheer, "beheer") })
            {
                using var form = new FormUrlEncodedContent(velden);
                using var antwoord = await client.PostAsync(url, form, TestContext.Current.CancellationToken);
                // A visitor meets the sign-in page first on staff pages; that refuses as well, and sooner.
                var verwacht = antwoord.StatusCode == (Uitzonderingen.TryGetValue(eindpunt.Sleutel, out var u) ? u.Antwoord : HttpStatusCode.BadRequest)
                    || (wie == "bezoeker" && Eindpunten.Geweigerd(antwoord) && antwoord.StatusCode == HttpStatusCode.Redirect);
                _ = verwacht ? geweigerd++ : 0;
                if (!verwacht)
                {
                    fouten.Add($"{eindpunt.Sleutel} als {wie}: {(int)antwoord.StatusCode} {antwoord.Headers.Location}");
                }
            }
        }

        using var nogBinnen = await beheer.GetAsync("/beheer/gebruikers", TestContext.Current.CancellationToken);

        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
        Assert.Equal(HttpStatusCode.OK, nogBinnen.StatusCode);
        await doelen.OngewijzigdAsync();
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Elke schrijfactie zonder formuliertoken geweigerd, als bezoeker en als beheer",
            new Dictionary<string, object> { ["schrijfacties"] = posts.Count, ["posts zonder token"] = posts.Count * 2, ["geweigerd"] = geweigerd, ["verwerkt"] = 0, ["bewuste uitzonderingen"] = Uitzonderingen.Count });
    }
}

/// <summary>A site with low limits per address for signing in and searching.</summary>
public sealed class LageLimietenApp : WijkApp
{
    public const int Inloggen = 4;
    public const int Zoeken = 5;

    protected override void Instellingen(IWebHostBuilder builder)
    {
        builder.UseSetting("Accounts:InloggenPerAdresPerUur", Inloggen.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Zoeken:PerAdresPerMinuut", Zoeken.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class InloggenEnZoekenLimietTests(LageLimietenApp app) : IClassFixture<LageLimietenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inloggen_TeVaakVanafEenAdres_429MetNederlandsePagina_OokVoorDeCodestap()
    {
        using var client = app.MaakClient();
        var antwoorden = new List<HttpStatusCode>();
        for (var i = 0; i < LageLimietenApp.Inloggen; i++)
        {
            antwoorden.Add((await WijkApp.PostFormAsync(client, "/inloggen", Velden($"poging{i}@example.nl"))).StatusCode);
        }

        var teVeel = await WijkApp.PostFormAsync(client, "/inloggen", Velden("beheer@example.nl"));
        var code = await WijkApp.PostFormAsync(client, "/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = "123456" }, "/inloggen");
        using var lezen = await client.GetAsync("/inloggen", Ct);
        var html = await teVeel.Content.ReadAsStringAsync(Ct);

        Assert.All(antwoorden, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, code.StatusCode);
        Assert.Contains("Even wachten", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.NotNull(teVeel.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, lezen.StatusCode);
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Inloggen vanaf één adres boven de limiet: 429 met Nederlandse pagina",
            new Dictionary<string, object>
            {
                ["limiet per uur (test)"] = LageLimietenApp.Inloggen,
                ["toegelaten"] = antwoorden.Count,
                ["429"] = 2,
                ["Retry-After (s)"] = teVeel.Headers.RetryAfter!.Delta!.Value.TotalSeconds,
            });
    }

    [Fact]
    public async Task Zoeken_TeVaakBinnenEenMinuut_429MetNederlandsePagina()
    {
        // Searching has a limiter of its own, so the log-in test's posts do not count here.
        using var client = app.MaakClient();
        var antwoorden = new List<HttpStatusCode>();
        for (var i = 0; i < LageLimietenApp.Zoeken; i++)
        {
            antwoorden.Add((await client.GetAsync($"/zoeken?q=koffie{i}", Ct)).StatusCode);
        }

        using var teVeel = await client.GetAsync("/zoeken?q=taal", Ct);
        using var anderePagina = await client.GetAsync("/activiteiten", Ct);
        var html = await teVeel.Content.ReadAsStringAsync(Ct);

        Assert.All(antwoorden, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.Contains("Even wachten", html, StringComparison.Ordinal);
        Assert.InRange(teVeel.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, anderePagina.StatusCode);
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Zoeken vanaf één adres boven de limiet: 429 met Nederlandse pagina, de rest van de site blijft open",
            new Dictionary<string, object>
            {
                ["limiet per minuut (test)"] = LageLimietenApp.Zoeken,
                ["toegelaten"] = antwoorden.Count,
                ["429"] = 1,
                ["Retry-After (s)"] = teVeel.Headers.RetryAfter.Delta.Value.TotalSeconds,
            });
    }

    private static Dictionary<string, string> Velden(string email) =>
        new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = "Verkeerd wachtwoord 123" };
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Beheer;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The site as it runs for residents: the Production environment (Secure-only, __Host- cookies) behind an
/// https address that is not localhost (HSTS skips localhost). It counts password checks, to show a log-in with an
/// unknown address costs the same work as one with a wrong password.</summary>
public sealed class ProductieApp : WijkApp
{
    public const string Adres = "https://wijk.example.nl";

    private readonly TellendeHasher hasher = new();

    public int Wachtwoordcontroles => hasher.Controles;

    protected override void Instellingen(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<Gebruiker>>(sp =>
        {
            hasher.Binnen = new PasswordHasher<Gebruiker>(sp.GetService<IOptions<PasswordHasherOptions>>());
            return hasher;
        }));
    }

    public HttpClient HttpsClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(Adres) });

    public HttpClient GewoneHttpClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("http://wijk.example.nl"),
    });

    private sealed class TellendeHasher : IPasswordHasher<Gebruiker>
    {
        private int controles;

        public PasswordHasher<Gebruiker> Binnen { get; set; } = new PasswordHasher<Gebruiker>();

        public int Controles => Volatile.Read(ref controles);

        public string HashPassword(Gebruiker user, string password) => Binnen.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Gebruiker user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref controles);
            return Binnen.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>Headers on every page, cookies, plain http, and equal work for known and unknown addresses, in the
/// Production environment over https.</summary>
public sealed partial class HeadersEnSessiesTests(ProductieApp app) : IClassFixture<ProductieApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ElkePagina_AnoniemEnBeheer_StrikteCspHstsGeenInline()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Beheer, tweeStaps: true);
        using var anoniem = app.HttpsClient();
        using var beheer = app.HttpsClient();
        var ingelogd = await WijkApp.InloggenAsync(beheer, account.Email, account.Wachtwoord, account.Sleutel);
        Assert.Equal(HttpStatusCode.Redirect, ingelogd.StatusCode);
        var doelen = new ToegangsMatrixTests.Doelen(app);
        var eindpunten = (await Eindpunten.AllemaalAsync(app.Services)).Where(e => e.Methode == "GET").ToList();
        var fouten = new List<string>();
        int antwoorden = 0, paginas = 0;

        foreach (var eindpunt in eindpunten)
        {
            var (url, _) = await doelen.VerzoekAsync(eindpunt);
            foreach (var client in new[] { anoniem, beheer })
            {
                using var antwoord = await client.GetAsync(url, Ct);
                antwoorden++;
                var csp = antwoord.Headers.TryGetValues("Content-Security-Policy", out var c) ? string.Join(",", c) : "";
                var hsts = antwoord.Headers.TryGetValues("Strict-Transport-Security", out var h) ? string.Join(",", h) : "";
                var dashboard = url.StartsWith("/beheer/jobs", StringComparison.Ordinal);
                if ((int)antwoord.StatusCode >= 500)
                {
                    fouten.Add($"{url}: {(int)antwoord.StatusCode}");
                }

                if (!hsts.Contains("max-age=31536000", StringComparison.Ordinal))
                {
                    fouten.Add($"{url}: geen HSTS ({hsts})");
                }

                // Hangfire's dashboard needs style attributes (ADR 20): inline style there only, never inline script.
                var scriptSrc = csp.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src", StringComparison.Ordinal)) ?? "";
                if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || !csp.Contains("default-src 'self'", StringComparison.Ordinal)
                    || scriptSrc.Length == 0 || scriptSrc.Contains("unsafe", StringComparison.Ordinal) || csp.Contains("unsafe-eval", StringComparison.Ordinal)
                    || (!dashboard && csp.Contains("unsafe-inline", StringComparison.Ordinal)))
                {
                    fouten.Add($"{url}: CSP '{csp}'");
                }

                if (antwoord.Content.Headers.ContentType?.MediaType == "text/html" && !dashboard)
                {
                    paginas++;
                    var html = await antwoord.Content.ReadAsStringAsync(Ct);
                    if (html.Contains("<script>", StringComparison.OrdinalIgnoreCase) || html.Contains(" style=\"", StringComparison.OrdinalIgnoreCase)
                        || html.Contains("<style", StringComparison.OrdinalIgnoreCase) || html.Contains(" onclick=", StringComparison.OrdinalIgnoreCase))
                    {
                        fouten.Add($"{url}: inline script of stijl in de pagina");
                    }
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Elke route als bezoeker en als beheer: strikte CSP, HSTS, frame-ancestors 'none'",
            new Dictionary<string, object>
            {
                ["antwoorden"] = antwoorden,
                ["HTML-pagina's"] = paginas,
                ["zonder CSP of HSTS"] = 0,
                ["met 'unsafe-inline' buiten het takendashboard"] = 0,
                ["serverfouten"] = 0,
            });
    }

    [Fact]
    public async Task Inloggen_InProductieOverHttps_KoekjesSecureHttpOnlyHost()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Redactie, tweeStaps: true);
        using var client = app.HttpsClient();
        var koekjes = new List<string>();

        using (var formulier = await client.GetAsync("/inloggen", Ct))
        {
            koekjes.AddRange(formulier.Headers.TryGetValues("Set-Cookie", out var k) ? k : []);
        }

        var stap1 = await WijkApp.PostFormAsync(client, "/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Wachtwoord"] = account.Wachtwoord,
        });
        koekjes.AddRange(stap1.Headers.TryGetValues("Set-Cookie", out var k1) ? k1 : []);
        var stap2 = await WijkApp.PostFormAsync(client, stap1.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(account.Sleutel!) });
        koekjes.AddRange(stap2.Headers.TryGetValues("Set-Cookie", out var k2) ? k2 : []);
        using var binnen = await client.GetAsync("/beheer", Ct);

        Assert.Equal(HttpStatusCode.Redirect, stap2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, binnen.StatusCode);
        var gezet = koekjes.Where(k => !k.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(gezet, k => k.StartsWith("__Host-wijk.af=", StringComparison.Ordinal));
        Assert.True(gezet.Count >= 3, string.Join("\n", gezet));
        Assert.All(gezet, k =>
        {
            var delen = k.Split(';', StringSplitOptions.TrimEntries);
            Assert.StartsWith("__Host-", delen[0], StringComparison.Ordinal);
            Assert.Contains("secure", delen, StringComparer.OrdinalIgnoreCase);
            Assert.Contains("httponly", delen, StringComparer.OrdinalIgnoreCase);
            Assert.Contains("path=/", delen, StringComparer.OrdinalIgnoreCase);
            Assert.Contains(delen, d => d.StartsWith("samesite=", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(delen, d => d.StartsWith("domain=", StringComparison.OrdinalIgnoreCase));
        });
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Inloggen in productie over https: elk koekje __Host-, Secure, HttpOnly en SameSite",
            new Dictionary<string, object> { ["koekjes gezet"] = gezet.Count, ["zonder Secure of HttpOnly"] = 0 });
    }

    [Fact]
    public async Task FormulierOverGewoneHttp_InProductie_400MetNederlandsePaginaGeen500()
    {
        using var http = app.GewoneHttpClient();
        using var viaProxy = app.GewoneHttpClient();
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var velden = new Dictionary<string, string> { ["Input.Email"] = "iemand@example.nl", ["Input.Wachtwoord"] = "x" };

        using var lezen = await http.GetAsync("/activiteiten", Ct);
        using var formulierOverHttp = await http.GetAsync("/inloggen", Ct);
        var posts = new List<HttpResponseMessage>();
        foreach (var pad in new[] { "/inloggen", "/wachtwoord-vergeten", "/nieuwsbrief", "/zoeken", "/beheer/gebruikers" })
        {
            using var form = new FormUrlEncodedContent(velden);
            posts.Add(await http.PostAsync(pad, form, Ct));
        }

        // Behind a proxy the browser speaks https to the proxy and keeps the Secure cookie; over the test's http address
        // the cookie jar would drop it, so it is carried by hand, as the proxy would pass it on.
        using var formulier = await viaProxy.GetAsync("/inloggen", Ct);
        var koekje = formulier.Headers.GetValues("Set-Cookie").Single(k => k.StartsWith("__Host-wijk.af=", StringComparison.Ordinal)).Split(';')[0];
        var token = System.Net.WebUtility.HtmlDecode(TokenWaarde().Match(await formulier.Content.ReadAsStringAsync(Ct)).Groups[1].Value);
        using var metToken = new FormUrlEncodedContent(new Dictionary<string, string>(velden) { ["__RequestVerificationToken"] = token });
        using var proxyPost = new HttpRequestMessage(HttpMethod.Post, "/inloggen") { Content = metToken };
        proxyPost.Headers.Add("Cookie", koekje);
        using var proxy = await viaProxy.SendAsync(proxyPost, Ct);

        Assert.Equal(HttpStatusCode.OK, lezen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, formulierOverHttp.StatusCode);
        Assert.Contains("Dit lukt niet", await formulierOverHttp.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        foreach (var post in posts)
        {
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            Assert.Contains("Dit lukt niet", await post.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, proxy.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await proxy.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Een formulier over gewone http in productie geeft 400 met uitleg, geen 500",
            new Dictionary<string, object> { ["posts over http"] = posts.Count, ["formulierpagina's over http"] = 1, ["400"] = posts.Count + 1, ["serverfouten"] = 0 });
    }

    [Fact]
    public async Task Inloggen_OnbekendAdres_ZelfdeAntwoordEnEvenveelWerk()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Collectief, ToegangsMatrixTests.CollectiefA);
        using var client = app.HttpsClient();

        var (bekend, werkBekend) = await PogingAsync(client, account.Email);
        var (onbekend, werkOnbekend) = await PogingAsync(client, $"niemand-{Guid.NewGuid():N}@example.nl");

        Assert.Equal(1, werkBekend);
        Assert.Equal(werkBekend, werkOnbekend);
        Assert.Equal(Melding(bekend), Melding(onbekend));
        Meetboek.Noteer(Meetboek.HeadersEnSessies, "Inloggen met een onbekend adres: hetzelfde antwoord en evenveel wachtwoordcontroles",
            new Dictionary<string, object> { ["controles bestaand adres"] = werkBekend, ["controles onbekend adres"] = werkOnbekend });
    }

    private async Task<(string Html, int Werk)> PogingAsync(HttpClient client, string email)
    {
        // Fetch the form first, so only the post itself is counted.
        var html = await client.GetStringAsync("/inloggen", Ct);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        var voor = app.Wachtwoordcontroles;
        var antwoord = await WijkApp.PostFormAsync(client, "/inloggen",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Wachtwoord"] = "Verkeerd wachtwoord 123" });
        var na = app.Wachtwoordcontroles;
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return (await antwoord.Content.ReadAsStringAsync(Ct), na - voor);
    }

    /// <summary>What the visitor reads: the main part, without the form's token (new per request) and without the
    /// address the form keeps.</summary>
    private static string Melding(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var einde = html.IndexOf("</main>", StringComparison.Ordinal);
        var main = start >= 0 && einde > start ? html[start..einde] : html;
        return Adres().Replace(Token().Replace(main, ""), "");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenWaarde();

    [GeneratedRegex("value=\"[^\"]*@example\\.nl\"")]
    private static partial Regex Adres();
}

namespace WijkPlatform.Web.Tests.Pages;

public sealed class BeveiligingTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/activiteiten")]
    [InlineData("/bestaat-niet")]
    [InlineData("/css/site.css")]
    public async Task Get_ElkAntwoord_HeeftBeveiligingsheaders(string pad)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(pad, TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_OverHttpsBuitenDevelopment_StuurtHsts()
    {
        using var client = app.MaakClient();
        client.BaseAddress = new Uri("https://wijk.example.nl/");

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Pagina_BevatGeenInlineScriptOfStijl()
    {
        using var client = app.MaakClient();

        foreach (var pad in new[] { "/", "/activiteiten", "/dagontmoeting", "/wijkteam", "/clientondersteuning" })
        {
            var html = await client.GetStringAsync(pad, TestContext.Current.CancellationToken);

            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        }
    }
}

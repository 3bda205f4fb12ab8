using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

public sealed class ProxyTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task ProxyZegtHttps_FormulierKoekjeIsSecure()
    {
        using var client = app.MaakClient();
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");

        var metProxy = await client.SendAsync(viaProxy, TestContext.Current.CancellationToken);
        var zonder = await client.GetAsync("/inloggen", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, metProxy.StatusCode);
        Assert.Contains(Koekje(metProxy, "wijk.af"), k => k.Equals("secure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Koekje(zonder, "wijk.af"), k => k.Equals("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("proxy.example.nl")]
    [InlineData("10.0.0.300")]
    public void VertrouwdAdresGeenIp_StartStoptMetNederlandseMelding(string adres)
    {
        var instellingen = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{Proxy.Section}:0"] = adres })
            .Build();

        var fout = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddProxy(instellingen));

        Assert.Contains("geen IP-adres", fout.Message, StringComparison.Ordinal);
        Assert.Contains(adres, fout.Message, StringComparison.Ordinal);
    }

    private static string[] Koekje(HttpResponseMessage response, string naam) =>
        response.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith(naam + "=", StringComparison.Ordinal))
            .Split(';', StringSplitOptions.TrimEntries);
}

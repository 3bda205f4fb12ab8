using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The site on Kestrel at 127.0.0.1, for tests that need real sockets: the in-process test server has no
/// connections, no socket buffers and no thread hops between request and response, so a race there is not the race a
/// rush of residents causes.</summary>
public sealed class KestrelApp : WijkApp
{
    public Uri BasisAdres { get; private set; } = null!;

    protected override void Start()
    {
        UseKestrel(0);
        StartServer();
        var adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BasisAdres = new Uri(adres.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client like one browser: its own connection pool and its own cookies (the antiforgery cookie).</summary>
    public HttpClient MaakBrowser() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    })
    {
        BaseAddress = BasisAdres,
        Timeout = TimeSpan.FromSeconds(90),
    };
}

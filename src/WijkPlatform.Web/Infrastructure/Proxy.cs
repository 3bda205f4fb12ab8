using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>The site usually runs behind a reverse proxy that ends TLS. Without the proxy's X-Forwarded-Proto every
/// request would look like plain http, and the Secure-only form and sign-in cookies would make every form fail; without
/// X-Forwarded-For every resident would share the proxy's address in the per-address limits. Only a proxy on this
/// machine is believed, plus the addresses named in <c>Proxy:VertrouwdeAdressen</c>.</summary>
public static class Proxy
{
    public const string Section = "Proxy:VertrouwdeAdressen";

    public static IServiceCollection AddProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var adressen = configuration.GetSection(Section).Get<string[]>() ?? [];
        var vertrouwd = new List<IPAddress>();
        foreach (var adres in adressen.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            if (!IPAddress.TryParse(adres.Trim(), out var ip))
            {
                throw new InvalidOperationException(
                    $"{Section} bevat '{adres}', maar dat is geen IP-adres. Noem de proxy's met hun IP-adres, zoals 10.0.0.5.");
            }

            vertrouwd.Add(ip);
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var ip in vertrouwd)
            {
                o.KnownProxies.Add(ip);
            }
        });
        return services;
    }
}

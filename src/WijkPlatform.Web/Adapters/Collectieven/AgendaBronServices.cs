using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Web.Adapters.Collectieven;

public static class AgendaBronServices
{
    /// <summary>Fetching calendar feeds over HTTP for the import. On a developer's machine and in the tests a feed is
    /// served from this machine over plain http (there is no certificate for 127.0.0.1); everywhere else only https
    /// to public addresses, so a calendar URL cannot be used to make the server fetch from its own network.</summary>
    public static IServiceCollection AddAgendaBron(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var adressen = new AgendaAdres(lokaalToegestaan: environment.IsDevelopment() || environment.IsEnvironment("Test"));
        services.Replace(ServiceDescriptor.Singleton(adressen));
        services.AddHttpClient(HttpAgendaBron.Client, c =>
            {
                c.Timeout = HttpAgendaBron.Tijdslimiet;
                c.MaxResponseContentBufferSize = AgendaFeed.MaxBytes;
                c.DefaultRequestHeaders.UserAgent.ParseAdd("WijkPlatform-agenda/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                ConnectCallback = HttpAgendaBron.Verbinder(adressen),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,
                UseProxy = false,
            });
        services.AddScoped<IAgendaBron, HttpAgendaBron>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Informatie;

public static class ClientondersteuningServices
{
    public static IServiceCollection AddClientondersteuning(this IServiceCollection services)
    {
        services.AddScoped<ClientondersteuningQueries>();
        return services;
    }
}

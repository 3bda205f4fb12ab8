using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Informatie;

public static class InformatieServices
{
    public static IServiceCollection AddInformatie(this IServiceCollection services)
    {
        services.AddScoped<InformatieQueries>();
        return services;
    }
}

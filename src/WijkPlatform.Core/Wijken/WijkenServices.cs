using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Wijken;

public static class WijkenServices
{
    public static IServiceCollection AddWijken(this IServiceCollection services)
    {
        services.AddScoped<WijkenQueries>();
        return services;
    }
}

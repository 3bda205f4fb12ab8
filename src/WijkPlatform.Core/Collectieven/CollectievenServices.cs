using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Collectieven;

public static class CollectievenServices
{
    public static IServiceCollection AddCollectieven(this IServiceCollection services)
    {
        services.AddScoped<ActiviteitMails>();
        services.AddScoped<ActiviteitBeheer>();
        services.AddScoped<Moderatie>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Informatie;

public static class InformatieServices
{
    public static IServiceCollection AddInformatie(this IServiceCollection services)
    {
        services.AddScoped<InformatieQueries>();
        services.AddScoped<PaginaBeheer>();
        services.AddScoped<MenuBeheer>();
        services.AddScoped<Menus>();
        services.AddSingleton<MenuCache>();
        return services;
    }
}

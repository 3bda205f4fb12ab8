using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Beheer;

public static class BeheerServices
{
    public static IServiceCollection AddBeheer(this IServiceCollection services)
    {
        services.AddSingleton<AccountMails>();
        services.AddScoped<LedenQueries>();
        services.AddScoped<VerwijderLid.Handler>();
        return services;
    }
}

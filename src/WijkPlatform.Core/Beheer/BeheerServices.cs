using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Beheer;

public static class BeheerServices
{
    public static IServiceCollection AddBeheer(this IServiceCollection services)
    {
        services.AddSingleton<AccountMails>();
        return services;
    }
}

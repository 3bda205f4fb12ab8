using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Privacy;

public static class PrivacyServices
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddScoped<PrivacyZoeken>();
        services.AddScoped<PrivacyExport>();
        services.AddScoped<PrivacyWissen.Handler>();
        return services;
    }
}

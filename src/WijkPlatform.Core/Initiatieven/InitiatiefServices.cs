using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WijkPlatform.Core.Initiatieven;

public static class InitiatiefServices
{
    public static IServiceCollection AddInitiatieven(this IServiceCollection services)
    {
        services.AddOptions<InitiatiefOptions>()
            .BindConfiguration(InitiatiefOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<InitiatiefMails>();
        services.TryAddSingleton<IVirusScanner, GeenVirusScanner>();
        services.TryAddSingleton<IFotoSchoonmaker, GeenFotoSchoonmaker>();
        services.AddScoped<BijlagenOpslag>();
        services.AddScoped<InitiatiefStappen>();
        services.AddScoped<InitiatiefQueries>().AddScoped<WijkbudgetLedger>();
        services.AddScoped<Aanvrager>().AddScoped<InitiatiefTermijnen>().AddScoped<InitiatiefOpschonen>();
        services.AddScoped<Aanvragen>();
        return services;
    }
}

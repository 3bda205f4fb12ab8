using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Aanmelden;

public static class AanmeldServices
{
    public static IServiceCollection AddAanmelden(this IServiceCollection services)
    {
        services.AddOptions<AanmeldOptions>()
            .BindConfiguration(AanmeldOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AanmeldMails>();
        services.AddSingleton<PlaatsBeurten>();
        services.AddSingleton<GelegenheidCache>();
        services.AddSingleton<Data.IAanbodGewijzigd>(sp => sp.GetRequiredService<GelegenheidCache>());
        services.AddScoped<MeldAan.Handler>();
        services.AddScoped<MeldAf.Handler>();
        services.AddScoped<AanmeldQueries>();
        services.AddScoped<Herinneringen>();
        services.AddScoped<Opschonen>();
        services.AddScoped<OrganisatorQueries>();
        services.AddScoped<Dagoverzicht>();
        services.AddScoped<MarkeerAanwezig.Handler>();
        services.AddScoped<BerichtAanDeelnemers.Handler>();
        return services;
    }
}

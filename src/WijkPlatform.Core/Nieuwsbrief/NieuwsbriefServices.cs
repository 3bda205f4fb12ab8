using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Nieuwsbrief;

public static class NieuwsbriefServices
{
    public static IServiceCollection AddNieuwsbrief(this IServiceCollection services)
    {
        services.AddOptions<NieuwsbriefOptions>()
            .BindConfiguration(NieuwsbriefOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.OnbevestigdBewaarDagen >= o.BevestigDagen,
                "Nieuwsbrief:OnbevestigdBewaarDagen moet minstens zo groot zijn als Nieuwsbrief:BevestigDagen: anders is een adres weg voordat de link verloopt.")
            .ValidateOnStart();
        services.AddSingleton<NieuwsbriefMails>();
        services.AddScoped<SchrijfIn.Handler>();
        services.AddScoped<Bevestig.Handler>();
        services.AddScoped<SchrijfUit.Handler>();
        services.AddScoped<Weekoverzicht>();
        services.AddScoped<NieuwsbriefOpschonen>();
        return services;
    }
}

using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Pages.Beheer.Gebruikers;

public static class GebruikersServices
{
    /// <summary>Beheer's account management and the audit log view, with the log's retention period.</summary>
    public static IServiceCollection AddGebruikersBeheer(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>()
            .BindConfiguration(AuditOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<AccountQueries>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditBewaren>();
        services.AddScoped<WijzigAccount.Handler>();
        services.AddScoped<SchakelAccount.Handler>();
        services.AddScoped<NodigAccountUit.Handler>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WijkPlatform.Core.Collectieven;

public static class AgendaImportServices
{
    /// <summary>The host supplies <see cref="IAgendaBron"/> (fetching over HTTP) and may replace
    /// <see cref="AgendaAdres"/> to allow a feed on this machine during development.</summary>
    public static IServiceCollection AddAgendaImport(this IServiceCollection services)
    {
        services.TryAddSingleton(new AgendaAdres(lokaalToegestaan: false));
        services.AddScoped<AgendaImport>();
        services.AddScoped<AgendaImportQueries>();
        services.AddScoped<KoppelAgenda.Handler>();
        return services;
    }
}

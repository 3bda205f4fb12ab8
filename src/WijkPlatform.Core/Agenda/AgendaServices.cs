using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Agenda;

public static class AgendaServices
{
    public static IServiceCollection AddAgenda(this IServiceCollection services)
    {
        services.AddScoped<AgendaQueries>();
        services.AddScoped<VoorkomenPlanner>();
        return services;
    }
}

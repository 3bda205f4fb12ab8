using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Monitor;

public static class MonitorServices
{
    public static IServiceCollection AddMonitor(this IServiceCollection services) => services.AddScoped<MonitorQueries>();
}

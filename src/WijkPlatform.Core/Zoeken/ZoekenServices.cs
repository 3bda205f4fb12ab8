using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Zoeken;

public static class ZoekenServices
{
    /// <summary>The source the search index is fed from; the index itself is an adapter in the host (IZoekIndex).</summary>
    public static IServiceCollection AddZoeken(this IServiceCollection services)
    {
        services.AddScoped<ZoekBron>();
        return services;
    }
}

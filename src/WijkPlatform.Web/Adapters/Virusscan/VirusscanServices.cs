using Microsoft.Extensions.DependencyInjection.Extensions;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Adapters.Virusscan;

public static class VirusscanServices
{
    /// <summary>ClamAV when <c>Virusscan:ClamAV:Host</c> is set; otherwise the Core default that marks files unscanned
    /// stays. Replace, not TryAdd: Core registers its default first.</summary>
    public static IServiceCollection AddVirusscan(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[$"{ClamAvOptions.Section}:{nameof(ClamAvOptions.Host)}"]))
        {
            return services;
        }

        services.AddOptions<ClamAvOptions>()
            .BindConfiguration(ClamAvOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IVirusScanner, ClamAvScanner>());
        return services;
    }
}

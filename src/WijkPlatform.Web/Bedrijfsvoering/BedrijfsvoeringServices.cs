using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Bedrijfsvoering;

public static class BedrijfsvoeringServices
{
    /// <summary>Running the site: structured logs, /health with its checks, optional OpenTelemetry.</summary>
    public static IServiceCollection AddBedrijfsvoering(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddWijkLogboek(configuration, environment);
        services.AddWijkTelemetrie(configuration);
        services.AddOptions<GezondheidOptions>()
            .BindConfiguration(GezondheidOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.MailWachtMinutenWaarschuwing <= o.MailWachtMinutenFout,
                "Gezondheid:MailWachtMinutenWaarschuwing moet kleiner zijn dan of gelijk zijn aan Gezondheid:MailWachtMinutenFout.")
            .Validate(o => o.VrijeSchijfMbWaarschuwing >= o.VrijeSchijfMbFout,
                "Gezondheid:VrijeSchijfMbWaarschuwing moet groter zijn dan of gelijk zijn aan Gezondheid:VrijeSchijfMbFout.")
            .ValidateOnStart();
        services.AddSingleton<SchrijfMappen>();
        // A check that hangs (a database that does not answer) must not hold /health up: a monitor then sees Unhealthy.
        var wachttijd = TimeSpan.FromSeconds(5);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [], wachttijd)
            .AddCheck<MailWachtrijControle>("mail", HealthStatus.Unhealthy, [], wachttijd)
            .AddCheck<ZoekIndexControle>("zoekindex", HealthStatus.Unhealthy, [], wachttijd)
            .AddCheck<SchijfruimteControle>("schijfruimte", HealthStatus.Unhealthy, [], wachttijd);
        return services;
    }

    public static IEndpointRouteBuilder MapBedrijfsvoering(this IEndpointRouteBuilder endpoints)
    {
        // Reading only: a health check takes no form, so a post gets 405 instead of a page that looks like it worked.
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = GezondheidAntwoord.SchrijfAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        endpoints.MapTakenDashboard();
        return endpoints;
    }
}

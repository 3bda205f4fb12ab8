using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WijkPlatform.Web.Bedrijfsvoering;

internal static class Telemetrie
{
    /// <summary>Traces (incoming requests, outgoing HTTP, EF Core) and metrics (ASP.NET Core, the .NET runtime) sent to
    /// an OTLP receiver. With OpenTelemetry:Aan false nothing is registered at all: no listener, no exporter.</summary>
    public static IServiceCollection AddWijkTelemetrie(this IServiceCollection services, IConfiguration configuration)
    {
        var instellingen = configuration.GetSection(TelemetrieOptions.Section).Get<TelemetrieOptions>() ?? new TelemetrieOptions();
        if (!instellingen.Aan)
        {
            return services;
        }

        services.AddOptions<TelemetrieOptions>()
            .BindConfiguration(TelemetrieOptions.Section)
            .Validate(o => o.HeeftGeldigEndpoint,
                "OpenTelemetry:Endpoint moet een volledig http- of https-adres zijn, zoals http://collector:4317, als OpenTelemetry:Aan true is.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ServiceNaam), "OpenTelemetry:ServiceNaam ontbreekt.")
            .Validate(o => o.Protocol is "grpc" or "http/protobuf", "OpenTelemetry:Protocol moet grpc of http/protobuf zijn.")
            .ValidateOnStart();

        void Otlp(OtlpExporterOptions o)
        {
            // Only read when the options are valid (ValidateOnStart runs first); a bad address never reaches the exporter.
            if (instellingen.HeeftGeldigEndpoint)
            {
                o.Endpoint = new Uri(instellingen.Endpoint!);
            }

            o.Protocol = instellingen.Protocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(string.IsNullOrWhiteSpace(instellingen.ServiceNaam) ? "wijkplatform" : instellingen.ServiceNaam))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
                    // The query is redacted by the instrumentation itself; the path can hold a personal link's sleutel.
                    o.EnrichWithHttpResponse = (activity, response) =>
                    {
                        if (activity.GetTagItem("url.path") is string pad)
                        {
                            activity.SetTag("url.path", GeheimeAdressen.Verberg(pad, response.HttpContext));
                        }
                    };
                })
                .AddHttpClientInstrumentation(o =>
                    // Calendar addresses of collectives are often private links: keep the server, drop the path.
                    o.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        if (request.RequestUri is { IsAbsoluteUri: true } uri)
                        {
                            activity.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}/{GeheimeAdressen.Verborgen}");
                        }
                    })
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(Otlp))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(Otlp));
        return services;
    }
}

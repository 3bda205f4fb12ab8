using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>Structured logs with Serilog. The logger belongs to this host's container, never to the static
/// <see cref="Log.Logger"/>: the test process runs several sites side by side, each with its own sinks.</summary>
internal static class Logboek
{
    public static IServiceCollection AddWijkLogboek(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<LogboekOptions>()
            .BindConfiguration(LogboekOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<AdresZonderGeheimen>();

        // Serilog writes the console itself; the default console and debug providers would write every line twice.
        // Providers added later (a test's own) still get every event, through writeToProviders.
        services.RemoveAll<ILoggerProvider>();
        services.AddSerilog((sp, logger) =>
        {
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(sp)
                .Enrich.FromLogContext()
                .Enrich.With(sp.GetRequiredService<AdresZonderGeheimen>());
            var console = sp.GetRequiredService<IOptions<LogboekOptions>>().Value.Console;
            switch (string.IsNullOrEmpty(console) ? (environment.IsDevelopment() ? LogboekOptions.Tekst : LogboekOptions.Json) : console)
            {
                case LogboekOptions.Tekst:
                    logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
                    break;
                case LogboekOptions.Json:
                    logger.WriteTo.Console(new CompactJsonFormatter());
                    break;
            }
        }, preserveStaticLogger: true, writeToProviders: true);
        return services;
    }

    /// <summary>One event per request, with the method, the address without its secrets, the status and the time taken.</summary>
    public static WebApplication UseWijkVerzoekLogboek(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;
            // A load balancer asks /health every few seconds: those lines only at Debug while the answer is 200.
            o.GetLevel = (context, _, fout) =>
                fout is not null || context.Response.StatusCode > 499 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") && context.Response.StatusCode == 200 ? LogEventLevel.Debug
                : LogEventLevel.Information;
            // Serilog's own address is the raw request target, which not every server sets; the request's path and
            // query are there always, and back to what they were once an error or status code page has run.
            o.GetMessageTemplateProperties = (context, _, ms, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(GeheimeAdressen.Verberg(
                    $"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}", context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(ms)),
            ];
        });
        return app;
    }
}

/// <summary>ASP.NET Core puts the request path in the scope of every event logged during a request, and its own
/// "Request starting" event carries path and query: those values lose their secrets here too.</summary>
internal sealed class AdresZonderGeheimen(IHttpContextAccessor http) : ILogEventEnricher
{
    private static readonly string[] Eigenschappen = ["RequestPath", "Path", "QueryString"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var naam in Eigenschappen)
        {
            if (logEvent.Properties.TryGetValue(naam, out var waarde) && waarde is ScalarValue { Value: string adres })
            {
                var veilig = GeheimeAdressen.Verberg(adres, http.HttpContext);
                if (!string.Equals(veilig, adres, StringComparison.Ordinal))
                {
                    logEvent.AddOrUpdateProperty(new LogEventProperty(naam, new ScalarValue(veilig)));
                }
            }
        }
    }
}

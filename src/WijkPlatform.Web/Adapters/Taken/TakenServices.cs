using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Taken;

public static class TakenServices
{
    /// <summary>Background jobs on Hangfire: mail as soon as it is committed, reminders and the privacy cleanup on a
    /// schedule. Everything Hangfire needs comes from this host's container, never from its process-wide defaults
    /// (JobStorage.Current, the global activator): a test process runs several sites side by side.</summary>
    public static IServiceCollection AddTaken(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TakenOptions>()
            .BindConfiguration(TakenOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IOptions<DatabaseOptions>>(
                (taken, database) => taken.Opslag != TakenOptions.PostgreSql || database.Value.IsPostgres,
                "Taken:Opslag PostgreSql kan alleen met Database:Provider Postgres: Hangfire gebruikt dan dezelfde database.")
            .ValidateOnStart();

        // Registered before AddHangfire, which only falls back on JobStorage.Current and JobActivator.Current when
        // none is registered; those are set by whichever site in the process configured Hangfire last.
        services.AddSingleton<JobStorage>(sp => MaakOpslag(sp.GetRequiredService<IOptions<TakenOptions>>().Value,
            configuration.GetConnectionString(CoreServices.ConnectionStringName)));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogboek(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((sp, o) =>
        {
            o.Activator = sp.GetRequiredService<JobActivator>();
            // Three kinds of job, each short: a few workers are plenty, and each holds a connection with PostgreSql.
            o.WorkerCount = 4;
        });

        services.AddScoped<Achtergrondtaken>();
        services.AddSingleton<HangfireOutboxSignaal>();
        services.Replace(ServiceDescriptor.Singleton<IOutboxSignaal>(sp => sp.GetRequiredService<HangfireOutboxSignaal>()));
        services.AddHostedService<TakenPlanning>();
        return services;
    }

    private static JobStorage MaakOpslag(TakenOptions options, string? connectionString)
    {
        if (options.Opslag != TakenOptions.PostgreSql)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var postgres = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // LISTEN/NOTIFY wakes a worker when a job is queued, on any server; the poll is only the fallback.
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString!, postgres), postgres);
    }
}

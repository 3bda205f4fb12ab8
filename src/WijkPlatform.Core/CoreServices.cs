using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Nieuwsbrief;
using WijkPlatform.Core.Privacy;
using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Core.Zoeken;

namespace WijkPlatform.Core;

public static class CoreServices
{
    public const string ConnectionStringName = "Wijk";

    public static IServiceCollection AddWijkPlatformCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GewijzigdInterceptor>();
        services.AddSingleton<SchrijfMelder>();
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new OptionsValidationException(ConnectionStringName, typeof(DatabaseOptions),
                [$"ConnectionStrings:{ConnectionStringName} ontbreekt: geef een SQLite- of PostgreSQL-verbinding op."]);
        }

        // Pooled: a request reuses a context instead of building one with its services, which was a large part of
        // the cost of a short read (see bench/).
        if (database.IsPostgres)
        {
            services.AddDbContextPool<PostgresWijkDbContext>((sp, o) => o.UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<GewijzigdInterceptor>(), sp.GetRequiredService<SchrijfMelder>()));
            services.AddScoped<WijkDbContext>(sp => sp.GetRequiredService<PostgresWijkDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteWijkDbContext>((sp, o) => o.UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<GewijzigdInterceptor>(), sp.GetRequiredService<SchrijfMelder>()));
            services.AddScoped<WijkDbContext>(sp => sp.GetRequiredService<SqliteWijkDbContext>());
        }

        services.AddSingleton(sp => new SchrijfPoort(sqlite: !database.IsPostgres, sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<SyncImporter>();
        services.AddScoped<DatabaseVoorbereiding>();
        services.AddClientondersteuning();
        Monitor.MonitorServices.AddMonitor(services);
        services.AddPrivacy();
        return services.AddAgenda().AddAanmelden().AddBeheer().AddMail().AddWijken().AddInformatie().AddZoeken().AddCollectieven()
            .AddAgendaImport().AddInitiatieven().AddNieuwsbrief();
    }
}

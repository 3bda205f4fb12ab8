using Hangfire;

namespace WijkPlatform.Web.Adapters.Taken;

/// <summary>Puts the recurring jobs in Hangfire's schedule at start. AddOrUpdate is idempotent, so every server
/// may do this; with PostgreSql storage they share one schedule and each job runs once per tick.</summary>
public sealed class TakenPlanning(IRecurringJobManager planning) : IHostedService
{
    public const string Mail = "mail";
    public const string Herinneringen = "herinneringen";
    public const string Opschonen = "opschonen";
    public const string Dagoverzicht = "dagoverzicht";
    public const string AgendaImport = "agenda-import";
    public const string InitiatiefTermijnen = "initiatief-termijnen";
    public const string InitiatiefOpschonen = "initiatief-opschonen";
    public const string Nieuwsbrief = "nieuwsbrief";
    public const string NieuwsbriefOpschonen = "nieuwsbrief-opschonen";
    public const string AuditOpschonen = "audit-opschonen";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The mail job mostly finds nothing: mail is sent on the signal after each commit. This run catches a signal
        // that was lost and a message whose retry has come due.
        planning.AddOrUpdate<Achtergrondtaken>(Mail, t => t.VerstuurMailAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        planning.AddOrUpdate<Achtergrondtaken>(Herinneringen, t => t.HerinneringenAsync(CancellationToken.None), "*/5 * * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        planning.AddOrUpdate<Achtergrondtaken>(Opschonen, t => t.OpschonenAsync(CancellationToken.None), Cron.Daily(3, 15),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") });
        // The digest itself knows its hour (Aanmelden:DagoverzichtUur) and sends once a day; a run every ten minutes
        // lets it catch up soon after a server was down at that hour.
        planning.AddOrUpdate<Achtergrondtaken>(Dagoverzicht, t => t.DagoverzichtAsync(CancellationToken.None), "*/10 * * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        // Collectives' own calendars change a few times a week; half an hour is soon enough and light on their servers.
        planning.AddOrUpdate<Achtergrondtaken>(AgendaImport, t => t.AgendaImportAsync(CancellationToken.None), "*/30 * * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        // A beslistermijn is counted in days; an hourly look is precise enough and sends a reminder the same morning.
        planning.AddOrUpdate<Achtergrondtaken>(InitiatiefTermijnen, t => t.InitiatiefTermijnenAsync(CancellationToken.None), Cron.Hourly(7),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        planning.AddOrUpdate<Achtergrondtaken>(InitiatiefOpschonen, t => t.InitiatiefOpschonenAsync(CancellationToken.None), Cron.Daily(3, 45),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") });
        // The digest itself knows its day and hour (Nieuwsbrief:Dag and Uur, Dutch time) and claims each wijk's week once;
        // an hourly run sends it within the hour and catches up the same week after a server was down at that moment.
        planning.AddOrUpdate<Achtergrondtaken>(Nieuwsbrief, t => t.NieuwsbriefAsync(CancellationToken.None), Cron.Hourly(2),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") });
        planning.AddOrUpdate<Achtergrondtaken>(NieuwsbriefOpschonen, t => t.NieuwsbriefOpschonenAsync(CancellationToken.None), Cron.Daily(4, 5),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") });
        // Audit:BewaarDagen counts whole days; one run a night keeps the log within a day of its period.
        planning.AddOrUpdate<Achtergrondtaken>(AuditOpschonen, t => t.AuditOpschonenAsync(CancellationToken.None), Cron.Daily(4, 25),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Adapters.Taken;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class AchtergrondtakenTests(TakenApp app) : IClassFixture<TakenApp>
{
    [Fact]
    public async Task NieuweBerichten_BerichtInOutbox_KomtBinnenSecondenAanZonderDirecteVerwerking()
    {
        var bericht = TestBerichten.Nieuw(app, "Je staat op de wachtlijst: Buurtlunch");
        await TestBerichten.SchrijfAsync(app, bericht);

        app.Services.GetRequiredService<IOutboxSignaal>().NieuweBerichten();

        var ontvangen = await app.Smtp.WachtOpAsync(m => TestBerichten.Aantal(m, bericht) >= 1, TimeSpan.FromSeconds(10));
        Assert.Equal(1, TestBerichten.Aantal(ontvangen, bericht));
    }

    [Fact]
    public void Start_ZetTerugkerendeTakenInHangfire()
    {
        var opslag = app.Services.GetRequiredService<JobStorage>();

        using var verbinding = opslag.GetConnection();
        var taken = verbinding.GetRecurringJobs().ToDictionary(t => t.Id);

        Assert.Equal(app.Database.IsPostgres ? "PostgreSqlStorage" : "InMemoryStorage", opslag.GetType().Name);
        Assert.Equal("* * * * *", taken[TakenPlanning.Mail].Cron);
        Assert.Equal("*/5 * * * *", taken[TakenPlanning.Herinneringen].Cron);
        Assert.Equal("15 3 * * *", taken[TakenPlanning.Opschonen].Cron);
        Assert.Equal("Europe/Amsterdam", taken[TakenPlanning.Opschonen].TimeZoneId);
        Assert.Equal("*/10 * * * *", taken[TakenPlanning.Dagoverzicht].Cron);
        Assert.Equal("*/30 * * * *", taken[TakenPlanning.AgendaImport].Cron);
        Assert.Equal("7 * * * *", taken[TakenPlanning.InitiatiefTermijnen].Cron);
        Assert.Equal("45 3 * * *", taken[TakenPlanning.InitiatiefOpschonen].Cron);
        Assert.Equal("Europe/Amsterdam", taken[TakenPlanning.InitiatiefOpschonen].TimeZoneId);
        Assert.Equal("25 4 * * *", taken[TakenPlanning.AuditOpschonen].Cron);
        Assert.Equal("Europe/Amsterdam", taken[TakenPlanning.AuditOpschonen].TimeZoneId);
        Assert.All(taken.Values, t => Assert.Null(t.Error));
        Assert.Equal(["AgendaImportAsync", "AuditOpschonenAsync", "DagoverzichtAsync", "HerinneringenAsync", "InitiatiefOpschonenAsync", "InitiatiefTermijnenAsync",
            "NieuwsbriefAsync", "NieuwsbriefOpschonenAsync", "OpschonenAsync", "VerstuurMailAsync"],
            taken.Values.Select(t => t.Job.Method.Name).Order());
    }
}

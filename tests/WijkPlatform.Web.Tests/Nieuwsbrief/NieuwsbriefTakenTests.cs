using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Web.Adapters.Taken;
using WijkPlatform.Web.Tests.Mail;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

public sealed class NieuwsbriefTakenTests(TakenApp app) : IClassFixture<TakenApp>
{
    [Fact]
    public void Start_PlantWeekoverzichtElkUurEnOpschonenDagelijksInNederlandseTijd()
    {
        using var verbinding = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var taken = verbinding.GetRecurringJobs().ToDictionary(t => t.Id);

        Assert.Equal("2 * * * *", taken[TakenPlanning.Nieuwsbrief].Cron);
        Assert.Equal("Europe/Amsterdam", taken[TakenPlanning.Nieuwsbrief].TimeZoneId);
        Assert.Equal("NieuwsbriefAsync", taken[TakenPlanning.Nieuwsbrief].Job.Method.Name);
        Assert.Equal("5 4 * * *", taken[TakenPlanning.NieuwsbriefOpschonen].Cron);
        Assert.Equal("Europe/Amsterdam", taken[TakenPlanning.NieuwsbriefOpschonen].TimeZoneId);
        Assert.Null(taken[TakenPlanning.NieuwsbriefOpschonen].Error);
    }
}

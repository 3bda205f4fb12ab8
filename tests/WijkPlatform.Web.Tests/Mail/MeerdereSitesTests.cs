using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Mail;

/// <summary>Hangfire keeps process-wide defaults (JobStorage.Current, one global job activator). Two sites in one
/// process must still each run their own jobs, with their own services, against their own database.</summary>
public sealed class MeerdereSitesTests(TweeSites sites) : IClassFixture<TweeSites>
{
    [Fact]
    public async Task TweeSitesInEenProces_VoerenElkHunEigenTakenUit()
    {
        var voorEerste = TestBerichten.Nieuw(sites.Eerste, "Voor de eerste site");
        var voorTweede = TestBerichten.Nieuw(sites.Tweede, "Voor de tweede site");
        await TestBerichten.SchrijfAsync(sites.Eerste, voorEerste);
        await TestBerichten.SchrijfAsync(sites.Tweede, voorTweede);

        sites.Eerste.Services.GetRequiredService<IOutboxSignaal>().NieuweBerichten();
        sites.Tweede.Services.GetRequiredService<IOutboxSignaal>().NieuweBerichten();

        await WachtOpAsync(() => TestBerichten.MessageIds(sites.Eerste.MailMap).Contains(voorEerste.MessageId)
            && TestBerichten.MessageIds(sites.Tweede.MailMap).Contains(voorTweede.MessageId));
        Assert.Equal([voorEerste.MessageId], TestBerichten.MessageIds(sites.Eerste.MailMap));
        Assert.Equal([voorTweede.MessageId], TestBerichten.MessageIds(sites.Tweede.MailMap));
    }

    private static async Task WachtOpAsync(Func<bool> klaar)
    {
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (!klaar())
        {
            Assert.True(DateTime.UtcNow < tot, "De mail van beide sites is na 10 seconden niet in hun eigen pickupmap.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

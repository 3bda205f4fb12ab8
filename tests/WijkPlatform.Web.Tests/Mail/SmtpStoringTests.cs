using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class SmtpStoringTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task Verwerk_ServerWegEnWeerTerug_ProbeertLaterOpnieuwEnVerstuurtElkBerichtEenKeer()
    {
        var berichten = Enumerable.Range(1, 3).Select(i => TestBerichten.Nieuw(app, $"Tijdens de storing {i}")).ToArray();
        await TestBerichten.SchrijfAsync(app, berichten);
        await app.Smtp.StopAsync();
        var nu = app.Klok.Nu.UtcDateTime;

        var tijdensStoring = await TestBerichten.VerwerkAsync(app);

        Assert.Equal(0, tijdensStoring);
        var eerste = await TestBerichten.LeesAsync(app, berichten[0].Id);
        Assert.Equal(1, eerste.Pogingen);
        Assert.False(string.IsNullOrWhiteSpace(eerste.LaatsteFout));
        Assert.Equal(nu + OutboxVerwerker.Wachttijd(1), eerste.VolgendePogingUtc);
        Assert.Null(eerste.BezigTotUtc);
        var ids = berichten.Select(b => b.Id).ToList();
        var rest = await app.MetDbAsync(db => db.Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(rest, m => Assert.Null(m.VerzondenUtc));
        Assert.All(rest.Where(m => m.Id != eerste.Id), m => Assert.Equal(0, m.Pogingen));
        // The round claimed all three at once; what was not tried is handed back, not held until the claim runs out.
        Assert.All(rest, m => Assert.Null(m.BezigTotUtc));
        Assert.Empty(app.Smtp.Berichten());

        await app.Smtp.StartAsync();
        app.Klok.Nu = app.Klok.Nu + OutboxVerwerker.Wachttijd(1) + TimeSpan.FromSeconds(1);

        var naStoring = await TestBerichten.VerwerkAsync(app);

        Assert.Equal(3, naStoring);
        var ontvangen = await app.Smtp.WachtOpAsync(m => berichten.All(b => TestBerichten.Aantal(m, b) >= 1), TimeSpan.FromSeconds(10));
        Assert.All(berichten, b => Assert.Equal(1, TestBerichten.Aantal(ontvangen, b)));
        Assert.Equal(2, (await TestBerichten.LeesAsync(app, berichten[0].Id)).Pogingen);
        Assert.Equal(0, await TestBerichten.VerwerkAsync(app));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Snelheid;

/// <summary>The write gate on the real engine: on SQLite many pieces share one commit, yet a piece that fails takes only
/// its own writes with it, and every piece that returned is stored. On PostgreSQL each piece has its own transaction;
/// the same promises hold.</summary>
public sealed class SchrijfPoortTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schrijf_VeelTegelijkMetEnkeleFouten_BewaartPreciesWatGeluktIs()
    {
        var id = Guid.NewGuid().ToString("N");
        var poort = app.Services.GetRequiredService<SchrijfPoort>();

        var uitkomsten = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            try
            {
                return await poort.SchrijfAsync(db, async (w, ct) =>
                {
                    var bericht = OutboxBericht.Nieuw("test.poort", $"stuk{i}.{id}@example.nl", null,
                        new MailInhoud("Poort", "Tekst", "<p>Tekst</p>"), app.Klok.GetUtcNow().UtcDateTime);
                    // Already sent: the site's own mail round leaves it alone.
                    bericht.VerzondenUtc = app.Klok.GetUtcNow().UtcDateTime;
                    w.Outbox.Add(bericht);
                    await w.SaveChangesAsync(ct);
                    if (i % 10 == 3)
                    {
                        throw new InvalidOperationException($"stuk {i} mislukt na het opslaan");
                    }

                    return i;
                }, Ct);
            }
            catch (InvalidOperationException)
            {
                return -1;
            }
        }));

        var opgeslagen = await app.MetDbAsync(db => db.Outbox.Where(m => m.Aan.EndsWith($".{id}@example.nl"))
            .Select(m => m.Aan).ToListAsync(Ct));
        var gelukt = uitkomsten.Where(i => i >= 0).ToList();
        Assert.Equal(36, gelukt.Count);
        Assert.Equal(gelukt.Select(i => $"stuk{i}.{id}@example.nl").Order(), opgeslagen.Order());
    }

    [Fact]
    public async Task Schrijf_ResultaatKomtPasNaDeCommit_EenAndereContextZietHetMeteen()
    {
        var aan = $"zichtbaar.{Guid.NewGuid():N}@example.nl";
        var poort = app.Services.GetRequiredService<SchrijfPoort>();
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();

        var nummer = await poort.SchrijfAsync(db, async (w, ct) =>
        {
            var bericht = OutboxBericht.Nieuw("test.poort", aan, null, new MailInhoud("Poort", "Tekst", "<p>Tekst</p>"), app.Klok.GetUtcNow().UtcDateTime);
            bericht.VerzondenUtc = app.Klok.GetUtcNow().UtcDateTime;
            w.Outbox.Add(bericht);
            await w.SaveChangesAsync(ct);
            return bericht.Id;
        }, Ct);

        Assert.True(nummer > 0);
        Assert.True(await app.MetDbAsync(d => d.Outbox.AnyAsync(m => m.Id == nummer && m.Aan == aan, Ct)));
    }
}

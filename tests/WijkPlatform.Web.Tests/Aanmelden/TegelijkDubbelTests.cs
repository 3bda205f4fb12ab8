using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>Sign-ups that arrive together share one save on SQLite (SchrijfPoort): each must still see what the others
/// in its bundle added but did not store yet. Runs on PostgreSQL too (WIJK_TEST_POSTGRES).</summary>
public sealed class TegelijkDubbelTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Bewegen = "bewegen-voor-ouderen";

    [Fact]
    public async Task MeldAan_ElkAdresTweeKeerTegelijk_EenAanmeldingPerAdresEnPlaatsenOpVolgorde()
    {
        var ct = TestContext.Current.CancellationToken;
        await ZetCapaciteitAsync(app, Bewegen, 6);
        var start = await DatumAsync(app, Bewegen);
        var adressen = Enumerable.Range(0, 12).Select(i => $"tegelijk{i}.{Guid.NewGuid():N}@example.nl").ToArray();

        var uitkomsten = await Task.WhenAll(adressen.SelectMany(a => new[] { a, a }).Select(async (email, i) =>
        {
            await using var scope = app.CreateScope();
            var handler = scope.ServiceProvider.GetRequiredService<MeldAan.Handler>();
            var uitkomst = await handler.HandleAsync(new MeldAan.Command(Bewegen, start, $"Buurtgenoot {i}", email, null, 1, null), ct);
            return (Email: email, uitkomst.Status, uitkomst.WachtlijstPlaats);
        }));

        var aanmeldingen = await AanmeldingenAsync(app, Bewegen, start);
        Assert.Equal(adressen.Order(), aanmeldingen.Select(a => a.Email!).Order());
        Assert.Equal(6, aanmeldingen.Count(a => a.Status == AanmeldingStatus.Bevestigd));
        Assert.Equal(12, uitkomsten.Count(u => u.Status is MeldAan.Status.Bevestigd or MeldAan.Status.Wachtlijst));
        Assert.Equal(12, uitkomsten.Count(u => u.Status == MeldAan.Status.AlAangemeld));
        // The waiting list is numbered 1 to 6, each number once, in the order the rows were stored.
        var wachtend = uitkomsten.Where(u => u.Status == MeldAan.Status.Wachtlijst).ToList();
        Assert.Equal(Enumerable.Range(1, 6), wachtend.Select(u => u.WachtlijstPlaats!.Value).Order());
        var opVolgorde = aanmeldingen.Where(a => a.Status == AanmeldingStatus.Wachtlijst).Select(a => a.Email).ToList();
        Assert.All(wachtend, u => Assert.Equal(u.WachtlijstPlaats!.Value, opVolgorde.IndexOf(u.Email) + 1));
        foreach (var email in adressen)
        {
            var mails = await MailsAanAsync(app, email);
            Assert.Equal(["aanmelding.dubbel"], mails.Where(m => m.Soort == "aanmelding.dubbel").Select(m => m.Soort));
            Assert.Single(mails, m => m.Soort is "aanmelding.bevestiging" or "aanmelding.wachtlijst");
        }

        var bezetting = await app.MetDbAsync(db => Task.FromResult(db.Bezettingen.Single(b => b.StartUtc == start)));
        Assert.Equal((6, 6), (bezetting.Bevestigd, bezetting.Wachtend));
    }
}

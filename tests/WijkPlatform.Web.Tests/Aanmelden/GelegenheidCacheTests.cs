using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>The occurrences kept for sign-ups (SQLite's fast path): kept through the writes of sign-ups and mail, read
/// anew after any other committed write, such as a new capacity or a cancelled date.</summary>
public sealed class GelegenheidCacheTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Bewegen = "bewegen-voor-ouderen";

    [Fact]
    public async Task Gelegenheid_BlijftBijAanmeldingen_WordtNieuwNaEenWijzigingVanHetAanbod()
    {
        var cache = app.Services.GetRequiredService<GelegenheidCache>();
        var start = await DatumAsync(app, Bewegen, 1);
        await ZetCapaciteitAsync(app, Bewegen, 9);

        var eerst = await ZoekAsync(cache, start);
        var weer = await ZoekAsync(cache, start);
        await app.MetDbAsync(db => db.Bezettingen.Where(b => b.StartUtc == start)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Wachtend, b => b.Wachtend)));
        var naAanmelding = await ZoekAsync(cache, start);
        await ZetCapaciteitAsync(app, Bewegen, 4);
        var naCapaciteit = await ZoekAsync(cache, start);
        await app.MetDbAsync(db => db.Voorkomens.Where(v => v.StartUtc == start && v.Activiteit!.Slug == Bewegen)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Afgelast, true)));
        var naAfgelast = await ZoekAsync(cache, start);

        Assert.Equal(9, eerst!.Capaciteit);
        Assert.Same(eerst, weer);
        Assert.Same(eerst, naAanmelding);
        Assert.Equal(4, naCapaciteit!.Capaciteit);
        Assert.True(naCapaciteit.AanmeldenMogelijk);
        Assert.False(naAfgelast!.AanmeldenMogelijk);
    }

    private Task<Gelegenheid?> ZoekAsync(GelegenheidCache cache, DateTime start) =>
        app.MetDbAsync(db => cache.ZoekAsync(db, Bewegen, start, TestContext.Current.CancellationToken));
}

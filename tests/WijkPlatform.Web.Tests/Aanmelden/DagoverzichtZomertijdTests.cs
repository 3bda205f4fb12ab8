using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed class DagoverzichtZomertijdTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task VerstuurAsync_ZomertijdEnNietsNieuws_WachtOpZevenUurEnMailtNiemand()
    {
        // In June Dutch time is UTC+2: 07:00 there is 05:00 UTC.
        app.Klok.Nu = new DateTimeOffset(2027, 6, 1, 4, 59, 0, TimeSpan.Zero);
        var ervoor = await VerstuurAsync();
        var standErvoor = await StandAsync();
        app.Klok.Nu = new DateTimeOffset(2027, 6, 1, 5, 0, 0, TimeSpan.Zero);

        var erna = await VerstuurAsync();

        Assert.Equal(0, ervoor);
        Assert.Null(standErvoor);
        Assert.Equal(0, erna);
        Assert.Equal(new DateTime(2027, 6, 1, 5, 0, 0, DateTimeKind.Utc), (await StandAsync())?.TotUtc);
        Assert.False(await app.MetDbAsync(db => db.Outbox.AnyAsync(m => m.Soort == "aanmelding.dagoverzicht")));
    }

    private async Task<int> VerstuurAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Dagoverzicht>().VerstuurAsync(TestContext.Current.CancellationToken);
    }

    private Task<TaakStand?> StandAsync() =>
        app.MetDbAsync(db => db.TaakStanden.AsNoTracking().SingleOrDefaultAsync(t => t.Naam == Dagoverzicht.TaakNaam));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed class DagoverzichtGelijktijdigTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task VerstuurAsync_VierServersTegelijk_VerstuurtHetOverzichtEenKeer()
    {
        var lunch = await OrganisatorApp.EersteDatumAsync(app, OrganisatorApp.Buurtlunch);
        await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, lunch, "Eén Keer", null, "0612121212", 1, null));
        app.Klok.Nu = new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);

        // Each call has its own scope and so its own connection, as on separate servers; the first run also races to create the row.
        var verstuurd = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<Dagoverzicht>().VerstuurAsync(TestContext.Current.CancellationToken);
        })));

        Assert.Equal(1, verstuurd.Sum());
        Assert.Equal("lid.wijkraad@example.nl", Assert.Single(await app.MetDbAsync(db =>
            db.Outbox.Where(m => m.Soort == "aanmelding.dagoverzicht").Select(m => m.Aan).ToListAsync())));
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Agenda;

/// <summary>The planner reads the activities before it takes its transaction; what changes in between must not be
/// overwritten with the dates of the version it read.</summary>
public sealed class VoorkomenPlannerTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Bijwerken_ActiviteitGewijzigdNaHetLezen_HoudtDeDatumsVanDeNieuweVersie()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Guid.NewGuid().ToString("N")[..8];
        var activiteit = (await AgendaHulp.ActiviteitenAsync(app, id, "ruwaard",
            ("wisselaar", new DateTime(2026, 12, 12, 10, 0, 0), 60, "FREQ=WEEKLY;COUNT=4"))).Single();
        var (ussen, gewijzigd) = await app.MetDbAsync(async db => (
            await db.Wijken.Where(w => w.Slug == "ussen").Select(w => w.Id).SingleAsync(ct),
            await db.Activiteiten.Where(a => a.Id == activiteit).Select(a => a.GewijzigdUtc).SingleAsync(ct)));
        // Due for planning again, as when its horizon runs short.
        await app.MetDbAsync(db => db.Activiteiten.Where(a => a.Id == activiteit)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.GeplandVoorUtc, (DateTime?)null), ct));

        // After the planner has read the activity and before its transaction: an organiser moves it to Ussen, and the back
        // office plans it at once.
        var tussendoor = new Tussendoor(async () =>
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            await db.Activiteiten.Where(a => a.Id == activiteit).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.WijkId, ussen).SetProperty(a => a.GewijzigdUtc, gewijzigd.AddMinutes(1)), ct);
            await scope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().PlanOpnieuwAsync(activiteit, ct);
        });
        await using (var db = Context(tussendoor))
        {
            await new VoorkomenPlanner(db, app.Klok).BijwerkenAsync(ct);
        }

        Assert.True(tussendoor.Gedaan);
        var wijken = await app.MetDbAsync(db => db.Voorkomens.Where(v => v.ActiviteitId == activiteit).Select(v => v.WijkId).ToListAsync(ct));
        Assert.Equal(4, wijken.Count);
        Assert.All(wijken, w => Assert.Equal(ussen, w));
    }

    /// <summary>A context on the test's database like the application's, with one more interceptor.</summary>
    private WijkDbContext Context(IInterceptor extra)
    {
        IInterceptor[] interceptors = [app.Services.GetRequiredService<GewijzigdInterceptor>(), app.Services.GetRequiredService<SchrijfMelder>(), extra];
        return app.Database.IsPostgres
            ? new PostgresWijkDbContext(new DbContextOptionsBuilder<PostgresWijkDbContext>()
                .UseNpgsql(app.Database.ConnectionString).AddInterceptors(interceptors).Options)
            : new SqliteWijkDbContext(new DbContextOptionsBuilder<SqliteWijkDbContext>()
                .UseSqlite(app.Database.ConnectionString).AddInterceptors(interceptors).Options);
    }

    /// <summary>Runs <paramref name="werk"/> once, just before the first transaction of the context begins.</summary>
    private sealed class Tussendoor(Func<Task> werk) : DbTransactionInterceptor
    {
        public bool Gedaan { get; private set; }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (!Gedaan)
            {
                Gedaan = true;
                await werk();
            }

            return result;
        }
    }
}

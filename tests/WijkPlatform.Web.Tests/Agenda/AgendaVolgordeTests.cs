using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Agenda;

/// <summary>The agenda lists dates by start, then end, then the order they were made: the order its indexes hold, so a
/// page is read from an index and no large group of dates sharing a start time has to be sorted first.</summary>
public sealed class AgendaVolgordeTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Zoek_VeleDatumsMetHetzelfdeBeginNogBezig_OpEindDanVolgordeZonderGatenOfDubbelen()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        // Thirty walk-in mornings from 09:00 Dutch time, lasting two, three or four hours; names run backwards, so an
        // order on the title would show up.
        var activiteiten = Enumerable.Range(0, 30)
            .Select(i => ($"z{29 - i:00}", new DateTime(2026, 12, 10, 9, 0, 0), (2 + i % 3) * 60, (string?)null))
            .ToArray();
        var ids = await AgendaHulp.ActiviteitenAsync(app, id, "ruwaard", activiteiten);
        // 09:30 UTC is 10:30 in Oss: every one of them has begun and none has ended.
        var van = new DateTime(2026, 12, 10, 9, 30, 0, DateTimeKind.Utc);
        var filter = new AgendaFilter { VanUtc = van, TotUtc = van.AddDays(1), Categorie = id, PerPagina = 20 };

        var eerste = await AgendaHulp.MetAgendaAsync(app, a => a.ZoekAsync(filter, TestContext.Current.CancellationToken));
        var tweede = await AgendaHulp.MetAgendaAsync(app, a => a.ZoekAsync(filter with { Pagina = 2 }, TestContext.Current.CancellationToken));

        var verwacht = await app.MetDbAsync(db => db.Voorkomens.Where(v => ids.Contains(v.ActiviteitId))
            .OrderBy(v => v.EindUtc).ThenBy(v => v.Id).Select(v => v.Activiteit!.Slug).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(30, eerste.Totaal);
        Assert.Equal(20, eerste.Items.Count);
        Assert.Equal(verwacht, eerste.Items.Concat(tweede.Items).Select(k => k.Slug));
        Assert.All(eerste.Items.Zip(eerste.Items.Skip(1)), p => Assert.True(p.First.EindUtc <= p.Second.EindUtc));
    }

    [Fact]
    public async Task Zoek_ActiviteitNaarAndereWijkEnCategorie_DatumsGaanMee()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = Guid.NewGuid().ToString("N")[..8];
        var nieuweCategorie = $"{id}-n";
        var activiteit = (await AgendaHulp.ActiviteitenAsync(app, id, "ruwaard", ("verhuizer", new DateTime(2026, 12, 11, 14, 0, 0), 60, null))).Single();
        Assert.Equal(1, await AantalAsync("ruwaard", id));

        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
            var a = await db.Activiteiten.SingleAsync(x => x.Id == activiteit, ct);
            a.WijkId = await db.Wijken.Where(w => w.Slug == "ussen").Select(w => w.Id).SingleAsync(ct);
            a.Categorie = new Categorie { Key = Guid.NewGuid(), Slug = nieuweCategorie, Naam = $"Agenda {nieuweCategorie}", Volgorde = 961 };
            await db.SaveChangesAsync(ct);
            await scope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().PlanOpnieuwAsync(activiteit, ct);
        }

        Assert.Equal(0, await AantalAsync("ruwaard", id));
        Assert.Equal(0, await AantalAsync(null, id));
        Assert.Equal(1, await AantalAsync("ussen", nieuweCategorie));
        Assert.Equal(0, await AantalAsync("ruwaard", nieuweCategorie));
        Assert.Equal(0, await AantalAsync("geen-wijk", null));
    }

    private Task<int> AantalAsync(string? wijk, string? categorie)
    {
        var van = new DateTime(2026, 12, 11, 0, 0, 0, DateTimeKind.Utc);
        return AgendaHulp.MetAgendaAsync(app, async a => (await a.ZoekAsync(
            new AgendaFilter { VanUtc = van, TotUtc = van.AddDays(1), Wijk = wijk, Categorie = categorie },
            TestContext.Current.CancellationToken)).Totaal);
    }
}

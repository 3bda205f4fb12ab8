using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Agenda;

internal static class AgendaHulp
{
    /// <summary>Published activities in a new category of their own (slug <paramref name="id"/>) in the given wijk,
    /// planned at once; gives their ids in the order given.</summary>
    public static async Task<int[]> ActiviteitenAsync(WijkApp app, string id, string wijkSlug,
        params (string Naam, DateTime StartLokaal, int Duur, string? Herhaling)[] activiteiten)
    {
        var ct = TestContext.Current.CancellationToken;
        Activiteit[] nieuw;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
            var wijk = await db.Wijken.FirstAsync(w => w.Slug == wijkSlug, ct);
            var categorie = new Categorie { Key = Guid.NewGuid(), Slug = id, Naam = $"Agenda {id}", Volgorde = 960 };
            nieuw = activiteiten.Select(a => new Activiteit
            {
                Key = Guid.NewGuid(),
                Slug = $"{a.Naam}-{id}",
                Titel = $"{a.Naam} {id}",
                Categorie = categorie,
                WijkId = wijk.Id,
                StartLokaal = a.StartLokaal,
                DuurMinuten = a.Duur,
                Herhaling = a.Herhaling,
                Status = ActiviteitStatus.Gepubliceerd,
            }).ToArray();
            db.Activiteiten.AddRange(nieuw);
            await db.SaveChangesAsync(ct);
        }

        await using var planScope = app.CreateScope();
        await planScope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().BijwerkenAsync(ct);
        return nieuw.Select(a => a.Id).ToArray();
    }

    public static async Task<T> MetAgendaAsync<T>(WijkApp app, Func<AgendaQueries, Task<T>> vraag)
    {
        await using var scope = app.CreateScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<AgendaQueries>());
    }
}

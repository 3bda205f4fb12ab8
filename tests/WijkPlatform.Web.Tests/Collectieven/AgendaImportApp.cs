using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Web.Tests.Collectieven;

/// <summary>The site with a feed server on 127.0.0.1 beside it. Each test makes a collective of its own, so tests in a
/// class do not see each other's activities.</summary>
public sealed class AgendaImportApp : WijkApp
{
    private FeedServer? feeds;

    public FeedServer Feeds => feeds ?? throw new InvalidOperationException("De fixture is nog niet gestart.");

    public override async ValueTask InitializeAsync()
    {
        feeds = await FeedServer.StartAsync();
        await base.InitializeAsync();
    }

    public Task<Organisatie> NieuwCollectiefAsync(bool vertrouwd, Uri? agenda) => MetDbAsync(async db =>
    {
        var code = Guid.NewGuid().ToString("N")[..8];
        var organisatie = new Organisatie
        {
            Key = Guid.NewGuid(),
            Slug = $"buurtgroep-{code}",
            Naam = $"Buurtgroep {code}",
            Soort = OrganisatieSoort.Collectief,
            WijkId = await db.Wijken.Where(w => w.Slug == "ruwaard").Select(w => w.Id).SingleAsync(),
            Vertrouwd = vertrouwd,
            AgendaUrl = agenda?.AbsoluteUri,
        };
        db.Organisaties.Add(organisatie);
        await db.SaveChangesAsync();
        return organisatie;
    });

    public async Task<AgendaImport.Resultaat> ImporteerAsync(int organisatieId)
    {
        await using var scope = CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AgendaImport>().ImporteerAsync(organisatieId, CancellationToken.None);
    }

    public Task<Organisatie> OrganisatieAsync(int id) => MetDbAsync(db => db.Organisaties.AsNoTracking().SingleAsync(o => o.Id == id));

    public Task<List<Activiteit>> ActiviteitenAsync(int organisatieId) => MetDbAsync(db => db.Activiteiten.AsNoTracking()
        .Where(a => a.OrganisatieId == organisatieId)
        .OrderBy(a => a.Id)
        .ToListAsync());

    public Task<List<Voorkomen>> VoorkomensAsync(int activiteitId) => MetDbAsync(db => db.Voorkomens.AsNoTracking()
        .Where(v => v.ActiviteitId == activiteitId)
        .OrderBy(v => v.StartUtc)
        .ToListAsync());

    /// <summary>The audit rows about the activities of one organisation.</summary>
    public Task<List<AuditRegel>> AuditAsync(int organisatieId) => MetDbAsync(async db =>
    {
        var onderwerpen = (await db.Activiteiten.AsNoTracking().Where(a => a.OrganisatieId == organisatieId).ToListAsync())
            .Select(Audit.Onderwerp)
            .ToList();
        return await db.AuditLog.AsNoTracking().Where(r => onderwerpen.Contains(r.Onderwerp)).OrderBy(r => r.Id).ToListAsync();
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (feeds is not null)
        {
            await feeds.DisposeAsync();
        }
    }
}

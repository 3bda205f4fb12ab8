using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Informatie;

public sealed record PaginaWeergave(string Slug, string Titel, string? Samenvatting, string Inhoud);

public sealed record OrganisatieKaart(string Slug, string Naam, OrganisatieSoort Soort, string? Wijk, string? Omschrijving,
    string? Email, string? Telefoon, string? Website, string? Logo = null);

public sealed class InformatieQueries(WijkDbContext db, TimeProvider clock)
{
    public Task<PaginaWeergave?> PaginaAsync(string slug, CancellationToken cancellationToken) =>
        db.Paginas.AsNoTracking()
            .Where(Pagina.Zichtbaar(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Slug == slug && p.Soort == PaginaSoort.Pagina)
            .Select(p => new PaginaWeergave(p.Slug, p.Titel, p.Samenvatting, p.Inhoud))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganisatieKaart>> OrganisatiesAsync(CancellationToken cancellationToken) =>
        await db.Organisaties.AsNoTracking()
            .OrderBy(o => o.Soort).ThenBy(o => o.Naam)
            .Select(o => new OrganisatieKaart(o.Slug, o.Naam, o.Soort, o.Wijk!.Naam, o.Omschrijving, o.Email, o.Telefoon, o.Website, o.Logo))
            .ToListAsync(cancellationToken);

    public Task<OrganisatieKaart?> OrganisatieAsync(string slug, CancellationToken cancellationToken) =>
        db.Organisaties.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new OrganisatieKaart(o.Slug, o.Naam, o.Soort, o.Wijk!.Naam, o.Omschrijving, o.Email, o.Telefoon, o.Website, o.Logo))
            .SingleOrDefaultAsync(cancellationToken);
}

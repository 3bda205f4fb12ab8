using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Core.Zoeken;

public sealed record ActiviteitDocument(
    string Slug,
    string Titel,
    string? Samenvatting,
    string? Omschrijving,
    string CategorieSlug,
    string CategorieNaam,
    string WijkSlug,
    string WijkNaam,
    string? LocatieNaam,
    string? OrganisatieNaam);

public sealed record PaginaDocument(string Slug, string Titel, string? Samenvatting, string Inhoud, PaginaSoort Soort = PaginaSoort.Pagina)
{
    /// <summary>Pages live at /{slug}, news items at /nieuws/{slug}.</summary>
    public string Url => Soort == PaginaSoort.Nieuws ? "/nieuws/" + Slug : "/" + Slug;
}

public sealed record OrganisatieDocument(string Slug, string Naam, string? Omschrijving, string? WijkSlug, string? WijkNaam);

/// <summary>A cheap summary per kind of what the search index holds; when it differs from what the index was built
/// from, that kind is indexed again. Each value is opaque text, kept in the index beside the documents.</summary>
public sealed record ZoekVingerafdruk(string Activiteiten, string Paginas, string Organisaties)
{
    public string Van(ZoekSoort soort) => soort switch
    {
        ZoekSoort.Activiteit => Activiteiten,
        ZoekSoort.Pagina => Paginas,
        ZoekSoort.Organisatie => Organisaties,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };
}

/// <summary>What the search index is fed from: the searchable text of every activity, published page and
/// organisation, and a fingerprint that tells cheaply whether any of it changed.</summary>
public sealed class ZoekBron(WijkDbContext db, TimeProvider clock)
{
    private sealed record Stand(int Aantal, DateTime LaatstGewijzigdUtc, int HoogsteId)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Aantal}/{LaatstGewijzigdUtc:O}/{HoogsteId}");
    }

    /// <summary>Per kind the number of rows, the latest <see cref="IGewijzigd.GewijzigdUtc"/> and the highest id:
    /// an added, changed or deleted row changes at least one of them. An activity document also holds the names of
    /// its categorie, wijk, locatie and organisatie, so those are part of the activities' fingerprint. Reference data
    /// has no change stamp; it is small, so its names are hashed.</summary>
    public async Task<ZoekVingerafdruk> VingerafdrukAsync(CancellationToken cancellationToken)
    {
        var activiteiten = await db.Activiteiten.AsNoTracking().Where(Activiteit.Publiek).GroupBy(_ => 1)
            .Select(g => new Stand(g.Count(), g.Max(a => a.GewijzigdUtc), g.Max(a => a.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        var paginas = await db.Paginas.AsNoTracking().GroupBy(_ => 1)
            .Select(g => new Stand(g.Count(), g.Max(p => p.GewijzigdUtc), g.Max(p => p.Id)))
            .SingleOrDefaultAsync(cancellationToken);

        // A scheduled item becomes visible without its row changing; the number visible now notices that.
        var zichtbarePaginas = await db.Paginas.AsNoTracking().Where(Pagina.Zichtbaar(clock.GetUtcNow().UtcDateTime))
            .CountAsync(cancellationToken);
        var organisaties = await db.Organisaties.AsNoTracking().GroupBy(_ => 1)
            .Select(g => new Stand(g.Count(), g.Max(o => o.GewijzigdUtc), g.Max(o => o.Id)))
            .SingleOrDefaultAsync(cancellationToken);

        var namen = new StringBuilder();
        foreach (var c in await db.Categorieen.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.Naam })
                     .ToListAsync(cancellationToken))
        {
            namen.Append(CultureInfo.InvariantCulture, $"c{c.Id}:{c.Slug}:{c.Naam}\n");
        }

        foreach (var w in await db.Wijken.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Id, w.Slug, w.Naam })
                     .ToListAsync(cancellationToken))
        {
            namen.Append(CultureInfo.InvariantCulture, $"w{w.Id}:{w.Slug}:{w.Naam}\n");
        }

        foreach (var l in await db.Locaties.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Naam })
                     .ToListAsync(cancellationToken))
        {
            namen.Append(CultureInfo.InvariantCulture, $"l{l.Id}:{l.Naam}\n");
        }

        var referentie = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(namen.ToString())))[..16];
        var a = activiteiten?.ToString() ?? "0";
        var p = $"{paginas?.ToString() ?? "0"}|z:{zichtbarePaginas}";
        var o = organisaties?.ToString() ?? "0";
        return new ZoekVingerafdruk($"{a}|o:{o}|r:{referentie}", p, $"{o}|r:{referentie}");
    }

    /// <summary>Only what residents may see: an activity waiting for the redactie or hidden by it is not findable.</summary>
    public async Task<IReadOnlyList<ActiviteitDocument>> ActiviteitenAsync(CancellationToken cancellationToken) =>
        await db.Activiteiten.AsNoTracking()
            .Where(Activiteit.Publiek)
            .OrderBy(a => a.Id)
            .Select(a => new ActiviteitDocument(a.Slug, a.Titel, a.Samenvatting, a.Omschrijving,
                a.Categorie!.Slug, a.Categorie.Naam, a.Wijk!.Slug, a.Wijk.Naam, a.Locatie!.Naam, a.Organisatie!.Naam))
            .ToListAsync(cancellationToken);

    /// <summary>Only visible pages and news: a draft, a scheduled item before its time or one taken offline must not
    /// be findable.</summary>
    public async Task<IReadOnlyList<PaginaDocument>> PaginasAsync(CancellationToken cancellationToken) =>
        await db.Paginas.AsNoTracking()
            .Where(Pagina.Zichtbaar(clock.GetUtcNow().UtcDateTime))
            .OrderBy(p => p.Id)
            .Select(p => new PaginaDocument(p.Slug, p.Titel, p.Samenvatting, p.Inhoud, p.Soort))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganisatieDocument>> OrganisatiesAsync(CancellationToken cancellationToken) =>
        await db.Organisaties.AsNoTracking()
            .OrderBy(o => o.Id)
            .Select(o => new OrganisatieDocument(o.Slug, o.Naam, o.Omschrijving, o.Wijk!.Slug, o.Wijk.Naam))
            .ToListAsync(cancellationToken);
}

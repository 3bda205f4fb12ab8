using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Zoeken;

public sealed record ZoekResultaat(ZoekSoort Soort, string Titel, string? Samenvatting, string Url);

/// <summary>Plain word search over titles and summaries, ignoring case and accents ("cafe" finds "café").</summary>
public sealed class ZoekQueries(WijkDbContext db)
{
    private static readonly CompareInfo Vergelijk = CultureInfo.GetCultureInfo("nl-NL").CompareInfo;
    private const CompareOptions Opties = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public async Task<IReadOnlyList<ZoekResultaat>> ZoekAsync(string vraag, CancellationToken cancellationToken)
    {
        var woorden = vraag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 1)
            .Take(10)
            .ToArray();
        if (woorden.Length == 0)
        {
            return [];
        }

        var activiteiten = await db.Activiteiten.AsNoTracking()
            .Select(a => new ZoekResultaat(ZoekSoort.Activiteit, a.Titel, a.Samenvatting, "/activiteiten/" + a.Slug))
            .ToListAsync(cancellationToken);
        var paginas = await db.Paginas.AsNoTracking().Where(p => p.Gepubliceerd)
            .Select(p => new ZoekResultaat(ZoekSoort.Pagina, p.Titel, p.Samenvatting, "/" + p.Slug))
            .ToListAsync(cancellationToken);
        var organisaties = await db.Organisaties.AsNoTracking()
            .Select(o => new ZoekResultaat(ZoekSoort.Organisatie, o.Naam, o.Omschrijving, "/organisaties#" + o.Slug))
            .ToListAsync(cancellationToken);

        return activiteiten.Concat(paginas).Concat(organisaties)
            .Where(r => woorden.All(w => Bevat(r.Titel, w) || Bevat(r.Samenvatting, w)))
            .OrderByDescending(r => woorden.Count(w => Bevat(r.Titel, w)))
            .ThenBy(r => r.Titel, StringComparer.CurrentCulture)
            .Take(50)
            .ToList();
    }

    private static bool Bevat(string? tekst, string woord) => tekst is not null && Vergelijk.IndexOf(tekst, woord, Opties) >= 0;
}

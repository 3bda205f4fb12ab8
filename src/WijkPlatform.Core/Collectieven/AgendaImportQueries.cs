using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Collectieven;

/// <summary>The calendar link of an organisation, as its members see it in the back office.</summary>
public sealed record AgendaKoppeling(int OrganisatieId, string Slug, string Naam, bool Vertrouwd, string? Url, DateTime? GeimporteerdUtc,
    string? Fout);

public sealed class AgendaImportQueries(WijkDbContext db)
{
    /// <summary>The organisations whose calendar this account may link: its own collectives, or every organisation
    /// for the redactie and beheer.</summary>
    public async Task<IReadOnlyList<AgendaKoppeling>> KoppelingenAsync(int gebruikerId, CancellationToken cancellationToken)
    {
        if (await BeheerderAsync(db, gebruikerId, cancellationToken) is not { } wie)
        {
            return [];
        }

        var organisaties = db.Organisaties.AsNoTracking();
        if (!wie.IsRedactie)
        {
            organisaties = organisaties.Where(o => wie.Collectieven.Contains(o.Id));
        }

        return await organisaties
            .OrderBy(o => o.Soort).ThenBy(o => o.Naam)
            .Select(o => new AgendaKoppeling(o.Id, o.Slug, o.Naam, o.Vertrouwd, o.AgendaUrl, o.AgendaGeimporteerdUtc, o.AgendaFout))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Null both for an unknown organisation and for one this account may not touch, so the page answers 404
    /// either way and does not reveal which organisations exist.</summary>
    public async Task<AgendaKoppeling?> KoppelingAsync(int gebruikerId, string slug, CancellationToken cancellationToken)
    {
        var koppeling = await db.Organisaties.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new AgendaKoppeling(o.Id, o.Slug, o.Naam, o.Vertrouwd, o.AgendaUrl, o.AgendaGeimporteerdUtc, o.AgendaFout))
            .SingleOrDefaultAsync(cancellationToken);
        return koppeling is not null && await BeheerderAsync(db, gebruikerId, cancellationToken) is { } wie && wie.MagBeheren(koppeling.OrganisatieId)
            ? koppeling
            : null;
    }

    /// <summary>Memberships and roles are read from the database on each request, so a membership or role just taken
    /// away counts at once.</summary>
    internal static async Task<Beheerder?> BeheerderAsync(WijkDbContext db, int gebruikerId, CancellationToken cancellationToken)
    {
        var gebruiker = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Id == gebruikerId)
            .Select(g => new
            {
                g.Naam,
                Collectieven = g.Lidmaatschappen.Select(l => l.OrganisatieId).ToList(),
                IsRedactie = g.Rollen.Any(r => r.Rol!.Naam == Rollen.Redactie || r.Rol.Naam == Rollen.Beheer),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return gebruiker is null ? null : new Beheerder(gebruikerId, gebruiker.Naam, gebruiker.Collectieven, gebruiker.IsRedactie);
    }
}

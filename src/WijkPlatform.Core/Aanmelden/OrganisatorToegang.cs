using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Which activities an account may see the sign-ups of, and act on: the activities of the collectives it is a
/// member of, or every activity for the role Beheer. The list, its CSV, attendance and the message to participants all
/// ask here, so they cannot disagree.</summary>
internal static class OrganisatorToegang
{
    /// <summary>The role is read from the database, not from the sign-in cookie, so a role taken away counts at once.</summary>
    public static async Task<IQueryable<Activiteit>> ActiviteitenAsync(WijkDbContext db, int gebruikerId, CancellationToken cancellationToken)
    {
        var isBeheer = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Id == gebruikerId)
            .SelectMany(g => g.Rollen)
            .AnyAsync(r => r.Rol!.Naam == Rollen.Beheer, cancellationToken);
        var activiteiten = db.Activiteiten.AsNoTracking();
        return isBeheer
            ? activiteiten
            : activiteiten.Where(a => db.Lidmaatschappen.Any(l => l.GebruikerId == gebruikerId && l.OrganisatieId == a.OrganisatieId));
    }

    /// <summary>True when the activity has this date: planned, or a past date that is no longer planned but has sign-ups.</summary>
    public static async Task<bool> HeeftDatumAsync(WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken) =>
        await db.Voorkomens.AnyAsync(v => v.ActiviteitId == activiteitId && v.StartUtc == startUtc, cancellationToken)
        || await db.Aanmeldingen.AnyAsync(a => a.ActiviteitId == activiteitId && a.StartUtc == startUtc, cancellationToken);

    public static async Task<Beheerder> BeheerderAsync(WijkDbContext db, int gebruikerId, CancellationToken cancellationToken)
    {
        var g = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Id == gebruikerId)
            .Select(g => new
            {
                g.Naam,
                g.Email,
                Collectieven = g.Lidmaatschappen.Select(l => l.OrganisatieId).ToList(),
                IsRedactie = g.Rollen.Any(r => r.Rol!.Naam == Rollen.Redactie || r.Rol.Naam == Rollen.Beheer),
            })
            .SingleAsync(cancellationToken);
        return new Beheerder(gebruikerId, string.IsNullOrWhiteSpace(g.Naam) ? g.Email : g.Naam, g.Collectieven, g.IsRedactie);
    }
}

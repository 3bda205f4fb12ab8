using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>One occurrence as far as signing up is concerned: what it is, where, and how many may come.</summary>
public sealed record Gelegenheid(
    int ActiviteitId,
    string Slug,
    string Titel,
    DateTime StartUtc,
    DateTime EindUtc,
    string? Waar,
    string? Contact,
    bool AanmeldenMogelijk,
    int? Capaciteit,
    int MaxPersonen,
    int? OrganisatieId)
{
    public static async Task<Gelegenheid?> ZoekAsync(WijkDbContext db, string slug, DateTime startUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var v = await PerSlug(db, slug, DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), cancellationToken);
        return v is null ? null : Maak(v);
    }

    public static async Task<Gelegenheid?> ZoekAsync(WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var start = DateTime.SpecifyKind(startUtc, DateTimeKind.Utc);
        var gevonden = await Lees(db.Voorkomens.AsNoTracking().Where(v => v.ActiviteitId == activiteitId && v.StartUtc == start),
            cancellationToken);
        if (gevonden is not null)
        {
            return gevonden;
        }

        // A past occurrence may no longer be planned (ADR 7 keeps a short look-back); its mails still need the facts.
        var a = await db.Activiteiten.AsNoTracking().Where(a => a.Id == activiteitId)
            .Select(a => new { a.Slug, a.Titel, a.DuurMinuten, Locatie = a.Locatie!.Naam, a.Locatie.Straat, a.Locatie.Plaats, a.Contact, a.OrganisatieId })
            .SingleOrDefaultAsync(cancellationToken);
        return a is null
            ? null
            : new Gelegenheid(activiteitId, a.Slug, a.Titel, start, start.AddMinutes(a.DuurMinuten), Plek(a.Locatie, a.Straat, a.Plaats),
                a.Contact, false, null, 0, a.OrganisatieId);
    }

    private static async Task<Gelegenheid?> Lees(IQueryable<Voorkomen> voorkomens, CancellationToken cancellationToken)
    {
        var v = await voorkomens
            .Select(NaarRij)
            .FirstOrDefaultAsync(cancellationToken);
        return v is null ? null : Maak(v);
    }

    private static readonly Expression<Func<Voorkomen, Rij>> NaarRij = v => new Rij(
        v.ActiviteitId,
        v.Activiteit!.Slug,
        v.Activiteit.Titel,
        v.StartUtc,
        v.EindUtc,
        v.Activiteit.Locatie!.Naam,
        v.Activiteit.Locatie.Straat,
        v.Activiteit.Locatie.Plaats,
        v.Activiteit.Contact,
        v.Activiteit.AanmeldenNodig && !v.Activiteit.Categorie!.IsDagontmoeting && !v.Afgelast
            && v.Activiteit.Status == ActiviteitStatus.Gepubliceerd,
        v.Activiteit.Capaciteit,
        v.Activiteit.MaxPersonenPerAanmelding,
        v.Activiteit.OrganisatieId);

    // Compiled: every sign-up asks this first, and a compiled query skips the work of reading the expression each time.
    private static readonly Func<WijkDbContext, string, DateTime, CancellationToken, Task<Rij?>> PerSlug =
        EF.CompileAsyncQuery((WijkDbContext db, string slug, DateTime start, CancellationToken cancellationToken) =>
            db.Voorkomens.AsNoTracking().Where(v => v.Activiteit!.Slug == slug && v.StartUtc == start)
                .Select(NaarRij)
                .FirstOrDefault());

    private static Gelegenheid Maak(Rij v) =>
        new(v.ActiviteitId, v.Slug, v.Titel, AgendaQueries.Utc(v.StartUtc), AgendaQueries.Utc(v.EindUtc),
            Plek(v.Locatie, v.Straat, v.Plaats), v.Contact, v.Mogelijk, v.Capaciteit, Math.Max(1, v.MaxPersonen), v.OrganisatieId);

    private sealed record Rij(int ActiviteitId, string Slug, string Titel, DateTime StartUtc, DateTime EindUtc, string? Locatie,
        string? Straat, string? Plaats, string? Contact, bool Mogelijk, int? Capaciteit, int MaxPersonen, int? OrganisatieId);

    private static string? Plek(string? locatie, string? straat, string? plaats) =>
        locatie is null ? null : straat is null ? locatie : $"{locatie}, {straat}, {plaats}";
}

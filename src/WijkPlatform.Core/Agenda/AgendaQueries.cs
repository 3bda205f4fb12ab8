using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Agenda;

public sealed record VoorkomenKaart(
    string Slug,
    string Titel,
    string? Samenvatting,
    DateTime StartUtc,
    DateTime EindUtc,
    string Categorie,
    bool IsDagontmoeting,
    string Wijk,
    string? Locatie,
    string? Organisatie,
    bool IsGratis,
    bool AanmeldenNodig,
    Doelgroep Doelgroep);

public sealed record ActiviteitDetail(
    string Slug,
    string Titel,
    string? Samenvatting,
    string? Omschrijving,
    string Categorie,
    bool IsDagontmoeting,
    string Wijk,
    string? LocatieNaam,
    string? LocatieAdres,
    double? Latitude,
    double? Longitude,
    bool Rolstoeltoegankelijk,
    bool Ringleiding,
    bool Prikkelarm,
    string? OrganisatieNaam,
    string? OrganisatieSlug,
    Doelgroep Doelgroep,
    int KostenInCenten,
    bool AanmeldenNodig,
    int? Capaciteit,
    string? Contact,
    int DuurMinuten,
    string? Herhaling,
    IReadOnlyList<DateTime> VolgendeStartsUtc);

public sealed class AgendaQueries(WijkDbContext db)
{
    private sealed record Bron(
        string Slug, string Titel, string? Samenvatting, DateTime StartLokaal, int DuurMinuten, string? Herhaling,
        string Categorie, bool IsDagontmoeting, string WijkSlug, string Wijk, string? Locatie, string? Organisatie,
        int KostenInCenten, bool AanmeldenNodig, Doelgroep Doelgroep);

    /// <summary>Every occurrence that starts in [vanUtc, totUtc), in time order; series are expanded on the fly.</summary>
    public async Task<IReadOnlyList<VoorkomenKaart>> VoorkomensAsync(DateTime vanUtc, DateTime totUtc, string? wijkSlug,
        CancellationToken cancellationToken)
    {
        // One-offs are filtered in SQL on their wall-clock start, widened by a day so the UTC offset never cuts one off.
        var vanLokaal = Herhaling.NaarLokaal(vanUtc).AddDays(-1);
        var totLokaal = Herhaling.NaarLokaal(totUtc).AddDays(1);
        var query = db.Activiteiten.AsNoTracking()
            .Where(a => a.Herhaling != null || (a.StartLokaal >= vanLokaal && a.StartLokaal < totLokaal))
            .Where(a => a.StartLokaal < totLokaal);
        if (wijkSlug is not null)
        {
            query = query.Where(a => a.Wijk!.Slug == wijkSlug);
        }

        var bronnen = await query
            .Select(a => new Bron(a.Slug, a.Titel, a.Samenvatting, a.StartLokaal, a.DuurMinuten, a.Herhaling,
                a.Categorie!.Naam, a.Categorie.IsDagontmoeting, a.Wijk!.Slug, a.Wijk.Naam, a.Locatie!.Naam,
                a.Organisatie!.Naam, a.KostenInCenten, a.AanmeldenNodig, a.Doelgroep))
            .ToListAsync(cancellationToken);

        return bronnen
            .SelectMany(b => Herhaling.Voorkomens(b.StartLokaal, b.Herhaling, vanUtc, totUtc).Select(start =>
                new VoorkomenKaart(b.Slug, b.Titel, b.Samenvatting, start, start.AddMinutes(b.DuurMinuten), b.Categorie,
                    b.IsDagontmoeting, b.Wijk, b.Locatie, b.Organisatie, b.KostenInCenten == 0, b.AanmeldenNodig,
                    b.Doelgroep)))
            .OrderBy(v => v.StartUtc)
            .ThenBy(v => v.Titel, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<ActiviteitDetail?> DetailAsync(string slug, DateTime nuUtc, int aantalDatums,
        CancellationToken cancellationToken)
    {
        var a = await db.Activiteiten.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Slug,
                a.Titel,
                a.Samenvatting,
                a.Omschrijving,
                Categorie = a.Categorie!.Naam,
                a.Categorie.IsDagontmoeting,
                Wijk = a.Wijk!.Naam,
                LocatieNaam = a.Locatie!.Naam,
                a.Locatie.Straat,
                a.Locatie.Postcode,
                a.Locatie.Plaats,
                a.Locatie.Latitude,
                a.Locatie.Longitude,
                // Through an optional navigation a bool must be nullable, or a missing location throws.
                Rolstoel = (bool?)a.Locatie.Rolstoeltoegankelijk,
                Ringleiding = (bool?)a.Locatie.Ringleiding,
                Prikkelarm = (bool?)a.Locatie.Prikkelarm,
                OrganisatieNaam = a.Organisatie!.Naam,
                OrganisatieSlug = a.Organisatie.Slug,
                a.Doelgroep,
                a.KostenInCenten,
                a.AanmeldenNodig,
                a.Capaciteit,
                a.Contact,
                a.DuurMinuten,
                a.Herhaling,
                a.StartLokaal,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var starts = Herhaling.Voorkomens(a.StartLokaal, a.Herhaling, nuUtc, nuUtc.AddYears(1)).Take(aantalDatums).ToList();
        var adres = a.Straat is null ? null : a.Postcode is null ? $"{a.Straat}, {a.Plaats}" : $"{a.Straat}, {a.Postcode} {a.Plaats}";
        return new ActiviteitDetail(a.Slug, a.Titel, a.Samenvatting, a.Omschrijving, a.Categorie, a.IsDagontmoeting, a.Wijk,
            a.LocatieNaam, adres, a.Latitude, a.Longitude, a.Rolstoel ?? false, a.Ringleiding ?? false, a.Prikkelarm ?? false,
            a.OrganisatieNaam, a.OrganisatieSlug, a.Doelgroep, a.KostenInCenten, a.AanmeldenNodig, a.Capaciteit, a.Contact,
            a.DuurMinuten, a.Herhaling, starts);
    }
}

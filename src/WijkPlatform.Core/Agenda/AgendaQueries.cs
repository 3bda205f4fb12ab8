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
    Doelgroep Doelgroep,
    bool Toegankelijk,
    string? Toelichting,
    int? Capaciteit = null,
    int Bezet = 0,
    bool Afgelast = false)
{
    /// <summary>Places left on this date; null when there is no limit or no sign-up.</summary>
    public int? PlaatsenVrij => AanmeldenNodig && Capaciteit is int c ? Math.Max(0, c - Bezet) : null;
}

/// <param name="MeerDanTotaal">More dates match than were counted: <paramref name="Totaal"/> is a lower bound, and there is
/// at least one page after <see cref="AantalPaginas"/>'s last counted one.</param>
public sealed record AgendaPagina(IReadOnlyList<VoorkomenKaart> Items, int Totaal, int Pagina, int PerPagina, bool MeerDanTotaal = false)
{
    public int AantalPaginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);
}

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
    string? OnlineLink,
    string? Afbeelding,
    string? AfbeeldingAlt,
    IReadOnlyList<VoorkomenDatum> VolgendeDatums,
    int MaxPersonen = 4,
    string? AfgelastReden = null);

public sealed record VoorkomenDatum(DateTime StartUtc, DateTime EindUtc, string? Toelichting, bool Afgelast = false);

public sealed record DagontmoetingPlek(
    string Slug,
    string Titel,
    string? Samenvatting,
    string? Locatie,
    string? Adres,
    string Wijk,
    IReadOnlyList<Openingstijd> Openingstijden,
    IReadOnlyList<Uitzondering> KomendeSluitingen,
    IReadOnlyList<VoorkomenDatum> Vandaag);

public sealed record CategorieKaart(string Slug, string Naam, bool IsDagontmoeting);

/// <summary>What a calendar file of one activity needs: its rule, opening hours and exceptions.</summary>
public sealed record ActiviteitReeks(string Slug, string Titel, string? Samenvatting, string? Waar, Planning.Bron Bron, DateTime GewijzigdUtc);

public sealed class AgendaQueries(WijkDbContext db)
{
    public async Task<IReadOnlyList<CategorieKaart>> CategorieenAsync(CancellationToken cancellationToken) =>
        await db.Categorieen.AsNoTracking()
            .OrderBy(c => c.Volgorde).ThenBy(c => c.Naam)
            .Select(c => new CategorieKaart(c.Slug, c.Naam, c.IsDagontmoeting))
            .ToListAsync(cancellationToken);

    /// <summary>Counting stops here: "more than 1,000" tells a resident as much as an exact number, and an exact count of
    /// a busy year would read every date of it on each page view, so the page would slow down as the wijk grows.</summary>
    public const int TelGrens = 1000;

    /// <summary>One page of occurrences that match the filter, in time order, with the total count up to
    /// <see cref="TelGrens"/> (or a little past the page asked for).</summary>
    public async Task<AgendaPagina> ZoekAsync(AgendaFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var perPagina = Math.Clamp(filter.PerPagina, 1, AgendaFilter.MaximumPerPagina);
        var query = Gefilterd(filter);

        // Far pages count on past themselves, so there is always a link to the next page while there is one.
        var grens = (int)Math.Min(int.MaxValue - 1, Math.Max(TelGrens, ((long)filter.Pagina + 1) * perPagina));
        var geteld = await query.Take(grens + 1).CountAsync(cancellationToken);
        var meer = geteld > grens;
        var totaal = Math.Min(geteld, grens);
        // A page past the end (an old link, a hand-edited URL) shows the last page rather than nothing.
        var pagina = Math.Clamp(filter.Pagina, 1, Math.Max(1, (totaal + perPagina - 1) / perPagina));
        var items = await Kaarten(Geordend(query).Skip((pagina - 1) * perPagina).Take(perPagina))
            .ToListAsync(cancellationToken);
        return new AgendaPagina(items, totaal, pagina, perPagina, meer);
    }

    /// <summary>The first <see cref="AgendaFilter.PerPagina"/> occurrences that match, in time order, without a count:
    /// what a calendar feed needs.</summary>
    public async Task<IReadOnlyList<VoorkomenKaart>> LijstAsync(AgendaFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await Kaarten(Geordend(Gefilterd(filter)).Take(Math.Clamp(filter.PerPagina, 1, AgendaFilter.MaximumPerPagina)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every occurrence going on or starting in [vanUtc, totUtc), at most <paramref name="maximum"/>.</summary>
    public async Task<IReadOnlyList<VoorkomenKaart>> VoorkomensAsync(DateTime vanUtc, DateTime totUtc, string? wijkSlug,
        CancellationToken cancellationToken, int maximum = 500)
    {
        var filter = new AgendaFilter { VanUtc = vanUtc, TotUtc = totUtc, Wijk = wijkSlug };
        return await Kaarten(Geordend(Gefilterd(filter)).Take(maximum)).ToListAsync(cancellationToken);
    }

    public async Task<ActiviteitDetail?> DetailAsync(string slug, DateTime nuUtc, int aantalDatums,
        CancellationToken cancellationToken)
    {
        var a = await db.Activiteiten.AsNoTracking()
            .Where(Activiteit.Publiek)
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id,
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
                EigenRolstoel = a.Rolstoeltoegankelijk,
                EigenRingleiding = a.Ringleiding,
                EigenPrikkelarm = a.Prikkelarm,
                OrganisatieNaam = a.Organisatie!.Naam,
                OrganisatieSlug = a.Organisatie.Slug,
                a.Doelgroep,
                a.KostenInCenten,
                a.AanmeldenNodig,
                a.Capaciteit,
                a.Contact,
                a.DuurMinuten,
                a.Herhaling,
                a.OnlineLink,
                a.Afbeelding,
                a.AfbeeldingAlt,
                a.MaxPersonenPerAanmelding,
                a.AfgelastReden,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var datums = await db.Voorkomens.AsNoTracking()
            .Where(v => v.ActiviteitId == a.Id && v.EindUtc > nuUtc)
            .OrderBy(v => v.StartUtc)
            .Take(aantalDatums)
            .Select(v => new VoorkomenDatum(v.StartUtc, v.EindUtc, v.Toelichting, v.Afgelast))
            .ToListAsync(cancellationToken);
        var adres = a.Straat is null ? null : a.Postcode is null ? $"{a.Straat}, {a.Plaats}" : $"{a.Straat}, {a.Postcode} {a.Plaats}";
        return new ActiviteitDetail(a.Slug, a.Titel, a.Samenvatting, a.Omschrijving, a.Categorie, a.IsDagontmoeting, a.Wijk,
            a.LocatieNaam, adres, a.Latitude, a.Longitude, a.EigenRolstoel || (a.Rolstoel ?? false),
            a.EigenRingleiding || (a.Ringleiding ?? false), a.EigenPrikkelarm || (a.Prikkelarm ?? false),
            a.OrganisatieNaam, a.OrganisatieSlug, a.Doelgroep, a.KostenInCenten, a.AanmeldenNodig, a.Capaciteit, a.Contact,
            a.DuurMinuten, a.Herhaling, a.OnlineLink, a.Afbeelding, a.AfbeeldingAlt, datums.Select(d => d with { StartUtc = Utc(d.StartUtc), EindUtc = Utc(d.EindUtc) }).ToList(),
            Math.Max(1, a.MaxPersonenPerAanmelding), a.AfgelastReden);
    }

    /// <summary>Every walk-in place with its weekly hours, closures to come and today's opening times.</summary>
    public async Task<IReadOnlyList<DagontmoetingPlek>> DagontmoetingAsync(DateTime nuUtc, CancellationToken cancellationToken,
        string? organisatieSlug = null)
    {
        var vandaag = DateOnly.FromDateTime(Herhaling.NaarLokaal(nuUtc));
        var begin = Herhaling.NaarUtc(vandaag.ToDateTime(TimeOnly.MinValue));
        var eind = Herhaling.NaarUtc(vandaag.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var plekken = await db.Activiteiten.AsNoTracking()
            .Where(Activiteit.Publiek)
            .Where(a => a.Categorie!.IsDagontmoeting && (organisatieSlug == null || a.Organisatie!.Slug == organisatieSlug))
            .OrderBy(a => a.Titel)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Titel,
                a.Samenvatting,
                Locatie = a.Locatie!.Naam,
                a.Locatie.Straat,
                a.Locatie.Postcode,
                a.Locatie.Plaats,
                Wijk = a.Wijk!.Naam,
                a.Openingstijden,
                a.Uitzonderingen,
            })
            .ToListAsync(cancellationToken);
        var ids = plekken.Select(p => p.Id).ToList();
        var vandaagOpen = await db.Voorkomens.AsNoTracking()
            .Where(v => ids.Contains(v.ActiviteitId) && v.StartUtc >= begin && v.StartUtc < eind)
            .OrderBy(v => v.StartUtc)
            .Select(v => new { v.ActiviteitId, Datum = new VoorkomenDatum(v.StartUtc, v.EindUtc, v.Toelichting, v.Afgelast) })
            .ToListAsync(cancellationToken);

        return plekken.Select(p => new DagontmoetingPlek(p.Slug, p.Titel, p.Samenvatting, p.Locatie,
                p.Straat is null ? null : p.Postcode is null ? $"{p.Straat}, {p.Plaats}" : $"{p.Straat}, {p.Postcode} {p.Plaats}",
                p.Wijk,
                p.Openingstijden.OrderBy(o => ((int)o.Dag + 6) % 7).ThenBy(o => o.Van).ToList(),
                p.Uitzonderingen.Where(u => !u.IsVerplaatsing && (u.TotEnMet ?? u.Datum) >= vandaag).OrderBy(u => u.Datum).ToList(),
                vandaagOpen.Where(v => v.ActiviteitId == p.Id)
                    .Select(v => v.Datum with { StartUtc = Utc(v.Datum.StartUtc), EindUtc = Utc(v.Datum.EindUtc) }).ToList()))
            .ToList();
    }

    /// <summary>The occurrence of an activity that starts at exactly <paramref name="startUtc"/>, if there is one.</summary>
    public async Task<VoorkomenDatum?> DatumAsync(string slug, DateTime startUtc, CancellationToken cancellationToken)
    {
        var datum = await db.Voorkomens.AsNoTracking()
            .Where(v => v.Activiteit!.Slug == slug && v.StartUtc == startUtc)
            .Select(v => new VoorkomenDatum(v.StartUtc, v.EindUtc, v.Toelichting, v.Afgelast))
            .FirstOrDefaultAsync(cancellationToken);
        return datum is null ? null : datum with { StartUtc = Utc(datum.StartUtc), EindUtc = Utc(datum.EindUtc) };
    }

    public async Task<ActiviteitReeks?> ReeksAsync(string slug, CancellationToken cancellationToken)
    {
        var a = await db.Activiteiten.AsNoTracking()
            .Where(Activiteit.Publiek)
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Slug,
                a.Titel,
                a.Samenvatting,
                Locatie = a.Locatie!.Naam,
                a.Locatie.Straat,
                a.Locatie.Plaats,
                a.StartLokaal,
                a.DuurMinuten,
                a.Herhaling,
                a.Openingstijden,
                a.Uitzonderingen,
                a.GewijzigdUtc,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return a is null
            ? null
            : new ActiviteitReeks(a.Slug, a.Titel, a.Samenvatting, a.Locatie is null ? null : $"{a.Locatie}, {a.Straat}, {a.Plaats}",
                new Planning.Bron(a.StartLokaal, a.DuurMinuten, a.Herhaling, a.Openingstijden, a.Uitzonderingen), Utc(a.GewijzigdUtc));
    }

    private IQueryable<Voorkomen> Gefilterd(AgendaFilter f)
    {
        // The lower bound on StartUtc says nothing new (no date lasts longer), but it lets the index on StartUtc start
        // at the period instead of at the oldest date kept, which grows with every series.
        var vroegsteStart = f.VanUtc - Voorkomen.LangsteDuur;
        var query = db.Voorkomens.AsNoTracking()
            .Where(v => v.StartUtc > vroegsteStart && v.StartUtc < f.TotUtc && v.EindUtc > f.VanUtc);
        if (f.Wijk is not null)
        {
            query = query.Where(v => v.WijkId == db.Wijken.Where(w => w.Slug == f.Wijk).Select(w => w.Id).FirstOrDefault());
        }

        if (f.Categorie is not null)
        {
            query = query.Where(v => v.CategorieId == db.Categorieen.Where(c => c.Slug == f.Categorie).Select(c => c.Id).FirstOrDefault());
        }

        if (f.Organisatie is not null)
        {
            query = query.Where(v => v.Activiteit!.Organisatie!.Slug == f.Organisatie);
        }

        if (f.ZonderDagontmoeting)
        {
            query = query.Where(v => !v.Activiteit!.Categorie!.IsDagontmoeting);
        }

        if (f.Doelgroep is { } doelgroep)
        {
            // An activity for everyone is also for the group asked for.
            query = query.Where(v => v.Activiteit!.Doelgroep == doelgroep || v.Activiteit.Doelgroep == Doelgroep.Iedereen);
        }

        if (f.AlleenGratis)
        {
            query = query.Where(v => v.Activiteit!.KostenInCenten == 0);
        }

        if (f.AlleenToegankelijk)
        {
            query = query.Where(v => v.Activiteit!.Rolstoeltoegankelijk || v.Activiteit.Locatie!.Rolstoeltoegankelijk);
        }

        if (f.MetAanmelden is { } metAanmelden)
        {
            query = query.Where(v => v.Activiteit!.AanmeldenNodig == metAanmelden && !v.Activiteit.Categorie!.IsDagontmoeting
                || !metAanmelden && v.Activiteit!.Categorie!.IsDagontmoeting);
        }

        return query;
    }

    // Start, end and id is the order the indexes hold, so a page is read from the index and the reading stops after it.
    // A tie-break on the title needed every date sharing the first start time joined and sorted first: dozens of walk-in
    // mornings that began at nine and still run at noon made the page several times slower at 100,000 activities.
    private static IOrderedQueryable<Voorkomen> Geordend(IQueryable<Voorkomen> query) =>
        query.OrderBy(v => v.StartUtc).ThenBy(v => v.EindUtc).ThenBy(v => v.Id);

    private IQueryable<VoorkomenKaart> Kaarten(IQueryable<Voorkomen> query) =>
        query.Select(v => new VoorkomenKaart(v.Activiteit!.Slug, v.Activiteit.Titel, v.Activiteit.Samenvatting,
            v.StartUtc, v.EindUtc, v.Activiteit.Categorie!.Naam, v.Activiteit.Categorie.IsDagontmoeting, v.Activiteit.Wijk!.Naam,
            v.Activiteit.Locatie!.Naam, v.Activiteit.Organisatie!.Naam, v.Activiteit.KostenInCenten == 0,
            v.Activiteit.AanmeldenNodig && !v.Activiteit.Categorie.IsDagontmoeting, v.Activiteit.Doelgroep,
            v.Activiteit.Rolstoeltoegankelijk || (v.Activiteit.Locatie != null && v.Activiteit.Locatie.Rolstoeltoegankelijk),
            v.Toelichting,
            v.Activiteit.Capaciteit,
            db.Bezettingen.Where(b => b.ActiviteitId == v.ActiviteitId && b.StartUtc == v.StartUtc).Select(b => b.Bevestigd).FirstOrDefault(),
            v.Afgelast));

    // SQLite hands DateTime back without a kind; the rest of the code and the feeds need to know it is UTC.
    public static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}

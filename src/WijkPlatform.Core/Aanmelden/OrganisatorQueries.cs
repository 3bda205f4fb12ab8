using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>One date of an activity with its places, counted in persons. Null capacity: no limit.</summary>
public sealed record OrganisatorDatum(DateTime StartUtc, DateTime EindUtc, int? Capaciteit, int Bevestigd, int Wachtlijst)
{
    public int? Vrij => Capaciteit is int c ? Math.Max(0, c - Bevestigd) : null;

    public bool IsVol => Vrij == 0;
}

public sealed record OrganisatorActiviteit(string Slug, string Titel, string? Organisatie, bool AanmeldenMogelijk,
    IReadOnlyList<OrganisatorDatum> Datums);

public sealed record Deelnemer(
    string? Naam,
    string? Email,
    string? Telefoon,
    int Personen,
    AanmeldingStatus Status,
    int? WachtlijstPlaats,
    string? Opmerking,
    DateTime AangemeldUtc,
    DateTime? AfgemeldUtc,
    bool AangemeldDoorVrijwilliger,
    long Id = 0,
    bool? Aanwezig = null);

/// <summary>Who comes to one date: confirmed first (by name), then the wachtlijst in its order; cancellations apart.</summary>
public sealed record DeelnemersLijst(
    string Slug,
    string Titel,
    string? Organisatie,
    string? Waar,
    OrganisatorDatum Datum,
    IReadOnlyList<Deelnemer> Deelnemers,
    IReadOnlyList<Deelnemer> Afgemeld)
{
    public IEnumerable<Deelnemer> Bevestigd => Deelnemers.Where(d => d.Status == AanmeldingStatus.Bevestigd);

    /// <summary>Persons, like the other counts on the list: a sign-up for two that came counts as two.</summary>
    public int Gekomen => Bevestigd.Where(d => d.Aanwezig == true).Sum(d => d.Personen);

    public int NietIngevuld => Bevestigd.Count(d => d.Aanwezig is null);

    /// <summary>How many mails a message to everyone makes: one per address, as <see cref="BerichtAanDeelnemers"/> sends.</summary>
    public int MetEmail => Deelnemers.Where(d => d.Email is not null).Select(d => d.Email).Distinct().Count();

    /// <summary>Who a message by mail does not reach; the organiser calls them instead.</summary>
    public IEnumerable<Deelnemer> ZonderEmail => Deelnemers.Where(d => d.Email is null && d.Naam is not null);
}

public sealed record CsvBestand(string Naam, byte[] Inhoud);

/// <summary>An activity a volunteer can sign someone up for at the counter, with its next dates.</summary>
public sealed record AanmeldKeuze(string Slug, string Titel, string? Organisatie, int MaxPersonen, IReadOnlyList<OrganisatorDatum> Datums);

public sealed record BalieActiviteit(string Slug, string Titel, string? Organisatie, DateTime VolgendeUtc);

/// <summary>What organisers see of the sign-ups for their activities. A member of a collective sees the activities of
/// the collectives they belong to, an account with the role Beheer sees all. Every method checks this itself, so a
/// page cannot forget it; an activity the account may not see is reported as not found.</summary>
public sealed class OrganisatorQueries(WijkDbContext db, TimeProvider clock)
{
    private const int DatumsPerActiviteit = 5;
    private const int DagenVooruit = 90;
    private const int DatumsBijBalie = 8;

    public async Task<IReadOnlyList<OrganisatorActiviteit>> MijnActiviteitenAsync(int gebruikerId, CancellationToken cancellationToken)
    {
        var vandaag = BeginVanVandaag();
        var tot = vandaag.AddDays(DagenVooruit);
        var zichtbaar = await ZichtbaarAsync(gebruikerId, cancellationToken);
        var activiteiten = zichtbaar.Where(a => (a.AanmeldenNodig && !a.Categorie!.IsDagontmoeting)
            || db.Bezettingen.Any(b => b.ActiviteitId == a.Id && b.StartUtc >= vandaag && (b.Bevestigd > 0 || b.Wachtend > 0)));

        var lijst = await activiteiten
            .OrderBy(a => a.Titel)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Titel,
                Organisatie = a.Organisatie!.Naam,
                a.Capaciteit,
                Mogelijk = a.AanmeldenNodig && !a.Categorie!.IsDagontmoeting,
            })
            .ToListAsync(cancellationToken);
        var datums = await db.Voorkomens.AsNoTracking()
            // Dates within the next months, and any later date that already has sign-ups.
            .Where(v => activiteiten.Any(a => a.Id == v.ActiviteitId) && v.StartUtc >= vandaag && (v.StartUtc < tot
                || db.Bezettingen.Any(b => b.ActiviteitId == v.ActiviteitId && b.StartUtc == v.StartUtc && (b.Bevestigd > 0 || b.Wachtend > 0))))
            .OrderBy(v => v.StartUtc)
            .Select(v => new
            {
                v.ActiviteitId,
                v.StartUtc,
                v.EindUtc,
                Bevestigd = db.Bezettingen.Where(b => b.ActiviteitId == v.ActiviteitId && b.StartUtc == v.StartUtc).Sum(b => b.Bevestigd),
                Wachtend = db.Bezettingen.Where(b => b.ActiviteitId == v.ActiviteitId && b.StartUtc == v.StartUtc).Sum(b => b.Wachtend),
            })
            .ToListAsync(cancellationToken);

        var perActiviteit = datums.ToLookup(d => d.ActiviteitId);
        return lijst.Select(a => new OrganisatorActiviteit(a.Slug, a.Titel, a.Organisatie, a.Mogelijk,
                perActiviteit[a.Id]
                    .Where((d, i) => i < DatumsPerActiviteit || d.Bevestigd > 0 || d.Wachtend > 0)
                    .Select(d => new OrganisatorDatum(AgendaQueries.Utc(d.StartUtc), AgendaQueries.Utc(d.EindUtc), a.Capaciteit,
                        d.Bevestigd, d.Wachtend))
                    .ToList()))
            .ToList();
    }

    /// <summary>The sign-ups of one date, with contact details; null when the activity or date does not exist or the
    /// account may not see it.</summary>
    public async Task<DeelnemersLijst?> LijstAsync(int gebruikerId, string slug, DateTime startUtc, CancellationToken cancellationToken)
    {
        var start = AgendaQueries.Utc(startUtc);
        var zichtbaar = await ZichtbaarAsync(gebruikerId, cancellationToken);
        var activiteit = await zichtbaar.Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Slug, a.Titel, Organisatie = a.Organisatie!.Naam, a.Capaciteit })
            .SingleOrDefaultAsync(cancellationToken);
        if (activiteit is null)
        {
            return null;
        }

        var rijen = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.ActiviteitId == activiteit.Id && a.StartUtc == start)
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Naam,
                a.Email,
                a.Telefoon,
                a.Personen,
                a.Status,
                a.Opmerking,
                a.AangemeldUtc,
                a.AfgemeldUtc,
                Door = a.AangemeldDoorId != null,
                a.Id,
                a.Aanwezig,
            })
            .ToListAsync(cancellationToken);
        var gepland = await db.Voorkomens.AnyAsync(v => v.ActiviteitId == activiteit.Id && v.StartUtc == start, cancellationToken);
        var g = gepland || rijen.Count > 0 ? await Gelegenheid.ZoekAsync(db, activiteit.Id, start, cancellationToken) : null;
        if (g is null)
        {
            return null;
        }

        var wachtlijst = 0;
        var deelnemers = rijen.Select(r => new Deelnemer(r.Naam, r.Email, r.Telefoon, r.Personen, r.Status,
                r.Status == AanmeldingStatus.Wachtlijst ? ++wachtlijst : null, r.Opmerking, AgendaQueries.Utc(r.AangemeldUtc),
                r.AfgemeldUtc is DateTime af ? AgendaQueries.Utc(af) : null, r.Door, r.Id, r.Aanwezig))
            .ToList();
        var nl = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);
        var actief = deelnemers.Where(d => d.Status == AanmeldingStatus.Bevestigd).OrderBy(d => d.Naam ?? "", nl)
            .Concat(deelnemers.Where(d => d.Status == AanmeldingStatus.Wachtlijst))
            .ToList();
        var datum = new OrganisatorDatum(g.StartUtc, g.EindUtc, activiteit.Capaciteit,
            actief.Where(d => d.Status == AanmeldingStatus.Bevestigd).Sum(d => d.Personen),
            actief.Where(d => d.Status == AanmeldingStatus.Wachtlijst).Sum(d => d.Personen));
        return new DeelnemersLijst(activiteit.Slug, activiteit.Titel, activiteit.Organisatie, g.Waar, datum, actief,
            deelnemers.Where(d => d.Status == AanmeldingStatus.Afgemeld).OrderBy(d => d.AfgemeldUtc).ToList());
    }

    /// <summary>The list of one date as a file for Excel; null in the same cases as <see cref="LijstAsync"/>.</summary>
    public async Task<CsvBestand?> CsvAsync(int gebruikerId, string slug, DateTime startUtc, CancellationToken cancellationToken)
    {
        var lijst = await LijstAsync(gebruikerId, slug, startUtc, cancellationToken);
        if (lijst is null)
        {
            return null;
        }

        var lokaal = Tijd.Lokaal(lijst.Datum.StartUtc);
        return new CsvBestand($"aanmeldingen-{lijst.Slug}-{lokaal.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.csv", Csv(lijst));
    }

    /// <summary>UTF-8 with a byte order mark and semicolons, which is what Excel in Dutch opens without asking. Every
    /// field is quoted, and a value that a spreadsheet would run as a formula gets an apostrophe in front (OWASP's
    /// advice on CSV injection): names and remarks are typed by anyone.</summary>
    public static byte[] Csv(DeelnemersLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        var tekst = new StringBuilder();
        Regel(tekst, "Naam", "Personen", "Status", "Plaats op wachtlijst", "Telefoon", "E-mailadres", "Opmerking", "Aangemeld op",
            "Aangemeld door vrijwilliger", "Aanwezig");
        foreach (var d in lijst.Deelnemers)
        {
            Regel(tekst, d.Naam ?? "", d.Personen.ToString(CultureInfo.InvariantCulture), StatusTekst(d.Status),
                d.WachtlijstPlaats?.ToString(CultureInfo.InvariantCulture) ?? "", d.Telefoon ?? "", d.Email ?? "", d.Opmerking ?? "",
                Tijd.Lokaal(d.AangemeldUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), d.AangemeldDoorVrijwilliger ? "ja" : "nee",
                AanwezigTekst(d.Aanwezig));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    public static string StatusTekst(AanmeldingStatus status) => status switch
    {
        AanmeldingStatus.Bevestigd => "Plaats",
        AanmeldingStatus.Wachtlijst => "Wachtlijst",
        _ => "Afgemeld",
    };

    public static string AanwezigTekst(bool? aanwezig) => aanwezig switch
    {
        true => "Gekomen",
        false => "Niet gekomen",
        null => "",
    };

    /// <summary>Every activity that takes sign-ups and has a date ahead, for the counter. Any account may see these:
    /// they are public in the agenda too.</summary>
    public async Task<IReadOnlyList<BalieActiviteit>> BalieActiviteitenAsync(CancellationToken cancellationToken)
    {
        var nu = Nu();
        var lijst = await db.Activiteiten.AsNoTracking()
            .Where(a => a.AanmeldenNodig && !a.Categorie!.IsDagontmoeting)
            .Select(a => new
            {
                a.Slug,
                a.Titel,
                Organisatie = a.Organisatie!.Naam,
                Volgende = db.Voorkomens.Where(v => v.ActiviteitId == a.Id && v.StartUtc > nu).Min(v => (DateTime?)v.StartUtc),
            })
            .Where(a => a.Volgende != null)
            .OrderBy(a => a.Titel)
            .ToListAsync(cancellationToken);
        return lijst.Select(a => new BalieActiviteit(a.Slug, a.Titel, a.Organisatie, AgendaQueries.Utc(a.Volgende!.Value))).ToList();
    }

    /// <summary>The next dates of one activity that takes sign-ups, with the places left; null when it takes none.</summary>
    public async Task<AanmeldKeuze?> AanmeldKeuzeAsync(string slug, CancellationToken cancellationToken)
    {
        var nu = Nu();
        var activiteit = await db.Activiteiten.AsNoTracking()
            .Where(a => a.Slug == slug && a.AanmeldenNodig && !a.Categorie!.IsDagontmoeting)
            .Select(a => new { a.Id, a.Slug, a.Titel, Organisatie = a.Organisatie!.Naam, a.Capaciteit, a.MaxPersonenPerAanmelding })
            .SingleOrDefaultAsync(cancellationToken);
        if (activiteit is null)
        {
            return null;
        }

        var datums = await db.Voorkomens.AsNoTracking()
            .Where(v => v.ActiviteitId == activiteit.Id && v.StartUtc > nu)
            .OrderBy(v => v.StartUtc)
            .Take(DatumsBijBalie)
            .Select(v => new
            {
                v.StartUtc,
                v.EindUtc,
                Bevestigd = db.Bezettingen.Where(b => b.ActiviteitId == v.ActiviteitId && b.StartUtc == v.StartUtc).Sum(b => b.Bevestigd),
                Wachtend = db.Bezettingen.Where(b => b.ActiviteitId == v.ActiviteitId && b.StartUtc == v.StartUtc).Sum(b => b.Wachtend),
            })
            .ToListAsync(cancellationToken);
        return new AanmeldKeuze(activiteit.Slug, activiteit.Titel, activiteit.Organisatie, Math.Max(1, activiteit.MaxPersonenPerAanmelding),
            datums.Select(d => new OrganisatorDatum(AgendaQueries.Utc(d.StartUtc), AgendaQueries.Utc(d.EindUtc), activiteit.Capaciteit,
                d.Bevestigd, d.Wachtend)).ToList());
    }

    private Task<IQueryable<Activiteit>> ZichtbaarAsync(int gebruikerId, CancellationToken cancellationToken) =>
        OrganisatorToegang.ActiviteitenAsync(db, gebruikerId, cancellationToken);

    private DateTime Nu() => clock.GetUtcNow().UtcDateTime;

    private DateTime BeginVanVandaag() =>
        Herhaling.NaarUtc(DateOnly.FromDateTime(Tijd.Lokaal(Nu())).ToDateTime(TimeOnly.MinValue));

    private static void Regel(StringBuilder tekst, params string[] velden)
    {
        for (var i = 0; i < velden.Length; i++)
        {
            if (i > 0)
            {
                tekst.Append(';');
            }

            var waarde = velden[i];
            if (waarde.Length > 0 && waarde[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                waarde = "'" + waarde;
            }

            tekst.Append('"').Append(waarde.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        tekst.Append("\r\n");
    }
}

using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Collectieven;

/// <summary>Brings a collective's own calendar (an iCalendar URL) into its agenda: new events become activities, changed
/// ones are updated, and one that left the calendar is called off rather than deleted, since residents may have signed
/// up. Imported activities follow the collective's moderation: a trusted collective publishes at once, the redactie
/// first sees those of others, and what the redactie hid stays hidden.</summary>
public sealed partial class AgendaImport(WijkDbContext db, IAgendaBron bron, VoorkomenPlanner planner, TimeProvider clock,
    ILogger<AgendaImport> logger)
{
    /// <summary>Who the audit log names for what the import does.</summary>
    public const string Systeem = "agenda-import";

    /// <summary>The category of an event whose CATEGORIES name none of ours: the general one for meeting neighbours.</summary>
    public const string StandaardCategorie = "ontmoeten-koffie";

    private const string AfgelastVoorvoegsel = "Afgelast in de agenda van ";
    private const string VerdwenenVoorvoegsel = "Staat niet meer in de agenda van ";
    private const string Onverwacht = "Het overnemen van de agenda is mislukt door een fout bij ons. We proberen het later opnieuw.";

    public enum Status
    {
        Gelukt,
        Mislukt,
        GeenAgenda,
        NietGevonden,
    }

    public sealed record Resultaat(Status Status, string? Fout = null, int Nieuw = 0, int Gewijzigd = 0, int Verdwenen = 0, int Terug = 0)
    {
        public int Veranderd => Nieuw + Gewijzigd + Verdwenen + Terug;
    }

    public static string AfgelastReden(string organisatie) => AfgelastVoorvoegsel + organisatie;

    public static string VerdwenenReden(string organisatie) => VerdwenenVoorvoegsel + organisatie;

    /// <summary>Every organisation with a calendar URL, one by one; one that fails does not stop the others.</summary>
    public async Task<int> ImporteerAllesAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Organisaties.AsNoTracking()
            .Where(o => o.AgendaUrl != null)
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        var gelukt = 0;
        foreach (var id in ids)
        {
            try
            {
                if ((await ImporteerAsync(id, cancellationToken)).Status == Status.Gelukt)
                {
                    gelukt++;
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogMislukt(logger, id, e);
                db.ChangeTracker.Clear();
                await ZetFoutVeiligAsync(id, cancellationToken);
            }
        }

        return gelukt;
    }

    public async Task<Resultaat> ImporteerAsync(int organisatieId, CancellationToken cancellationToken)
    {
        var adres = await db.Organisaties.AsNoTracking()
            .Where(o => o.Id == organisatieId)
            .Select(o => new { o.AgendaUrl })
            .SingleOrDefaultAsync(cancellationToken);
        if (adres is null)
        {
            return new(Status.NietGevonden);
        }

        if (adres.AgendaUrl is null)
        {
            return new(Status.GeenAgenda);
        }

        if (!Uri.TryCreate(adres.AgendaUrl, UriKind.Absolute, out var url))
        {
            return await MisluktAsync(organisatieId, "Het adres van de agenda klopt niet. Vul het opnieuw in.", cancellationToken);
        }

        var opgehaald = await bron.HaalOpAsync(url, cancellationToken);
        return opgehaald.Tekst is null
            ? await MisluktAsync(organisatieId, opgehaald.Fout ?? Onverwacht, cancellationToken)
            : await VerwerkAsync(organisatieId, opgehaald.Tekst, cancellationToken);
    }

    /// <summary>Imports the text of the organisation's feed, everything in one transaction.</summary>
    public async Task<Resultaat> VerwerkAsync(int organisatieId, string tekst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var nu = clock.GetUtcNow().UtcDateTime;
        var organisatie = await db.Organisaties.AsNoTracking()
            .Where(o => o.Id == organisatieId)
            .Select(o => new { o.Naam, o.Vertrouwd, o.WijkId })
            .SingleOrDefaultAsync(cancellationToken);
        if (organisatie is null)
        {
            return new(Status.NietGevonden);
        }

        var feed = AgendaFeed.Lees(tekst, nu);
        if (feed.Fout is not null)
        {
            return await MisluktAsync(organisatieId, feed.Fout, cancellationToken);
        }

        foreach (var reden in feed.Overgeslagen.Take(50))
        {
            LogOvergeslagen(logger, organisatieId, reden);
        }

        var keuzes = await KeuzesAsync(organisatie.WijkId, cancellationToken);
        var nieuweStatus = organisatie.Vertrouwd ? ActiviteitStatus.Gepubliceerd : ActiviteitStatus.TerBeoordeling;

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        // Writing the organisation's row first takes its lock, so a second import of the same collective (the schedule
        // and the button at once) waits here and then sees this one's activities: a UID is never inserted twice.
        await db.Organisaties.Where(o => o.Id == organisatieId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaFout, o => o.AgendaFout), cancellationToken);

        var bestaande = (await db.Activiteiten
                .Where(a => a.OrganisatieId == organisatieId && a.ImportUid != null)
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ImportUid!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var audit = new List<(Activiteit Activiteit, string Actie, string? Details)>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        int nieuw = 0, gewijzigd = 0, verdwenen = 0, terug = 0;

        foreach (var g in feed.Gebeurtenissen)
        {
            if (!bestaande.TryGetValue(g.Uid, out var a))
            {
                var locatie = keuzes.Locatie(g.Waar);
                a = new Activiteit
                {
                    Key = Guid.NewGuid(),
                    Slug = await UniekeSlugAsync(g.Titel, slugs, cancellationToken),
                    Titel = g.Titel,
                    OrganisatieId = organisatieId,
                    ImportUid = g.Uid,
                    Status = nieuweStatus,
                    CategorieId = keuzes.Categorie(g.Categorieen) ?? keuzes.StandaardCategorieId,
                    WijkId = locatie?.WijkId ?? organisatie.WijkId ?? keuzes.StandaardWijkId,
                };
                Vul(a, g, keuzes, organisatie.Naam, nu);
                db.Activiteiten.Add(a);
                audit.Add((a, "import-nieuw", $"UID {g.Uid}"));
                nieuw++;
                continue;
            }

            var wasVerdwenen = a.AfgelastReden?.StartsWith(VerdwenenVoorvoegsel, StringComparison.Ordinal) == true;
            if (a.ImportVingerafdruk != g.Vingerafdruk)
            {
                var oud = Samenvatting(a);
                Vul(a, g, keuzes, organisatie.Naam, nu);
                if (a.Status != ActiviteitStatus.Verborgen)
                {
                    a.Status = nieuweStatus;
                }

                audit.Add((a, "import-gewijzigd", $"Was: {oud}. Nu: {Samenvatting(a)}."));
                gewijzigd++;
            }
            else if (wasVerdwenen)
            {
                // Back in the calendar unchanged: only the call-off the import made itself is lifted.
                ZetAfgelast(a, g.Afgelast, organisatie.Naam, nu);
                audit.Add((a, "import-terug", "Staat weer in de agenda van het collectief."));
                terug++;
            }
        }

        foreach (var a in bestaande.Values.Where(a => !feed.Uids.Contains(a.ImportUid!) && a.AfgelastReden is null))
        {
            // An event that is over may drop out of a feed; only what still has dates to come is called off.
            if (!HeeftNogDatums(a, nu))
            {
                continue;
            }

            a.AfgelastReden = VerdwenenReden(organisatie.Naam);
            a.AfgelastUtc = nu;
            audit.Add((a, "import-verdwenen", $"UID {a.ImportUid} staat niet meer in de agenda; de activiteit gaat niet door."));
            verdwenen++;
        }

        // The new activities need their ids before the audit rows can name them.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (a, actie, details) in audit)
        {
            db.SchrijfAlsSysteem(Systeem, actie, Audit.Onderwerp(a), details, nu);
        }

        await db.SaveChangesAsync(cancellationToken);
        // Bookkeeping, not a change of the organisation: ExecuteUpdate leaves its GewijzigdUtc alone.
        await db.Organisaties.Where(o => o.Id == organisatieId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaGeimporteerdUtc, nu).SetProperty(o => o.AgendaFout, (string?)null),
                cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var resultaat = new Resultaat(Status.Gelukt, null, nieuw, gewijzigd, verdwenen, terug);
        if (resultaat.Veranderd > 0)
        {
            await PlanAsync(cancellationToken);
        }

        LogGelukt(logger, organisatieId, nieuw, gewijzigd, verdwenen, terug);
        return resultaat;
    }

    private static void Vul(Activiteit a, AgendaFeed.Gebeurtenis g, Keuzes keuzes, string organisatie, DateTime nu)
    {
        var locatie = keuzes.Locatie(g.Waar);
        a.Titel = g.Titel;
        a.LocatieId = locatie?.Id;
        if (locatie?.WijkId is int wijk)
        {
            a.WijkId = wijk;
        }

        if (keuzes.Categorie(g.Categorieen) is int categorie)
        {
            a.CategorieId = categorie;
        }

        a.Omschrijving = Omschrijving(g.Omschrijving, locatie is null ? g.Waar : null);
        a.OnlineLink = g.OnlineLink;
        a.StartLokaal = g.StartLokaal;
        a.DuurMinuten = g.DuurMinuten;
        a.Herhaling = g.Herhaling;
        a.Openingstijden.Clear();
        a.Uitzonderingen.Clear();
        a.Uitzonderingen.AddRange(g.Sluitingen.Select(d => new Uitzondering { Datum = d }));
        a.Uitzonderingen.AddRange(g.Afwijkingen.Select(x => new Uitzondering
        {
            Datum = x.Datum,
            NieuweStartLokaal = x.NieuweStartLokaal,
            Afgelast = x.Afgelast,
            Reden = x.Afgelast ? AfgelastReden(organisatie) : null,
        }));
        ZetAfgelast(a, g.Afgelast, organisatie, nu);
        a.ImportVingerafdruk = g.Vingerafdruk;
    }

    /// <summary>Follows the feed's STATUS:CANCELLED, but never lifts a call-off the organiser made in the back office.</summary>
    private static void ZetAfgelast(Activiteit a, bool afgelast, string organisatie, DateTime nu)
    {
        if (a.AfgelastReden is not null && !a.AfgelastReden.StartsWith(AfgelastVoorvoegsel, StringComparison.Ordinal)
            && !a.AfgelastReden.StartsWith(VerdwenenVoorvoegsel, StringComparison.Ordinal))
        {
            return;
        }

        var reden = afgelast ? AfgelastReden(organisatie) : null;
        if (reden != a.AfgelastReden)
        {
            a.AfgelastReden = reden;
            a.AfgelastUtc = reden is null ? null : nu;
        }
    }

    private static string? Omschrijving(string? omschrijving, string? waar)
    {
        if (waar is null)
        {
            return omschrijving;
        }

        var regel = $"Waar: {waar}";
        if (omschrijving is null)
        {
            return regel;
        }

        var ruimte = AgendaFeed.MaxOmschrijving - regel.Length - 2;
        return $"{(omschrijving.Length > ruimte ? omschrijving[..ruimte] : omschrijving)}\n\n{regel}";
    }

    private static string Samenvatting(Activiteit a) =>
        string.Create(CultureInfo.InvariantCulture, $"'{a.Titel}' {a.StartLokaal:yyyy-MM-dd HH:mm}, {a.DuurMinuten} min")
        + (a.Herhaling is null ? "" : $", {a.Herhaling}")
        + (a.AfgelastReden is null ? "" : ", afgelast");

    private static bool HeeftNogDatums(Activiteit a, DateTime nu)
    {
        try
        {
            return Herhaling.Voorkomens(a.StartLokaal, a.Herhaling, nu, nu + VoorkomenPlanner.Vooruitblik).Any();
        }
        catch (Exception e) when (e is Ical.Net.Evaluation.EvaluationException or ArgumentException or FormatException)
        {
            return false;
        }
    }

    private async Task PlanAsync(CancellationToken cancellationToken)
    {
        try
        {
            await planner.BijwerkenAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The import is committed; the planning service picks the changed activities up within a minute.
            LogNietGepland(logger, e);
        }
    }

    private async Task<Resultaat> MisluktAsync(int organisatieId, string fout, CancellationToken cancellationToken)
    {
        await db.Organisaties.Where(o => o.Id == organisatieId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaFout, fout), cancellationToken);
        LogFout(logger, organisatieId, fout);
        return new(Status.Mislukt, fout);
    }

    private async Task ZetFoutVeiligAsync(int organisatieId, CancellationToken cancellationToken)
    {
        try
        {
            await db.Organisaties.Where(o => o.Id == organisatieId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.AgendaFout, Onverwacht), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFoutNietBewaard(logger, organisatieId, e);
        }
    }

    /// <summary>A slug from the title, unique among all activities; slugs stay the same when the title changes later,
    /// so shared links keep working.</summary>
    private async Task<string> UniekeSlugAsync(string titel, HashSet<string> gebruikt, CancellationToken cancellationToken)
    {
        var basis = Slug(titel);
        var bezet = (await db.Activiteiten.AsNoTracking()
                .Where(a => a.Slug == basis || a.Slug.StartsWith(basis + "-"))
                .Select(a => a.Slug)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        bezet.UnionWith(gebruikt);
        var slug = basis;
        for (var n = 2; bezet.Contains(slug); n++)
        {
            slug = $"{basis}-{n}";
        }

        gebruikt.Add(slug);
        return slug;
    }

    /// <summary>Lower-case a-z, 0-9 and single dashes, accents dropped ("Café" gives "cafe"); 'print' is a page of
    /// the activity itself, so it gets a suffix.</summary>
    internal static string Slug(string titel)
    {
        ArgumentNullException.ThrowIfNull(titel);
        var slug = new StringBuilder();
        foreach (var c in titel.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        // Room for a "-123" suffix within the 120 characters of the column.
        var tekst = slug.ToString(0, Math.Min(slug.Length, 110)).Trim('-');
        return tekst switch
        {
            "" => "activiteit",
            "print" => "print-activiteit",
            _ => tekst,
        };
    }

    private async Task<Keuzes> KeuzesAsync(int? organisatieWijk, CancellationToken cancellationToken)
    {
        var locaties = await db.Locaties.AsNoTracking()
            .OrderBy(l => l.Id)
            .Select(l => new Keuzes.Plek(l.Id, l.Naam, l.WijkId))
            .ToListAsync(cancellationToken);
        var categorieen = await db.Categorieen.AsNoTracking()
            .OrderBy(c => c.Volgorde).ThenBy(c => c.Id)
            .Select(c => new Keuzes.Soort(c.Id, c.Slug, c.Naam, c.IsDagontmoeting))
            .ToListAsync(cancellationToken);
        var standaardCategorie = categorieen.FirstOrDefault(c => c.Slug == StandaardCategorie)
            ?? categorieen.FirstOrDefault(c => !c.IsDagontmoeting)
            ?? categorieen.FirstOrDefault()
            ?? throw new InvalidOperationException("Er zijn geen categorieën; importeer eerst de uSync-inhoud.");
        var standaardWijk = organisatieWijk ?? await db.Wijken.AsNoTracking()
            .OrderByDescending(w => w.Actief).ThenBy(w => w.Volgorde).ThenBy(w => w.Id)
            .Select(w => (int?)w.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("Er zijn geen wijken; importeer eerst de uSync-inhoud.");
        return new Keuzes(locaties, categorieen, standaardCategorie.Id, standaardWijk);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agenda-import organisatie {Organisatie}: {Nieuw} nieuw, {Gewijzigd} gewijzigd, {Verdwenen} verdwenen, {Terug} terug.")]
    private static partial void LogGelukt(ILogger logger, int organisatie, int nieuw, int gewijzigd, int verdwenen, int terug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agenda-import organisatie {Organisatie}, overgeslagen: {Reden}")]
    private static partial void LogOvergeslagen(ILogger logger, int organisatie, string reden);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agenda-import organisatie {Organisatie} mislukt: {Fout}")]
    private static partial void LogFout(ILogger logger, int organisatie, string fout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Agenda-import organisatie {Organisatie} mislukte door een fout.")]
    private static partial void LogMislukt(ILogger logger, int organisatie, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "De fout van de agenda-import kon niet bij organisatie {Organisatie} worden bewaard.")]
    private static partial void LogFoutNietBewaard(ILogger logger, int organisatie, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Na de agenda-import konden de datums niet meteen worden gepland; de planning doet het straks.")]
    private static partial void LogNietGepland(ILogger logger, Exception e);

    private sealed record Keuzes(IReadOnlyList<Keuzes.Plek> Locaties, IReadOnlyList<Keuzes.Soort> Categorieen, int StandaardCategorieId,
        int StandaardWijkId)
    {
        public sealed record Plek(int Id, string Naam, int? WijkId);

        public sealed record Soort(int Id, string Slug, string Naam, bool IsDagontmoeting);

        /// <summary>A place whose name the LOCATION is, or starts with before an address or a note ("Wijkhuis De
        /// Haard, Kruisstraat 1, Oss"; "Wijkhuis De Haard (zaal 2)"). Our own note in a name ("Wijkhuis De Haard (Ons
        /// Huis van de Wijk)") may be left out; the longest name wins.</summary>
        public Plek? Locatie(string? waar) => waar is null
            ? null
            : Locaties
                .SelectMany(l => new[] { (Plek: l, Naam: l.Naam.Trim()), (Plek: l, Naam: KorteNaam(l.Naam)) })
                .Where(x => x.Naam.Length > 0)
                .OrderByDescending(x => x.Naam.Length)
                .FirstOrDefault(x => IsPlek(waar, x.Naam)).Plek;

        private static string KorteNaam(string naam)
        {
            var haakje = naam.IndexOf(" (", StringComparison.Ordinal);
            return (haakje > 0 ? naam[..haakje] : naam).Trim();
        }

        private static bool IsPlek(string waar, string naam)
        {
            if (!waar.StartsWith(naam, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = waar.AsSpan(naam.Length).TrimStart();
            return rest.IsEmpty || rest[0] is ',' or '(';
        }

        /// <summary>Walk-in dagontmoeting is described by opening hours, which a calendar event does not have.</summary>
        public int? Categorie(IReadOnlyList<string> namen) => namen
            .Select(n => Categorieen.FirstOrDefault(c => !c.IsDagontmoeting
                && (n.Equals(c.Naam, StringComparison.OrdinalIgnoreCase) || n.Equals(c.Slug, StringComparison.OrdinalIgnoreCase))))
            .FirstOrDefault(c => c is not null)?.Id;
    }
}

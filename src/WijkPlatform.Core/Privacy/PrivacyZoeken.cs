using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Privacy;

// string.ToLower() here is translated to SQL lower() by both providers; the culture overloads are not translatable.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>Finds everything stored about one address or number. The database does a coarse, engine-neutral filter
/// (lower() and a substring, which SQLite and PostgreSQL both translate the same way); the exact match, with every
/// spelling of a phone number, is decided in memory on the few rows that pass (ADR 18).</summary>
public sealed class PrivacyZoeken(WijkDbContext db, TimeProvider clock)
{
    public const string ZoekActie = "privacy.zoeken";

    /// <summary>Searches and writes the audit row: who searched, the request number and the counts, never the address.</summary>
    public async Task<PrivacyOverzicht> ZoekEnLogAsync(Zoekterm zoekterm, Beheerder wie, string verzoek, CancellationToken cancellationToken)
    {
        var overzicht = await ZoekAsync(zoekterm, cancellationToken);
        db.Schrijf(wie, ZoekActie, PrivacyVerzoek.Onderwerp(verzoek), $"gezocht op {zoekterm.SoortNaam}: {overzicht.AantallenTekst}",
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return overzicht;
    }

    public async Task<PrivacyOverzicht> ZoekAsync(Zoekterm zoekterm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zoekterm);
        var aanmeldingen = await AanmeldingenAsync(zoekterm, cancellationToken);
        var initiatieven = await InitiatievenAsync(zoekterm, cancellationToken);
        var eigenAanmeldingen = aanmeldingen.Select(a => a.Id).ToHashSet();
        var eigenInitiatieven = initiatieven.Select(i => (long)i.Id).ToHashSet();
        return new PrivacyOverzicht(
            zoekterm,
            aanmeldingen,
            initiatieven,
            await AbonnementenAsync(zoekterm, cancellationToken),
            await AccountsAsync(zoekterm, cancellationToken),
            await MailsAsync(zoekterm, cancellationToken),
            await MeldingenAsync(zoekterm, cancellationToken),
            await VermeldingenAsync(zoekterm, eigenAanmeldingen, eigenInitiatieven, cancellationToken),
            await OpenbaarAsync(zoekterm, cancellationToken));
    }

    private async Task<List<GevondenAanmelding>> AanmeldingenAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        var ids = await EigenIdsAsync(db.Aanmeldingen.Where(a => a.GewistUtc == null), a => a.Id, a => a.Email, a => a.Telefoon, z, cancellationToken);
        var rijen = await db.Aanmeldingen.AsNoTracking().Where(a => ids.Contains(a.Id))
            .OrderBy(a => a.StartUtc).ThenBy(a => a.Id)
            .Select(a => new GevondenAanmelding(a.Id, a.Activiteit!.Titel, a.StartUtc, a.Status, a.Personen, a.Aanwezig, a.AangemeldUtc, a.AfgemeldUtc,
                a.Naam, a.Email, a.Telefoon, a.Opmerking))
            .ToListAsync(cancellationToken);
        return rijen.Select(a => a with { StartUtc = Utc(a.StartUtc), AangemeldUtc = Utc(a.AangemeldUtc), AfgemeldUtc = Utc(a.AfgemeldUtc) }).ToList();
    }

    private async Task<List<GevondenInitiatief>> InitiatievenAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        var ids = (await EigenIdsAsync(db.Initiatieven.Where(i => i.GewistUtc == null), i => i.Id, i => i.Email, i => i.Telefoon, z, cancellationToken))
            .Select(id => (int)id).ToList();
        var rijen = await db.Initiatieven.AsNoTracking().AsSplitQuery()
            .Include(i => i.Wijk).Include(i => i.Begroting).Include(i => i.Bijlagen).Include(i => i.Gebeurtenissen)
            .Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return rijen.Select(i => new GevondenInitiatief(i.Id, i.Kenmerk, i.Wijk?.Naam, i.Status, Utc(i.AangemaaktUtc), Utc(i.IngediendUtc),
            i.GevraagdInCenten, i.ToegekendBedragInCenten, i.UitbetaaldBedragInCenten, i.Naam, i.Email, i.Telefoon, i.Postcode, i.Huisnummer,
            InitiatiefTeksten.Van(i),
            i.Gebeurtenissen.OrderBy(g => g.TijdUtc).ThenBy(g => g.Id).Select(g => new GevondenGebeurtenis(Utc(g.TijdUtc), g.Soort, g.Door, g.Tekst, g.Intern)).ToList(),
            i.Bijlagen.OrderBy(b => b.Id).Select(b => new GevondenBijlage(b.Id, b.Soort, b.Naam, b.ContentType, b.Grootte, Utc(b.GeuploadUtc), b.Opslag)).ToList()))
            .ToList();
    }

    private async Task<List<GevondenAbonnement>> AbonnementenAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        if (z.Soort != ZoektermSoort.Email)
        {
            return [];
        }

        var rijen = await db.NieuwsbriefAbonnementen.AsNoTracking().Where(a => a.Email.Trim().ToLower() == z.Waarde)
            .OrderBy(a => a.Id)
            .Select(a => new GevondenAbonnement(a.Id, a.Wijk!.Naam, a.Status, a.AangevraagdUtc, a.BevestigdUtc, a.AfgemeldUtc))
            .ToListAsync(cancellationToken);
        return rijen.Select(a => a with { AangevraagdUtc = Utc(a.AangevraagdUtc), BevestigdUtc = Utc(a.BevestigdUtc), AfgemeldUtc = Utc(a.AfgemeldUtc) })
            .ToList();
    }

    private async Task<List<GevondenAccount>> AccountsAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        var ids = await EigenIdsAsync(db.Gebruikers,
            g => g.Id, g => g.Email, g => g.Telefoon, z, cancellationToken);
        var rijen = await db.Gebruikers.AsNoTracking().Where(g => ids.Contains(g.Id)).OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                g.Email,
                g.Naam,
                g.Telefoon,
                g.AangemaaktUtc,
                g.LaatstIngelogdUtc,
                g.UitgeschakeldUtc,
                g.TweeStapsAan,
                Rollen = g.Rollen.Select(r => r.Rol!.Naam).ToList(),
                Collectieven = g.Lidmaatschappen.Select(l => l.Organisatie!.Naam).ToList(),
                Wijken = g.Wijken.Select(w => w.Wijk!.Naam).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rijen.Select(g => new GevondenAccount(g.Id, g.Email, g.Naam, g.Telefoon, g.Rollen.Order().ToList(), g.Collectieven.Order().ToList(),
            g.Wijken.Order().ToList(), Utc(g.AangemaaktUtc), Utc(g.LaatstIngelogdUtc), Utc(g.UitgeschakeldUtc), g.TweeStapsAan)).ToList();
    }

    private async Task<List<GevondenMail>> MailsAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        var grof = z.Grof;
        var kandidaten = await db.Outbox.AsNoTracking()
            .Where(m => m.Aan.ToLower().Contains(grof) || m.Onderwerp.ToLower().Contains(grof) || m.Tekst.ToLower().Contains(grof)
                || (m.AanNaam != null && m.AanNaam.ToLower().Contains(grof)))
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Soort, m.Aan, m.AanNaam, m.Onderwerp, m.Tekst, m.AangemaaktUtc, m.VerzondenUtc })
            .ToListAsync(cancellationToken);
        return kandidaten
            .Where(m => z.IsGelijk(m.Aan) || z.KomtVoorIn(m.Onderwerp) || z.KomtVoorIn(m.Tekst) || z.KomtVoorIn(m.AanNaam))
            .Select(m => new GevondenMail(m.Id, m.Soort, m.Aan, m.Onderwerp, m.Tekst, Utc(m.AangemaaktUtc), Utc(m.VerzondenUtc), z.IsGelijk(m.Aan)))
            .ToList();
    }

    private async Task<List<GevondenMelding>> MeldingenAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        if (z.Soort != ZoektermSoort.Email)
        {
            return [];
        }

        var rijen = await db.Meldingen.AsNoTracking().Where(m => m.Email != null && m.Email.Trim().ToLower() == z.Waarde).OrderBy(m => m.Id)
            .Select(m => new GevondenMelding(m.Id, m.Activiteit!.Titel, m.TijdUtc, m.Reden, m.AfgehandeldUtc))
            .ToListAsync(cancellationToken);
        return rijen.Select(m => m with { TijdUtc = Utc(m.TijdUtc), AfgehandeldUtc = Utc(m.AfgehandeldUtc) }).ToList();
    }

    private async Task<List<Vermelding>> VermeldingenAsync(Zoekterm z, HashSet<long> eigenAanmeldingen, HashSet<long> eigenInitiatieven,
        CancellationToken cancellationToken)
    {
        var gevonden = new List<Vermelding>();
        async Task ScanAsync<T>(string tabel, string veld, IQueryable<T> bron, Expression<Func<T, long>> id, Expression<Func<T, string?>> tekst,
            Func<long, bool>? overslaan = null)
            where T : class
        {
            foreach (var (rijId, inhoud) in await KandidatenAsync(bron, id, tekst, z, cancellationToken))
            {
                if (overslaan?.Invoke(rijId) != true && z.KomtVoorIn(inhoud))
                {
                    gevonden.Add(new Vermelding(tabel, veld, rijId, Fragment(z, inhoud!)));
                }
            }
        }

        await ScanAsync("Aanmeldingen", nameof(Aanmelding.Opmerking), db.Aanmeldingen, a => a.Id, a => a.Opmerking, eigenAanmeldingen.Contains);
        await ScanAsync("Aanmeldingen", nameof(Aanmelding.Naam), db.Aanmeldingen, a => a.Id, a => a.Naam, eigenAanmeldingen.Contains);
        foreach (var (veld, kiezer) in InitiatiefTeksten.Velden)
        {
            await ScanAsync("Initiatieven", veld, db.Initiatieven, i => i.Id, kiezer, eigenInitiatieven.Contains);
        }

        await ScanAsync("Initiatieven", nameof(Initiatief.Naam), db.Initiatieven, i => i.Id, i => i.Naam, eigenInitiatieven.Contains);
        // The lines of the person's own requests are part of those requests (shown, exported and wiped with them).
        var eigen = eigenInitiatieven.Select(id => (int)id).ToList();
        await ScanAsync("Begrotingsregels", nameof(BegrotingsRegel.Omschrijving), db.Set<BegrotingsRegel>().Where(r => !eigen.Contains(r.InitiatiefId)),
            r => r.Id, r => r.Omschrijving);
        await ScanAsync("InitiatiefGebeurtenissen", nameof(InitiatiefGebeurtenis.Tekst), db.InitiatiefGebeurtenissen.Where(g => !eigen.Contains(g.InitiatiefId)),
            g => g.Id, g => g.Tekst);
        await ScanAsync("InitiatiefBijlagen", nameof(InitiatiefBijlage.Naam), db.InitiatiefBijlagen.Where(b => !eigen.Contains(b.InitiatiefId)),
            b => b.Id, b => b.Naam);
        await ScanAsync("Meldingen", nameof(Melding.Reden), db.Meldingen, m => m.Id, m => m.Reden);
        await ScanAsync("Meldingen", nameof(Melding.Afhandeling), db.Meldingen, m => m.Id, m => m.Afhandeling);
        await ScanAsync("Gebruikers", nameof(Gebruiker.Naam), db.Gebruikers, g => g.Id, g => g.Naam);
        return gevonden;
    }

    private async Task<List<OpenbaarContact>> OpenbaarAsync(Zoekterm z, CancellationToken cancellationToken)
    {
        var gevonden = new List<OpenbaarContact>();
        async Task ScanAsync<T>(string soort, string veld, IQueryable<T> bron, Expression<Func<T, long>> id, Expression<Func<T, string?>> tekst,
            Func<long, Task<string>> naam)
            where T : class
        {
            foreach (var (rijId, inhoud) in await KandidatenAsync(bron, id, tekst, z, cancellationToken))
            {
                if (z.IsGelijk(inhoud) || z.KomtVoorIn(inhoud))
                {
                    gevonden.Add(new OpenbaarContact(soort, rijId, await naam(rijId), veld));
                }
            }
        }

        await ScanAsync("activiteit", nameof(Activiteit.Contact), db.Activiteiten, a => a.Id, a => a.Contact,
            id => db.Activiteiten.Where(a => a.Id == id).Select(a => a.Titel).SingleAsync(cancellationToken));
        foreach (var (veld, kiezer) in new (string, Expression<Func<Organisatie, string?>>)[] { ("Email", o => o.Email), ("Telefoon", o => o.Telefoon) })
        {
            await ScanAsync("organisatie", veld, db.Organisaties, o => o.Id, kiezer,
                id => db.Organisaties.Where(o => o.Id == id).Select(o => o.Naam).SingleAsync(cancellationToken));
        }

        foreach (var (veld, kiezer) in new (string, Expression<Func<Wijkteam, string?>>)[]
            { ("Email", w => w.Email), ("Telefoon", w => w.Telefoon), ("CoordinatorEmail", w => w.CoordinatorEmail) })
        {
            await ScanAsync("wijkteam", veld, db.Wijkteams, w => w.Id, kiezer,
                id => db.Wijkteams.Where(w => w.Id == id).Select(w => w.Naam).SingleAsync(cancellationToken));
        }

        foreach (var (veld, kiezer) in new (string, Expression<Func<Clientondersteuner, string?>>)[] { ("Email", c => c.Email), ("Telefoon", c => c.Telefoon) })
        {
            await ScanAsync("cliëntondersteuner", veld, db.Clientondersteuners, c => c.Id, kiezer,
                id => db.Clientondersteuners.Where(c => c.Id == id).Select(c => c.Naam).SingleAsync(cancellationToken));
        }

        return gevonden;
    }

    /// <summary>Ids of the rows whose own e-mail or phone column is this person's.</summary>
    private static async Task<List<long>> EigenIdsAsync<T>(IQueryable<T> bron, Expression<Func<T, long>> id, Expression<Func<T, string?>> email,
        Expression<Func<T, string?>> telefoon, Zoekterm z, CancellationToken cancellationToken)
        where T : class
    {
        var kandidaten = await KandidatenAsync(bron, id, z.Soort == ZoektermSoort.Email ? email : telefoon, z, cancellationToken);
        return kandidaten.Where(k => z.IsGelijk(k.Tekst)).Select(k => k.Id).ToList();
    }

    /// <summary>Rows whose column contains the coarse piece of the search term: lower(column) for an address, the column
    /// as is for the digits of a number. Built as an expression so one helper serves every table and column.</summary>
    internal static async Task<List<(long Id, string? Tekst)>> KandidatenAsync<T>(IQueryable<T> bron, Expression<Func<T, long>> id,
        Expression<Func<T, string?>> tekst, Zoekterm z, CancellationToken cancellationToken)
        where T : class
    {
        var rij = tekst.Parameters[0];
        var kolom = tekst.Body;
        Expression doorzocht = z.Soort == ZoektermSoort.Email
            ? Expression.Call(kolom, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!)
            : kolom;
        var filter = Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(
                Expression.NotEqual(kolom, Expression.Constant(null, typeof(string))),
                Expression.Call(doorzocht, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, GrofParameter(z.Grof))),
            rij);
        var idBody = new Vervang(id.Parameters[0], rij).Visit(id.Body);
        var projectie = Expression.Lambda<Func<T, Kandidaat>>(
            Expression.MemberInit(Expression.New(typeof(Kandidaat)),
                Expression.Bind(typeof(Kandidaat).GetProperty(nameof(Kandidaat.Id))!, idBody),
                Expression.Bind(typeof(Kandidaat).GetProperty(nameof(Kandidaat.Tekst))!, kolom)),
            rij);
        var rijen = await bron.AsNoTracking().Where(filter).Select(projectie).ToListAsync(cancellationToken);
        return rijen.Select(r => (r.Id, r.Tekst)).ToList();
    }

    /// <summary>A captured value rather than a constant, so the term is sent as a query parameter.</summary>
    private static MemberExpression GrofParameter(string grof)
    {
        var houder = new Houder(grof);
        return Expression.Property(Expression.Constant(houder), nameof(Houder.Waarde));
    }

    private static string Fragment(Zoekterm z, string tekst)
    {
        var vervangen = z.Vervang(tekst)!;
        var plek = vervangen.IndexOf(Zoekterm.Vervanging, StringComparison.Ordinal);
        var begin = Math.Max(0, plek - 40);
        var einde = Math.Min(vervangen.Length, plek + Zoekterm.Vervanging.Length + 40);
        return (begin > 0 ? "…" : "") + vervangen[begin..einde].ReplaceLineEndings(" ") + (einde < vervangen.Length ? "…" : "");
    }

    private static DateTime Utc(DateTime tijd) => DateTime.SpecifyKind(tijd, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? tijd) => tijd is { } t ? Utc(t) : null;

    private sealed class Kandidaat
    {
        public long Id { get; set; }
        public string? Tekst { get; set; }
    }

    private sealed record Houder(string Waarde);

    private sealed class Vervang(ParameterExpression van, ParameterExpression naar) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == van ? naar : base.VisitParameter(node);
    }
}

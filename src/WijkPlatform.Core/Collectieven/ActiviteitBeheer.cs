using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Collectieven;

public enum BeheerStatus
{
    Gelukt,

    /// <summary>Not there, or not the account's to touch: both read the same, so nobody learns what another collective has.</summary>
    NietGevonden,

    /// <summary>Refused for a reason the person can act on; <see cref="BeheerUitkomst.Melding"/> says which.</summary>
    Geweigerd,
}

public sealed record BeheerUitkomst(BeheerStatus Status, int? Id = null, string? Melding = null, string? Veld = null)
{
    public static BeheerUitkomst NietGevonden { get; } = new(BeheerStatus.NietGevonden);

    public static BeheerUitkomst Geweigerd(string melding, string? veld = null) => new(BeheerStatus.Geweigerd, Melding: melding, Veld: veld);

    public bool IsGelukt => Status == BeheerStatus.Gelukt;
}

public sealed record BeheerActiviteit(int Id, string Slug, string Titel, string? Organisatie, ActiviteitStatus Status,
    string? AfgelastReden, DateTime? VolgendeUtc, bool IsReeks, bool IsGeimporteerd);

/// <summary>What members of a collective do with their own activities in the back office. Every method loads the
/// activity and checks <see cref="Beheerder.MagBeheren"/> itself, so no page can forget it.</summary>
public sealed class ActiviteitBeheer(WijkDbContext db, TimeProvider clock, VoorkomenPlanner planner, ActiviteitMails mails,
    IOutboxSignaal signaal)
{
    private static readonly string[] GereserveerdeSlugs = ["print", "nieuw"];

    public async Task<IReadOnlyList<BeheerActiviteit>> LijstAsync(Beheerder wie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var nu = clock.GetUtcNow().UtcDateTime;
        var query = db.Activiteiten.AsNoTracking();
        if (!wie.IsRedactie)
        {
            var ids = wie.Collectieven.ToList();
            query = query.Where(a => a.OrganisatieId != null && ids.Contains(a.OrganisatieId.Value));
        }
        else
        {
            query = query.Where(a => a.Organisatie!.Soort == OrganisatieSoort.Collectief);
        }

        var lijst = await query
            .OrderBy(a => a.Titel)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Titel,
                Organisatie = a.Organisatie!.Naam,
                a.Status,
                a.AfgelastReden,
                a.Herhaling,
                Reeks = a.Herhaling != null || a.Openingstijden.Any(),
                a.ImportUid,
                Volgende = db.Voorkomens.Where(v => v.ActiviteitId == a.Id && v.StartUtc >= nu).Min(v => (DateTime?)v.StartUtc),
            })
            .ToListAsync(cancellationToken);
        return lijst.Select(a => new BeheerActiviteit(a.Id, a.Slug, a.Titel, a.Organisatie, a.Status, a.AfgelastReden,
            a.Volgende is { } v ? AgendaQueries.Utc(v) : null, a.Reeks, a.ImportUid is not null)).ToList();
    }

    /// <summary>The activity as the form shows it; null when it is not there or not the account's.</summary>
    public async Task<(Activiteit Activiteit, ActiviteitInvoer Invoer)?> LeesAsync(Beheerder wie, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var a = await db.Activiteiten.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return a is null || !wie.MagBeheren(a.OrganisatieId) ? null : (a, ActiviteitInvoer.Van(a));
    }

    public async Task<BeheerUitkomst> OpslaanAsync(Beheerder wie, int? id, ActiviteitInvoer invoer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        ArgumentNullException.ThrowIfNull(invoer);
        var nu = clock.GetUtcNow().UtcDateTime;

        // The collective chosen in the form is checked as well as the one the activity has now: otherwise a member
        // could move someone else's activity to their own collective, or their own to someone else's.
        if (!wie.MagBeheren(invoer.OrganisatieId))
        {
            return BeheerUitkomst.Geweigerd("Kies een van jouw eigen collectieven.", nameof(invoer.OrganisatieId));
        }

        var organisatie = await db.Organisaties.AsNoTracking().SingleOrDefaultAsync(o => o.Id == invoer.OrganisatieId, cancellationToken);
        if (organisatie is null)
        {
            return BeheerUitkomst.Geweigerd("Kies een van jouw eigen collectieven.", nameof(invoer.OrganisatieId));
        }

        if (await Controleer(invoer, cancellationToken) is { } fout)
        {
            return fout;
        }

        Activiteit activiteit;
        if (id is int bestaand)
        {
            var gevonden = await db.Activiteiten.SingleOrDefaultAsync(a => a.Id == bestaand, cancellationToken);
            if (gevonden is null || !wie.MagBeheren(gevonden.OrganisatieId))
            {
                return BeheerUitkomst.NietGevonden;
            }

            activiteit = gevonden;
        }
        else
        {
            activiteit = new Activiteit { Key = Guid.NewGuid(), Slug = await VrijeSlugAsync(invoer.Titel, cancellationToken), Titel = "" };
            db.Activiteiten.Add(activiteit);
        }

        var nieuw = id is null;
        var wasZichtbaar = activiteit.Status == ActiviteitStatus.Gepubliceerd;
        invoer.Naar(activiteit);
        activiteit.Status = NieuweStatus(wie, organisatie, activiteit.Status, nieuw);

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (wasZichtbaar && activiteit.Status != ActiviteitStatus.Gepubliceerd)
        {
            await db.Voorkomens.Where(v => v.ActiviteitId == activiteit.Id).ExecuteDeleteAsync(cancellationToken);
        }

        db.Schrijf(wie, nieuw ? "activiteit-aangemaakt" : "activiteit-gewijzigd", Audit.Onderwerp(activiteit),
            $"status: {activiteit.Status}", nu);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);

        // Planned at once, so the organiser sees the dates in the agenda on the next page instead of after the
        // planner's next round.
        await planner.PlanOpnieuwAsync(activiteit.Id, cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, activiteit.Id);
    }

    /// <summary>A copy as a concept: it is not public until the organiser has set its date and saved it.</summary>
    public async Task<BeheerUitkomst> DupliceerAsync(Beheerder wie, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var bron = await db.Activiteiten.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (bron is null || !wie.MagBeheren(bron.OrganisatieId))
        {
            return BeheerUitkomst.NietGevonden;
        }

        var kopie = new Activiteit { Key = Guid.NewGuid(), Slug = await VrijeSlugAsync(bron.Titel, cancellationToken), Titel = "" };
        ActiviteitInvoer.Van(bron).Naar(kopie);
        kopie.Status = ActiviteitStatus.Concept;
        db.Activiteiten.Add(kopie);
        await db.SaveChangesAsync(cancellationToken);
        db.Schrijf(wie, "activiteit-gekopieerd", Audit.Onderwerp(kopie), $"kopie van activiteit {bron.Id}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, kopie.Id);
    }

    /// <summary>Calls off one date (<paramref name="startUtc"/>) or, without it, every coming date. The reason is shown
    /// in the agenda and mailed, in the same transaction, to everyone signed up or waiting for those dates.</summary>
    public async Task<BeheerUitkomst> AfgelastenAsync(Beheerder wie, int id, DateTime? startUtc, string reden, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        reden = reden?.Trim() ?? "";
        if (reden.Length is 0 or > 300)
        {
            return BeheerUitkomst.Geweigerd("Schrijf in één of twee zinnen waarom het niet doorgaat (hoogstens 300 tekens).", "Reden");
        }

        var activiteit = await db.Activiteiten.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activiteit is null || !wie.MagBeheren(activiteit.OrganisatieId))
        {
            return BeheerUitkomst.NietGevonden;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        List<DateTime> datums;
        if (startUtc is { } start)
        {
            start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
            var bestaat = await db.Voorkomens.AnyAsync(v => v.ActiviteitId == id && v.StartUtc == start && !v.Afgelast, cancellationToken);
            if (!bestaat || start < nu)
            {
                return BeheerUitkomst.Geweigerd("Kies een datum die nog moet komen.", "Datum");
            }

            activiteit.Uitzonderingen.Add(new Uitzondering
            {
                Datum = DateOnly.FromDateTime(Herhaling.NaarLokaal(start)),
                Afgelast = true,
                Reden = reden,
            });
            datums = [start];

            // A change to the owned list alone leaves the activity itself unchanged; the change stamp must still move.
            activiteit.GewijzigdUtc = nu;
        }
        else
        {
            activiteit.AfgelastReden = reden;
            activiteit.AfgelastUtc = nu;
            datums = await db.Voorkomens.Where(v => v.ActiviteitId == id && v.StartUtc >= nu).Select(v => v.StartUtc).ToListAsync(cancellationToken);
        }

        var aanmeldingen = db.Aanmeldingen.Where(a => a.ActiviteitId == id && a.Email != null && a.Status != AanmeldingStatus.Afgemeld);
        aanmeldingen = startUtc is null ? aanmeldingen.Where(a => a.StartUtc >= nu) : aanmeldingen.Where(a => a.StartUtc == datums[0]);
        var betrokkenen = await aanmeldingen
            .Select(a => new { a.Email, a.Naam, a.StartUtc })
            .ToListAsync(cancellationToken);
        foreach (var b in betrokkenen)
        {
            var inhoud = mails.Afgelast(activiteit.Titel, activiteit.Slug, AgendaQueries.Utc(b.StartUtc), b.Naam ?? "deelnemer", reden);
            db.Outbox.Add(OutboxBericht.Nieuw("activiteit.afgelast", b.Email!, b.Naam, inhoud, nu));
        }

        db.Schrijf(wie, startUtc is null ? "activiteit-afgelast" : "datum-afgelast", Audit.Onderwerp(activiteit),
            $"{(startUtc is { } s ? Tijd.Dag(s) + ": " : "")}{reden} ({betrokkenen.Count} mails)", nu);
        await db.SaveChangesAsync(cancellationToken);
        signaal.NieuweBerichten();
        await planner.PlanOpnieuwAsync(id, cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, id, $"{betrokkenen.Count}");
    }

    /// <summary>Deleting is for mistakes; once people signed up, the organiser calls it off instead so they hear of it.</summary>
    public async Task<BeheerUitkomst> VerwijderAsync(Beheerder wie, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var activiteit = await db.Activiteiten.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activiteit is null || !wie.MagBeheren(activiteit.OrganisatieId))
        {
            return BeheerUitkomst.NietGevonden;
        }

        if (await db.Aanmeldingen.AnyAsync(a => a.ActiviteitId == id, cancellationToken))
        {
            return BeheerUitkomst.Geweigerd(
                "Er zijn aanmeldingen voor deze activiteit. Zeg de activiteit af in plaats van haar te verwijderen: dan krijgen de mensen bericht.");
        }

        db.Activiteiten.Remove(activiteit);
        db.Schrijf(wie, "activiteit-verwijderd", Audit.Onderwerp(activiteit), activiteit.Titel, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, id);
    }

    /// <summary>The coming dates an organiser can call off one by one.</summary>
    public async Task<IReadOnlyList<VoorkomenDatum>> KomendeDatumsAsync(int id, int aantal, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var datums = await db.Voorkomens.AsNoTracking()
            .Where(v => v.ActiviteitId == id && v.StartUtc >= nu)
            .OrderBy(v => v.StartUtc)
            .Take(aantal)
            .Select(v => new VoorkomenDatum(v.StartUtc, v.EindUtc, v.Toelichting, v.Afgelast))
            .ToListAsync(cancellationToken);
        return datums.Select(d => d with { StartUtc = AgendaQueries.Utc(d.StartUtc), EindUtc = AgendaQueries.Utc(d.EindUtc) }).ToList();
    }

    private static ActiviteitStatus NieuweStatus(Beheerder wie, Organisatie organisatie, ActiviteitStatus huidig, bool nieuw)
    {
        // A hidden activity stays hidden until the redactie lets it back; only they lift their own decision.
        if (!nieuw && huidig == ActiviteitStatus.Verborgen)
        {
            return wie.IsRedactie ? ActiviteitStatus.Gepubliceerd : ActiviteitStatus.Verborgen;
        }

        return wie.IsRedactie || organisatie.Vertrouwd ? ActiviteitStatus.Gepubliceerd : ActiviteitStatus.TerBeoordeling;
    }

    private async Task<BeheerUitkomst?> Controleer(ActiviteitInvoer invoer, CancellationToken cancellationToken)
    {
        if (!await db.Categorieen.AnyAsync(c => c.Id == invoer.CategorieId, cancellationToken))
        {
            return BeheerUitkomst.Geweigerd("Kies een soort activiteit uit de lijst.", nameof(invoer.CategorieId));
        }

        if (!await db.Wijken.AnyAsync(w => w.Id == invoer.WijkId, cancellationToken))
        {
            return BeheerUitkomst.Geweigerd("Kies een wijk uit de lijst.", nameof(invoer.WijkId));
        }

        if (invoer.LocatieId is int locatie && !await db.Locaties.AnyAsync(l => l.Id == locatie, cancellationToken))
        {
            return BeheerUitkomst.Geweigerd("Kies een plek uit de lijst.", nameof(invoer.LocatieId));
        }

        try
        {
            _ = Herhaling.Controleer(invoer.Herhaling);
        }
        catch (FormatException)
        {
            return BeheerUitkomst.Geweigerd("Deze herhaling kunnen we niet lezen. Kies een van de mogelijkheden.", nameof(invoer.Herhaling));
        }

        return null;
    }

    private async Task<string> VrijeSlugAsync(string titel, CancellationToken cancellationToken)
    {
        var basis = Slug(titel);
        var slug = basis;
        for (var i = 2; GereserveerdeSlugs.Contains(slug) || await db.Activiteiten.AnyAsync(a => a.Slug == slug, cancellationToken); i++)
        {
            slug = $"{basis}-{i.ToString(CultureInfo.InvariantCulture)}";
        }

        return slug;
    }

    /// <summary>A readable web address from a title: "Koffie & Praat in de Hille!" becomes "koffie-praat-in-de-hille".</summary>
    public static string Slug(string titel)
    {
        ArgumentNullException.ThrowIfNull(titel);
        var zonderAccenten = new StringBuilder();
        foreach (var c in titel.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                zonderAccenten.Append(c);
            }
        }

        var slug = new StringBuilder();
        foreach (var c in zonderAccenten.ToString().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var tekst = slug.ToString().Trim('-');
        tekst = tekst.Length > 100 ? tekst[..100].TrimEnd('-') : tekst;
        return tekst.Length == 0 ? "activiteit" : tekst;
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Collectieven;

public sealed record TeBeoordelen(int Id, string Slug, string Titel, string? Organisatie, DateTime GewijzigdUtc, ActiviteitStatus Status);

public sealed record OpenMelding(long Id, int ActiviteitId, string ActiviteitTitel, string ActiviteitSlug, ActiviteitStatus Status,
    string Reden, DateTime TijdUtc);

/// <summary>The redactie's side: the queue of activities of collectives that are not yet trusted, residents' reports,
/// hiding and a message to the organiser. Every step lands in the audit log in the same transaction.</summary>
public sealed class Moderatie(WijkDbContext db, TimeProvider clock, VoorkomenPlanner planner, ActiviteitMails mails, IOutboxSignaal signaal)
{
    public const int MaxMeldingenPerActiviteitPerDag = 20;

    public async Task<IReadOnlyList<TeBeoordelen>> WachtrijAsync(CancellationToken cancellationToken)
    {
        var lijst = await db.Activiteiten.AsNoTracking()
            .Where(a => a.Status == ActiviteitStatus.TerBeoordeling || a.Status == ActiviteitStatus.Verborgen)
            .OrderBy(a => a.Status).ThenBy(a => a.GewijzigdUtc)
            .Select(a => new TeBeoordelen(a.Id, a.Slug, a.Titel, a.Organisatie!.Naam, a.GewijzigdUtc, a.Status))
            .ToListAsync(cancellationToken);
        return lijst.Select(t => t with { GewijzigdUtc = AgendaQueries.Utc(t.GewijzigdUtc) }).ToList();
    }

    public async Task<IReadOnlyList<OpenMelding>> OpenMeldingenAsync(CancellationToken cancellationToken)
    {
        var lijst = await db.Meldingen.AsNoTracking()
            .Where(m => m.AfgehandeldUtc == null)
            .OrderBy(m => m.TijdUtc)
            .Select(m => new OpenMelding(m.Id, m.ActiviteitId, m.Activiteit!.Titel, m.Activiteit.Slug, m.Activiteit.Status, m.Reden, m.TijdUtc))
            .ToListAsync(cancellationToken);
        return lijst.Select(m => m with { TijdUtc = AgendaQueries.Utc(m.TijdUtc) }).ToList();
    }

    public async Task<BeheerUitkomst> GoedkeurenAsync(Beheerder wie, int id, CancellationToken cancellationToken)
    {
        var activiteit = await RedactieActiviteitAsync(wie, id, cancellationToken);
        if (activiteit is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        activiteit.Status = ActiviteitStatus.Gepubliceerd;
        db.Schrijf(wie, "moderatie-goedgekeurd", Audit.Onderwerp(activiteit), null, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await planner.PlanOpnieuwAsync(id, cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, id);
    }

    /// <summary>Takes the activity out of every public list at once (its dates are removed in the same transaction) and
    /// tells the organiser why.</summary>
    public async Task<BeheerUitkomst> VerbergenAsync(Beheerder wie, int id, string reden, CancellationToken cancellationToken)
    {
        reden = reden?.Trim() ?? "";
        if (reden.Length is 0 or > 1000)
        {
            return BeheerUitkomst.Geweigerd("Schrijf voor de organisator waarom de activiteit verborgen wordt (hoogstens 1000 tekens).", "Reden");
        }

        var activiteit = await RedactieActiviteitAsync(wie, id, cancellationToken);
        if (activiteit is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        activiteit.Status = ActiviteitStatus.Verborgen;
        db.Schrijf(wie, "moderatie-verborgen", Audit.Onderwerp(activiteit), reden, nu);
        await BerichtAanOrganisatorAsync(activiteit, reden, "Verborgen: niet te zien in de agenda", nu, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Voorkomens.Where(v => v.ActiviteitId == id).ExecuteDeleteAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        signaal.NieuweBerichten();
        return new BeheerUitkomst(BeheerStatus.Gelukt, id);
    }

    public async Task<BeheerUitkomst> BerichtAsync(Beheerder wie, int id, string bericht, CancellationToken cancellationToken)
    {
        bericht = bericht?.Trim() ?? "";
        if (bericht.Length is 0 or > 2000)
        {
            return BeheerUitkomst.Geweigerd("Schrijf een bericht van hoogstens 2000 tekens.", "Bericht");
        }

        var activiteit = await RedactieActiviteitAsync(wie, id, cancellationToken);
        if (activiteit is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var aantal = await BerichtAanOrganisatorAsync(activiteit, bericht, null, nu, cancellationToken);
        db.Schrijf(wie, "moderatie-bericht", Audit.Onderwerp(activiteit), $"{aantal} ontvangers", nu);
        await db.SaveChangesAsync(cancellationToken);
        signaal.NieuweBerichten();
        return new BeheerUitkomst(BeheerStatus.Gelukt, id, aantal.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A resident reports an activity. Only public activities can be reported; a flood is capped per activity.</summary>
    public async Task<BeheerUitkomst> MeldAsync(string slug, string reden, string? email, CancellationToken cancellationToken)
    {
        var activiteit = await db.Activiteiten.AsNoTracking().Where(Activiteit.Publiek).Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (activiteit is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var sinds = nu.AddDays(-1);
        if (await db.Meldingen.CountAsync(m => m.ActiviteitId == activiteit.Id && m.TijdUtc >= sinds, cancellationToken) >= MaxMeldingenPerActiviteitPerDag)
        {
            // The redactie already has enough reports to act on; more rows would only fill the queue.
            return new BeheerUitkomst(BeheerStatus.Gelukt, activiteit.Id);
        }

        db.Meldingen.Add(new Melding { ActiviteitId = activiteit.Id, Reden = reden.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(), TijdUtc = nu });
        db.Schrijf(null, "melding-ongepast", $"activiteit:{activiteit.Id}:{activiteit.Slug}", null, nu);
        await db.SaveChangesAsync(cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, activiteit.Id);
    }

    /// <summary>Closes a report, hiding the activity when the redactie agrees with it. The reporter's address is wiped:
    /// it was only there to answer them.</summary>
    public async Task<BeheerUitkomst> MeldingAfhandelenAsync(Beheerder wie, long meldingId, bool verbergen, string? toelichting,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        if (!wie.IsRedactie)
        {
            return BeheerUitkomst.NietGevonden;
        }

        var melding = await db.Meldingen.SingleOrDefaultAsync(m => m.Id == meldingId && m.AfgehandeldUtc == null, cancellationToken);
        if (melding is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        if (verbergen)
        {
            var verborgen = await VerbergenAsync(wie, melding.ActiviteitId, toelichting ?? "", cancellationToken);
            if (!verborgen.IsGelukt)
            {
                return verborgen;
            }
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        melding.AfgehandeldUtc = nu;
        melding.AfgehandeldDoorId = wie.GebruikerId;
        melding.Afhandeling = verbergen ? "verborgen" : "niet nodig";
        melding.Email = null;
        db.Schrijf(wie, "melding-afgehandeld", $"melding:{melding.Id}", melding.Afhandeling, nu);
        await db.SaveChangesAsync(cancellationToken);
        return new BeheerUitkomst(BeheerStatus.Gelukt, melding.ActiviteitId);
    }

    private async Task<Activiteit?> RedactieActiviteitAsync(Beheerder wie, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        return wie.IsRedactie ? await db.Activiteiten.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
    }

    private async Task<int> BerichtAanOrganisatorAsync(Activiteit activiteit, string bericht, string? status, DateTime nu,
        CancellationToken cancellationToken)
    {
        if (activiteit.OrganisatieId is not int organisatieId)
        {
            return 0;
        }

        var organisatie = await db.Organisaties.AsNoTracking().Where(o => o.Id == organisatieId)
            .Select(o => new { o.Naam, o.Email }).SingleAsync(cancellationToken);
        var leden = await db.Lidmaatschappen.AsNoTracking().Where(l => l.OrganisatieId == organisatieId)
            .Join(db.Gebruikers, l => l.GebruikerId, g => g.Id, (l, g) => g.Email)
            .ToListAsync(cancellationToken);
        var adressen = leden.Append(organisatie.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var inhoud = mails.VanRedactie(activiteit.Titel, activiteit.Slug, organisatie.Naam, bericht, status);
        foreach (var adres in adressen)
        {
            db.Outbox.Add(OutboxBericht.Nieuw("moderatie.bericht", adres, organisatie.Naam, inhoud, nu));
        }

        return adressen.Count;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>The applicant's side of a request until it is sent: start a concept (and mail the link to go on later),
/// save each step, take in and remove attachments, and send it to the wijkteam. Every method works on a concept found
/// by its secret; a sent request is never changed here.</summary>
public sealed class Aanvragen(WijkDbContext db, TimeProvider clock, IOptions<InitiatiefOptions> options, InitiatiefMails mails,
    IOutboxSignaal signaal, BijlagenOpslag opslag)
{
    public const string Systeem = "aanvraagformulier";
    public const string Aanvrager = "de aanvrager";

    /// <summary>Concepts one e-mail address may start per hour. Each start mails a link, so this keeps the form from
    /// being used to flood someone else's mailbox; it holds across servers, unlike the limit per client address.</summary>
    public const int MaxNieuwPerEmailPerUur = 5;

    public enum Status
    {
        Gelukt,
        Fouten,
        NietGevonden,

        /// <summary>The request was sent meanwhile, for example by a second click on the button.</summary>
        AlVerstuurd,
    }

    public sealed record Uitkomst(Status Status, IReadOnlyList<InvoerFout> Fouten, int? Stap = null, string? Sleutel = null)
    {
        public static Uitkomst Gelukt(string? sleutel = null) => new(Status.Gelukt, [], Sleutel: sleutel);
    }

    private InitiatiefOptions Opties => options.Value;

    /// <summary>The request behind a link, with its budget and attachments; null for a malformed or unknown secret.</summary>
    public async Task<Initiatief?> LaadAsync(string? sleutel, CancellationToken cancellationToken)
    {
        if (!Sleutel.IsGeldig(sleutel))
        {
            return null;
        }

        var hash = Sleutel.Hash(sleutel!);
        return await db.Initiatieven
            .Include(i => i.Begroting)
            .Include(i => i.Bijlagen)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.SleutelHash == hash, cancellationToken);
    }

    /// <summary>The name of the wijkteam that handles requests of a wijk; null for the central queue.</summary>
    public async Task<string?> WijkteamNaamAsync(int? wijkId, CancellationToken cancellationToken) =>
        wijkId is { } id
            ? await db.Wijkteams.AsNoTracking().Where(t => t.WijkId == id).OrderBy(t => t.Id).Select(t => t.Naam).FirstOrDefaultAsync(cancellationToken)
                ?? await db.Wijken.AsNoTracking().Where(w => w.Id == id).Select(w => "Het wijkteam van " + w.Naam).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Saves the contact step as a new concept and mails the applicant the link to go on later.</summary>
    public async Task<Uitkomst> BeginAsync(AanvraagInvoer invoer, int volgendeStap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        var fouten = invoer.Controleer(AanvraagInvoer.StapContact, Opties.MaximumBedragInCenten);
        if (fouten.Count > 0)
        {
            return new(Status.Fouten, fouten, AanvraagInvoer.StapContact);
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var email = invoer.Email!.Trim().ToLowerInvariant();
        var vanaf = nu.AddHours(-1);
        if (await db.Initiatieven.CountAsync(i => i.Email == email && i.AangemaaktUtc > vanaf, cancellationToken) >= MaxNieuwPerEmailPerUur)
        {
            return new(Status.Fouten, [new(nameof(AanvraagInvoer.Email),
                "Met dit e-mailadres zijn het afgelopen uur al veel aanvragen begonnen. Ga verder met de link uit de mail die je kreeg, of probeer het over een uur opnieuw.")],
                AanvraagInvoer.StapContact);
        }

        var (sleutel, hash) = Sleutel.Nieuw();
        var initiatief = new Initiatief { SleutelHash = hash, AangemaaktUtc = nu, Stap = Math.Max(1, volgendeStap) };
        invoer.ZetOp(initiatief, AanvraagInvoer.StapContact);
        db.Initiatieven.Add(initiatief);
        db.Outbox.Add(OutboxBericht.Nieuw("initiatief-ga-verder", initiatief.Email!, initiatief.Naam, mails.GaVerder(initiatief, sleutel), nu));
        await db.SaveChangesAsync(cancellationToken);
        signaal.NieuweBerichten();
        return Uitkomst.Gelukt(sleutel);
    }

    /// <summary>Checks and saves one step; <paramref name="volgendeStap"/> is where the applicant goes next, and the
    /// furthest step reached is remembered for resuming.</summary>
    public async Task<Uitkomst> BewaarAsync(Initiatief initiatief, AanvraagInvoer invoer, int stap, int volgendeStap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        ArgumentNullException.ThrowIfNull(invoer);
        if (initiatief.Status != InitiatiefStatus.Concept)
        {
            return new(Status.AlVerstuurd, []);
        }

        var fouten = stap == AanvraagInvoer.StapBijlagen ? [] : invoer.Controleer(stap, Opties.MaximumBedragInCenten);
        if (fouten.Count > 0)
        {
            return new(Status.Fouten, fouten, stap);
        }

        invoer.ZetOp(initiatief, stap);
        initiatief.Stap = Math.Clamp(Math.Max(initiatief.Stap, volgendeStap), 1, AanvraagInvoer.StapOverzicht);
        return await OpslaanAsync(initiatief, cancellationToken) ? Uitkomst.Gelukt() : new(Status.AlVerstuurd, []);
    }

    /// <summary>Checks and stores one file; refused files leave nothing behind.</summary>
    public async Task<Uitkomst> VoegBijlageToeAsync(Initiatief initiatief, Stream inhoud, string bestandsnaam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        if (initiatief.Status != InitiatiefStatus.Concept)
        {
            return new(Status.AlVerstuurd, []);
        }

        if (initiatief.Bijlagen.Count >= InitiatiefRegels.MaxBijlagen)
        {
            return new(Status.Fouten, [new("Bestanden", $"Je kunt hoogstens {InitiatiefRegels.MaxBijlagen} bestanden meesturen. Haal eerst een bestand weg.")]);
        }

        var ontvangen = await opslag.OntvangAsync(inhoud, bestandsnaam, BijlageSoort.Aanvraag, cancellationToken);
        if (ontvangen.Bijlage is not { } bijlage)
        {
            return new(Status.Fouten, [new("Bestanden", $"{BijlagenOpslag.VeiligeNaam(bestandsnaam, Path.GetExtension(bestandsnaam))}: {ontvangen.Fout}")]);
        }

        initiatief.Bijlagen.Add(bijlage);
        initiatief.Stap = Math.Max(initiatief.Stap, AanvraagInvoer.StapBijlagen);
        if (await OpslaanAsync(initiatief, cancellationToken))
        {
            return Uitkomst.Gelukt();
        }

        opslag.Verwijder(bijlage.Opslag);
        return new(Status.AlVerstuurd, []);
    }

    public async Task<Uitkomst> VerwijderBijlageAsync(Initiatief initiatief, int bijlageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        if (initiatief.Status != InitiatiefStatus.Concept)
        {
            return new(Status.AlVerstuurd, []);
        }

        if (initiatief.Bijlagen.SingleOrDefault(b => b.Id == bijlageId) is not { } bijlage)
        {
            return Uitkomst.Gelukt();
        }

        initiatief.Bijlagen.Remove(bijlage);
        if (!await OpslaanAsync(initiatief, cancellationToken))
        {
            return new(Status.AlVerstuurd, []);
        }

        // Only after the commit: a failed save keeps the row, and then the file must still be there.
        opslag.Verwijder(bijlage.Opslag);
        return Uitkomst.Gelukt();
    }

    /// <summary>Checks every step again and sends the request: routed by postcode, a fresh secret for the status page
    /// (the resume link stops working), the mails and the audit row, all in one commit.</summary>
    public async Task<Uitkomst> VerstuurAsync(Initiatief initiatief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        if (initiatief.Status != InitiatiefStatus.Concept)
        {
            return new(Status.AlVerstuurd, []);
        }

        var invoer = AanvraagInvoer.Van(initiatief);
        for (var stap = AanvraagInvoer.StapContact; stap < AanvraagInvoer.StapOverzicht; stap++)
        {
            if (invoer.Controleer(stap, Opties.MaximumBedragInCenten) is { Count: > 0 } fouten)
            {
                return new(Status.Fouten, fouten, stap);
            }
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        Statusmachine.Zet(initiatief, InitiatiefStatus.Ingediend, Actor.Aanvrager, null, Aanvrager, null, nu,
            TimeSpan.FromDays(Opties.BeslistermijnDagen));
        initiatief.WijkId = await PostcodeRouting.WijkVoorAsync(db, initiatief.Postcode, cancellationToken);
        var wijk = initiatief.WijkId is { } wijkId
            ? await db.Wijken.AsNoTracking().Where(w => w.Id == wijkId).Select(w => w.Naam).SingleAsync(cancellationToken)
            : null;
        var team = initiatief.WijkId is { } id
            ? await db.Wijkteams.AsNoTracking().Where(t => t.WijkId == id).OrderBy(t => t.Id)
                .Select(t => new { t.Naam, t.Email }).FirstOrDefaultAsync(cancellationToken)
            : null;

        var (sleutel, hash) = Sleutel.Nieuw();
        initiatief.SleutelHash = hash;
        initiatief.Stap = AanvraagInvoer.StapOverzicht;
        initiatief.Versie++;

        // The id, and so the kenmerk in the mails, exists only after the first insert; the concept was saved at step 1.
        var teamNaam = team?.Naam ?? (wijk is null ? null : $"Het wijkteam van {wijk}");
        db.Outbox.Add(OutboxBericht.Nieuw("initiatief-ontvangen", initiatief.Email!, initiatief.Naam,
            mails.Ontvangen(initiatief, sleutel, teamNaam), nu));
        if (team is { Email: { Length: > 0 } teamMail })
        {
            db.Outbox.Add(OutboxBericht.Nieuw("initiatief-nieuw", teamMail, team.Naam, mails.NieuwInWachtrij(initiatief, team.Naam), nu));
        }

        if (initiatief.WijkId is null)
        {
            initiatief.Gebeurtenissen.Add(new InitiatiefGebeurtenis
            {
                TijdUtc = nu,
                Soort = GebeurtenisSoort.Doorgestuurd,
                Tekst = "Postcode niet gevonden: centrale wachtrij",
                Door = "het systeem",
                Intern = true,
            });
        }

        db.SchrijfAlsSysteem(Systeem, "initiatief-ingediend", InitiatiefStappen.Onderwerp(initiatief.Id), wijk ?? "centrale wachtrij", nu);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(Status.AlVerstuurd, []);
        }

        signaal.NieuweBerichten();
        return Uitkomst.Gelukt(sleutel);
    }

    /// <summary>False when someone else changed the request meanwhile (a second tab, a double click that already sent it).</summary>
    private async Task<bool> OpslaanAsync(Initiatief initiatief, CancellationToken cancellationToken)
    {
        initiatief.Versie++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

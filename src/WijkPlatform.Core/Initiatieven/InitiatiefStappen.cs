using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Initiatieven;

public enum Beslissing
{
    Toekennen,
    Afwijzen,
}

/// <summary>What the wijkteam does with a request. Every method loads the request and checks
/// <see cref="Medewerker.MagZien"/> itself (a request of another wijk reads as not found), goes through the
/// <see cref="Statusmachine"/>, and commits the step, its timeline line, the applicant's mail, the ledger line and the
/// audit row in one transaction.</summary>
public sealed class InitiatiefStappen(WijkDbContext db, TimeProvider clock, IOptions<InitiatiefOptions> options, InitiatiefMails mails,
    IOutboxSignaal signaal)
{
    public const int MaxTekst = 4000;
    private InitiatiefOptions Opties => options.Value;

    public static string Onderwerp(int id) => $"initiatief:{id}";

    public Task<BeheerUitkomst> NeemInBehandelingAsync(Medewerker wie, int id, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-in-behandeling", (i, nu) =>
        {
            i.BeoordelaarId ??= wie.GebruikerId;
            Zet(i, InitiatiefStatus.InBehandeling, wie, null, nu);
            return (BeheerUitkomst?)null;
        }, cancellationToken);

    public Task<BeheerUitkomst> WijsToeAsync(Medewerker wie, int id, int beoordelaarId, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-toegewezen", async (i, nu) =>
        {
            var naam = await db.Gebruikers
                .Where(g => g.Id == beoordelaarId && (i.WijkId == null || g.Wijken.Any(w => w.WijkId == i.WijkId)))
                .Select(g => g.Naam == "" ? g.Email : g.Naam)
                .SingleOrDefaultAsync(cancellationToken);
            if (naam is null)
            {
                return BeheerUitkomst.Geweigerd("Kies een medewerker van het wijkteam van deze wijk.", "Beoordelaar");
            }

            i.BeoordelaarId = beoordelaarId;
            Regel(i, GebeurtenisSoort.Toegewezen, $"Beoordelaar: {naam}", wie, nu, intern: true);
            return null;
        }, cancellationToken);

    public Task<BeheerUitkomst> NotitieAsync(Medewerker wie, int id, string tekst, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-notitie", (i, nu) =>
        {
            if (Onleesbaar(tekst, "Notitie") is { } onleesbaar)
            {
                return onleesbaar;
            }

            if (Tekst(tekst) is not { } t)
            {
                return BeheerUitkomst.Geweigerd($"Schrijf een notitie van hoogstens {MaxTekst} tekens.", "Notitie");
            }

            Regel(i, GebeurtenisSoort.Notitie, t, wie, nu, intern: true);
            return null;
        }, cancellationToken);

    public Task<BeheerUitkomst> StelVraagAsync(Medewerker wie, int id, string vraag, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-vraag", (i, nu) =>
        {
            if (Onleesbaar(vraag, "Vraag") is { } onleesbaar)
            {
                return onleesbaar;
            }

            if (Tekst(vraag) is not { } t)
            {
                return BeheerUitkomst.Geweigerd($"Schrijf je vraag (hoogstens {MaxTekst} tekens).", "Vraag");
            }

            if (!Statusmachine.Mag(i.Status, InitiatiefStatus.VraagAanAanvrager, Actor.Wijkteam))
            {
                return BeheerUitkomst.Geweigerd($"Bij de stand '{Statusmachine.Naam(i.Status)}' kun je geen vraag stellen.", "Vraag");
            }

            i.BeoordelaarId ??= wie.GebruikerId;
            Statusmachine.Zet(i, InitiatiefStatus.VraagAanAanvrager, Actor.Wijkteam, wie.GebruikerId, Team(i), null, nu, Termijn);
            Regel(i, GebeurtenisSoort.Vraag, t, wie, nu, intern: false);
            Mail(i, "initiatief-vraag", mails.Vraag(i, t), nu);
            return null;
        }, cancellationToken);

    /// <summary>A decision. A grant above <see cref="InitiatiefOptions.VierOgenVanaf"/> becomes a proposal that a second
    /// member must approve (<see cref="KeurGoedAsync"/>); a refusal or a smaller grant is final at once.</summary>
    public Task<BeheerUitkomst> BeslisAsync(Medewerker wie, int id, Beslissing beslissing, long bedragInCenten, string motivering,
        CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-besluit", async (i, nu) =>
        {
            if (i.Status != InitiatiefStatus.InBehandeling)
            {
                return BeheerUitkomst.Geweigerd($"Bij de stand '{Statusmachine.Naam(i.Status)}' kun je niet beslissen. Neem de aanvraag eerst in behandeling.");
            }

            if (Onleesbaar(motivering, "Motivering") is { } onleesbaar)
            {
                return onleesbaar;
            }

            if (Tekst(motivering) is not { } m)
            {
                return BeheerUitkomst.Geweigerd("Schrijf een motivering: de aanvrager leest waarom je zo besluit.", "Motivering");
            }

            if (beslissing == Beslissing.Afwijzen)
            {
                Besluit(i, InitiatiefStatus.Afgewezen, 0, m, wie, nu);
                return null;
            }

            if (await BedragFoutAsync(i, bedragInCenten, cancellationToken) is { } fout)
            {
                return fout;
            }

            var uitkomst = bedragInCenten < i.GevraagdInCenten ? InitiatiefStatus.DeelsToegekend : InitiatiefStatus.Toegekend;
            if (bedragInCenten > Opties.VierOgenVanafInCenten)
            {
                i.VoorstelUitkomst = uitkomst;
                i.VoorstelBedragInCenten = bedragInCenten;
                i.VoorstelMotivering = m;
                i.VoorstelDoorId = wie.GebruikerId;
                Statusmachine.Zet(i, InitiatiefStatus.BesluitVoorgelegd, Actor.Wijkteam, wie.GebruikerId, wie.Naam,
                    $"Voorstel: {Statusmachine.Naam(uitkomst)}, {InitiatiefMails.Euro(bedragInCenten)}. Boven {InitiatiefMails.Euro(Opties.VierOgenVanafInCenten)} keurt een tweede beoordelaar het besluit goed.",
                    nu, Termijn);
                i.Gebeurtenissen[^1].Intern = true;
                return null;
            }

            Besluit(i, uitkomst, bedragInCenten, m, wie, nu);
            return null;
        }, cancellationToken);

    /// <summary>The second pair of eyes: another member than the one who proposed makes the proposal final.</summary>
    public Task<BeheerUitkomst> KeurGoedAsync(Medewerker wie, int id, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-goedgekeurd", async (i, nu) =>
        {
            if (i is not { Status: InitiatiefStatus.BesluitVoorgelegd, VoorstelUitkomst: { } uitkomst, VoorstelBedragInCenten: { } bedrag })
            {
                return BeheerUitkomst.Geweigerd("Er is geen voorstel dat op goedkeuring wacht.");
            }

            if (i.VoorstelDoorId == wie.GebruikerId)
            {
                return BeheerUitkomst.Geweigerd("Je hebt dit besluit zelf voorgesteld. Een andere medewerker van het wijkteam moet het goedkeuren.");
            }

            if (await BedragFoutAsync(i, bedrag, cancellationToken) is { } fout)
            {
                return fout;
            }

            i.TweedeBeoordelaarId = wie.GebruikerId;
            Besluit(i, uitkomst, bedrag, i.VoorstelMotivering ?? "", wie, nu);
            i.BesluitDoorId = i.VoorstelDoorId;
            return null;
        }, cancellationToken);

    public Task<BeheerUitkomst> StuurTerugAsync(Medewerker wie, int id, string reden, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-voorstel-terug", (i, nu) =>
        {
            if (i.Status != InitiatiefStatus.BesluitVoorgelegd)
            {
                return BeheerUitkomst.Geweigerd("Er is geen voorstel dat op goedkeuring wacht.");
            }

            if (Onleesbaar(reden, "Reden") is { } onleesbaar)
            {
                return onleesbaar;
            }

            if (Tekst(reden) is not { } r)
            {
                return BeheerUitkomst.Geweigerd("Schrijf waarom je het voorstel terugstuurt.", "Reden");
            }

            i.VoorstelUitkomst = null;
            i.VoorstelBedragInCenten = null;
            i.VoorstelMotivering = null;
            i.VoorstelDoorId = null;
            Statusmachine.Zet(i, InitiatiefStatus.InBehandeling, Actor.Wijkteam, wie.GebruikerId, wie.Naam, r, nu, Termijn);
            i.Gebeurtenissen[^1].Intern = true;
            return null;
        }, cancellationToken);

    public Task<BeheerUitkomst> BetaalAsync(Medewerker wie, int id, long bedragInCenten, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-uitbetaald", (i, nu) =>
        {
            if (i.Status is not (InitiatiefStatus.Toegekend or InitiatiefStatus.DeelsToegekend))
            {
                return BeheerUitkomst.Geweigerd($"Bij de stand '{Statusmachine.Naam(i.Status)}' kun je niet uitbetalen.");
            }

            if (bedragInCenten <= 0 || bedragInCenten > i.ToegekendBedragInCenten)
            {
                return BeheerUitkomst.Geweigerd($"Het bedrag moet groter dan 0 zijn en hoogstens het toegekende bedrag ({InitiatiefMails.Euro(i.ToegekendBedragInCenten ?? 0)}).", "Bedrag");
            }

            i.UitbetaaldBedragInCenten = bedragInCenten;
            Zet(i, InitiatiefStatus.Uitbetaald, wie, null, nu);
            Boek(i, BoekingSoort.Betaling, bedragInCenten, wie, nu, "Uitbetaald aan de aanvrager");
            return null;
        }, cancellationToken);

    /// <summary>Accepts the verantwoording and closes the request; granted money that was not paid goes back to the budget.</summary>
    public Task<BeheerUitkomst> SluitAfAsync(Medewerker wie, int id, string? toelichting, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-afgesloten", (i, nu) =>
        {
            if (!Statusmachine.Mag(i.Status, InitiatiefStatus.Afgesloten, Actor.Wijkteam))
            {
                return BeheerUitkomst.Geweigerd($"Bij de stand '{Statusmachine.Naam(i.Status)}' kun je de aanvraag niet afsluiten.");
            }

            if (Onleesbaar(toelichting, "Toelichting") is { } onleesbaar)
            {
                return onleesbaar;
            }

            var open = (i.ToegekendBedragInCenten ?? 0) - (i.UitbetaaldBedragInCenten ?? 0);
            if (open > 0)
            {
                Boek(i, BoekingSoort.Vrijval, open, wie, nu, "Niet uitbetaald deel terug naar het wijkbudget");
            }

            Zet(i, InitiatiefStatus.Afgesloten, wie, Tekst(toelichting ?? ""), nu);
            return null;
        }, cancellationToken);

    /// <summary>The verantwoording is not complete: back to the applicant, who can file it again.</summary>
    public Task<BeheerUitkomst> VerantwoordingTerugAsync(Medewerker wie, int id, string reden, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-verantwoording-terug", (i, nu) =>
        {
            if (i.Status != InitiatiefStatus.Verantwoord)
            {
                return BeheerUitkomst.Geweigerd("Er is geen verantwoording om terug te sturen.");
            }

            if (Onleesbaar(reden, "Reden") is { } onleesbaar)
            {
                return onleesbaar;
            }

            if (Tekst(reden) is not { } r)
            {
                return BeheerUitkomst.Geweigerd("Schrijf wat er nog ontbreekt.", "Reden");
            }

            Zet(i, InitiatiefStatus.Uitbetaald, wie, r, nu);
            return null;
        }, cancellationToken);

    /// <summary>Moves a request to another wijk's queue (or out of the central queue). Only someone who may see both the
    /// old and the new wijk can do this; the step is in the timeline and the audit log.</summary>
    public Task<BeheerUitkomst> StuurDoorAsync(Medewerker wie, int id, int naarWijkId, string reden, CancellationToken cancellationToken) =>
        StapAsync(wie, id, "initiatief-doorgestuurd", async (i, nu) =>
        {
            // Once decided, the grant is booked on this wijk's budget; moving it would split one request over two ledgers.
            if (!KanDoorsturen(i.Status))
            {
                return BeheerUitkomst.Geweigerd($"Bij de stand '{Statusmachine.Naam(i.Status)}' kan de aanvraag niet meer naar een andere wijk: het besluit is al genomen.");
            }

            if (Onleesbaar(reden, "Reden") is { } onleesbaar)
            {
                return onleesbaar;
            }

            if (Tekst(reden) is not { } r)
            {
                return BeheerUitkomst.Geweigerd("Schrijf waarom de aanvraag naar een andere wijk gaat.", "Reden");
            }

            var wijk = await db.Wijken.Where(w => w.Id == naarWijkId && w.Actief).Select(w => w.Naam).SingleOrDefaultAsync(cancellationToken);
            if (wijk is null || naarWijkId == i.WijkId)
            {
                return BeheerUitkomst.Geweigerd("Kies een andere wijk met een wijkteam.", "Wijk");
            }

            var van = i.Wijk?.Naam ?? "centrale wachtrij";
            i.WijkId = naarWijkId;
            i.BeoordelaarId = null;
            Regel(i, GebeurtenisSoort.Doorgestuurd, $"Van {van} naar {wijk}: {r}", wie, nu, intern: true);
            var team = await db.Wijkteams.Where(t => t.WijkId == naarWijkId).Select(t => new { t.Naam, t.Email }).FirstOrDefaultAsync(cancellationToken);
            if (team?.Email is { } email)
            {
                db.Outbox.Add(OutboxBericht.Nieuw("initiatief-nieuw", email, team.Naam, mails.NieuwInWachtrij(i, team.Naam), nu));
            }

            return null;
        }, cancellationToken);

    public static bool KanDoorsturen(InitiatiefStatus status) =>
        status is InitiatiefStatus.Ingediend or InitiatiefStatus.InBehandeling or InitiatiefStatus.VraagAanAanvrager;

    private TimeSpan Termijn => TimeSpan.FromDays(Opties.BeslistermijnDagen);

    private async Task<BeheerUitkomst?> BedragFoutAsync(Initiatief i, long bedrag, CancellationToken cancellationToken)
    {
        if (bedrag <= 0)
        {
            return BeheerUitkomst.Geweigerd("Vul een bedrag in dat groter is dan 0. Wil je niets geven? Kies dan 'afwijzen'.", "Bedrag");
        }

        if (bedrag > Opties.MaximumBedragInCenten || bedrag > Math.Max(i.GevraagdInCenten, 0))
        {
            return BeheerUitkomst.Geweigerd(
                $"Het bedrag mag niet hoger zijn dan wat gevraagd is ({InitiatiefMails.Euro(i.GevraagdInCenten)}) en niet hoger dan {InitiatiefMails.Euro(Opties.MaximumBedragInCenten)}.", "Bedrag");
        }

        if (i.WijkId is not int wijkId || i.Jaar is not int jaar)
        {
            return BeheerUitkomst.Geweigerd("Stuur de aanvraag eerst door naar een wijk: het geld komt uit het wijkbudget van die wijk.", "Wijk");
        }

        var stand = await WijkbudgetQueries.StandAsync(db, wijkId, jaar, cancellationToken);
        if (bedrag > stand.OverInCenten)
        {
            return BeheerUitkomst.Geweigerd($"Er is nog {InitiatiefMails.Euro(stand.OverInCenten)} over in het wijkbudget van {jaar}. Kies een lager bedrag.", "Bedrag");
        }

        // Two grants from one budget at the same moment: touching the budget row makes the later one fail on its
        // concurrency token instead of both spending the same money.
        var budget = await db.Wijkbudgetten.SingleAsync(b => b.WijkId == wijkId && b.Jaar == jaar, cancellationToken);
        budget.Versie++;
        return null;
    }

    private void Besluit(Initiatief i, InitiatiefStatus uitkomst, long bedrag, string motivering, Medewerker wie, DateTime nu)
    {
        i.ToegekendBedragInCenten = uitkomst == InitiatiefStatus.Afgewezen ? 0 : bedrag;
        i.Motivering = motivering;
        i.BesluitDoorId = wie.GebruikerId;
        i.VoorstelUitkomst = null;
        i.VoorstelBedragInCenten = null;
        i.VoorstelMotivering = null;
        Zet(i, uitkomst, wie, motivering, nu);
        if (uitkomst != InitiatiefStatus.Afgewezen)
        {
            Boek(i, BoekingSoort.Toekenning, bedrag, wie, nu, $"Besluit: {Statusmachine.Naam(uitkomst)}");
        }
    }

    private void Zet(Initiatief i, InitiatiefStatus naar, Medewerker wie, string? toelichting, DateTime nu)
    {
        Statusmachine.Zet(i, naar, Actor.Wijkteam, wie.GebruikerId, Team(i), toelichting, nu, Termijn);
        Mail(i, "initiatief-status", mails.StatusGewijzigd(i, toelichting), nu);
    }

    private void Mail(Initiatief i, string soort, MailInhoud inhoud, DateTime nu)
    {
        if (i.Email is { } email)
        {
            db.Outbox.Add(OutboxBericht.Nieuw(soort, email, i.Naam, inhoud, nu));
        }
    }

    private void Boek(Initiatief i, BoekingSoort soort, long bedrag, Medewerker wie, DateTime nu, string omschrijving) =>
        db.BudgetBoekingen.Add(new BudgetBoeking
        {
            WijkId = i.WijkId!.Value,
            Jaar = i.Jaar!.Value,
            InitiatiefId = i.Id,
            Soort = soort,
            BedragInCenten = bedrag,
            TijdUtc = nu,
            DoorId = wie.GebruikerId,
            Omschrijving = omschrijving,
        });

    private static void Regel(Initiatief i, GebeurtenisSoort soort, string tekst, Medewerker wie, DateTime nu, bool intern) =>
        i.Gebeurtenissen.Add(new InitiatiefGebeurtenis
        {
            TijdUtc = nu,
            Soort = soort,
            Tekst = tekst,
            DoorId = wie.GebruikerId,
            Door = intern ? wie.Naam : Team(i),
            Intern = intern,
        });

    /// <summary>The applicant sees the team, not the person: reviewers' names are not theirs to know.</summary>
    private static string Team(Initiatief i) => i.Wijk is { } w ? $"Wijkteam {w.Naam}" : "het wijkteam";

    /// <summary>A null byte cannot be stored in PostgreSQL, and an escape or a direction override would show the
    /// applicant (in the mail) or a colleague something else than what was typed; refused like on the public forms.</summary>
    private static BeheerUitkomst? Onleesbaar(string? tekst, string veld) => AanmeldRegels.IsLeesbaar(tekst, regelsToegestaan: true)
        ? null
        : BeheerUitkomst.Geweigerd(Aanvrager.Onleesbaar, veld);

    private static string? Tekst(string tekst)
    {
        var t = tekst?.Trim();
        return t is { Length: > 0 and <= MaxTekst } ? t : null;
    }

    private Task<BeheerUitkomst> StapAsync(Medewerker wie, int id, string auditActie, Func<Initiatief, DateTime, BeheerUitkomst?> stap,
        CancellationToken cancellationToken) =>
        StapAsync(wie, id, auditActie, (i, nu) => Task.FromResult(stap(i, nu)), cancellationToken);

    private async Task<BeheerUitkomst> StapAsync(Medewerker wie, int id, string auditActie, Func<Initiatief, DateTime, Task<BeheerUitkomst?>> stap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var i = await db.Initiatieven.Include(x => x.Wijk).Include(x => x.Begroting)
            .SingleOrDefaultAsync(x => x.Id == id && x.Status != InitiatiefStatus.Concept, cancellationToken);
        if (i is null || !wie.MagZien(i.WijkId))
        {
            return BeheerUitkomst.NietGevonden;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var status = i.Status;
        try
        {
            if (await stap(i, nu) is { } geweigerd)
            {
                // A refused step may have touched the request before it found the problem; the page then saves an
                // audit row with this same context, which must not carry that half-done change along.
                db.ChangeTracker.Clear();
                return geweigerd;
            }
        }
        catch (OngeldigeStapException e)
        {
            db.ChangeTracker.Clear();
            return BeheerUitkomst.Geweigerd(e.Message);
        }

        i.Versie++;
        db.Schrijf(wie.AlsBeheerder, auditActie, Onderwerp(id),
            status != i.Status ? $"{Statusmachine.Naam(status)} → {Statusmachine.Naam(i.Status)}" : null, nu);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return BeheerUitkomst.Geweigerd("Iemand anders veranderde deze aanvraag of het wijkbudget op hetzelfde moment. Bekijk de aanvraag opnieuw en probeer het nog eens.");
        }

        signaal.NieuweBerichten();
        return new BeheerUitkomst(BeheerStatus.Gelukt, id);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>What the applicant does with the secret from their link, without an account: read the status, answer a
/// question, send missing documents, withdraw, file the verantwoording, and ask for a new link. Every step commits its
/// timeline line, the mails and an audit row ("bewoner (zonder account)") in one SaveChanges.</summary>
public sealed partial class Aanvrager(WijkDbContext db, TimeProvider clock, IOptions<InitiatiefOptions> options, InitiatiefMails mails,
    IOptions<SiteOptions> site, IOutboxSignaal signaal, BijlagenOpslag opslag)
{
    public const string DoorAanvrager = "de aanvrager";
    public const int MaxBonnenEnFotos = 10;
    public const int MaxTekst = InitiatiefRegels.MaxTekst;
    private const long MaxKostenInCenten = 100_000_000;

    /// <summary>For a null byte, an escape or a direction override: PostgreSQL cannot store the first, and the others
    /// can make the text look different to the wijkteam than what was typed.</summary>
    public const string Onleesbaar = "Hier staan tekens die we niet kunnen gebruiken. Typ alleen letters, cijfers en leestekens.";

    /// <summary>Statuses in which the applicant may still send documents.</summary>
    public static IReadOnlyList<InitiatiefStatus> Aanvulbaar => Statusmachine.Open;

    private static readonly InitiatiefStatus[] Besluiten = [InitiatiefStatus.Toegekend, InitiatiefStatus.DeelsToegekend, InitiatiefStatus.Afgewezen];
    private static readonly BijlageSoort[] AanvraagSoorten = [BijlageSoort.Aanvraag, BijlageSoort.Aanvulling];

    private TimeSpan Termijn => TimeSpan.FromDays(options.Value.BeslistermijnDagen);

    public async Task<Weergave?> LeesAsync(string? sleutel, CancellationToken cancellationToken)
    {
        var i = await ZoekAsync(sleutel, volgen: false, cancellationToken);
        if (i is null)
        {
            return null;
        }

        var team = Team(i);
        var tijdlijn = i.Gebeurtenissen
            .Where(g => !g.Intern && !(g.Soort == GebeurtenisSoort.Status && g.Van is { } van && g.Naar is { } naar
                && Statusmachine.VoorAanvrager(van) == Statusmachine.VoorAanvrager(naar)))
            .OrderBy(g => g.TijdUtc).ThenBy(g => g.Id)
            .Select(g => new Regel(Utc(g.TijdUtc), Wat(g), g.Tekst, Door(g, team)))
            .ToList();
        var openVraag = i.Status == InitiatiefStatus.VraagAanAanvrager
            ? i.Gebeurtenissen.Where(g => g.Soort == GebeurtenisSoort.Vraag && !g.Intern).OrderBy(g => g.TijdUtc).ThenBy(g => g.Id).LastOrDefault()?.Tekst
            : null;
        var besluitRegel = i.Gebeurtenissen.Where(g => g.Soort == GebeurtenisSoort.Status && g.Naar is { } n && Besluiten.Contains(n))
            .OrderBy(g => g.TijdUtc).ThenBy(g => g.Id).LastOrDefault();
        var besluit = besluitRegel is { Naar: { } uitkomst } && i.BesluitUtc is { } besluitUtc
            ? new Besluit(Statusmachine.Naam(uitkomst), i.ToegekendBedragInCenten ?? 0, i.Motivering, Utc(besluitUtc))
            : null;
        var verantwoording = i.VerantwoordUtc is { } verantwoord
            ? new Verantwoording(i.VerantwoordingTekst, i.WerkelijkeKostenInCenten, i.WerkelijkeDeelnemers, Utc(verantwoord))
            : null;
        return new Weergave(
            i.Kenmerk, i.Titel, i.Status, Statusmachine.VoorAanvrager(i.Status), team,
            i.IngediendUtc is { } ingediend ? Utc(ingediend) : null,
            Statusmachine.WachtOpBesluit.Contains(i.Status) && i.BeslistermijnUtc is { } termijn ? Utc(termijn) : null,
            i.GevraagdInCenten, tijdlijn, openVraag, besluit,
            i.UitbetaaldBedragInCenten, verantwoording,
            i.Bijlagen.OrderBy(b => b.GeuploadUtc).ThenBy(b => b.Id)
                .Select(b => new Bijlage(b.Id, b.Naam, b.Soort, b.Grootte, Utc(b.GeuploadUtc))).ToList(),
            AanvullingenVrij(i), BonnenEnFotosVrij(i));
    }

    /// <summary>An attachment of the request behind this secret only; another request's id reads as not found.</summary>
    public async Task<Download?> BijlageAsync(string? sleutel, int bijlageId, CancellationToken cancellationToken)
    {
        if (!Sleutel.IsGeldig(sleutel))
        {
            return null;
        }

        var hash = Sleutel.Hash(sleutel!);
        return await db.InitiatiefBijlagen.AsNoTracking()
            .Where(b => b.Id == bijlageId && db.Initiatieven.Any(i => i.Id == b.InitiatiefId && i.SleutelHash == hash
                && i.Status != InitiatiefStatus.Concept && i.GewistUtc == null))
            .Select(b => new Download(b.Naam, b.ContentType, b.Opslag))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<Uitkomst> BeantwoordAsync(string? sleutel, string? antwoord, IReadOnlyList<Bestand> bestanden, CancellationToken cancellationToken) =>
        StapAsync(sleutel, "initiatief-antwoord", async (i, nu, opgeslagen) =>
        {
            ArgumentNullException.ThrowIfNull(bestanden);
            if (i.Status != InitiatiefStatus.VraagAanAanvrager)
            {
                return Uitkomst.Geweigerd("Er staat geen vraag meer open. Misschien heb je al geantwoord.", "Tekst");
            }

            var fouten = new List<Fout>();
            var tekst = Tekst(antwoord);
            if (!AanmeldRegels.IsLeesbaar(antwoord, regelsToegestaan: true))
            {
                fouten.Add(new("Tekst", Onleesbaar));
            }
            else if (tekst is null)
            {
                fouten.Add(new("Tekst", $"Schrijf je antwoord. Het mag hoogstens {MaxTekst} tekens lang zijn."));
            }

            if (bestanden.Count > AanvullingenVrij(i))
            {
                fouten.Add(new("Bestanden", TeVeelBestanden(AanvullingenVrij(i), InitiatiefRegels.MaxBijlagen)));
            }

            if (fouten.Count > 0)
            {
                return Uitkomst.Geweigerd(fouten);
            }

            if (await OntvangAsync(i, bestanden, BijlageSoort.Aanvulling, "Bestanden", opgeslagen, cancellationToken) is { } fout)
            {
                return fout;
            }

            Lijn(i, GebeurtenisSoort.Antwoord, tekst, nu);
            BijlagenRegel(i, opgeslagen, nu);
            Statusmachine.Zet(i, InitiatiefStatus.InBehandeling, Actor.Aanvrager, null, DoorAanvrager, null, nu, Termijn);
            await MailWijkteamAsync(i, "initiatief-antwoord", "De aanvrager heeft de vraag van het wijkteam beantwoord.", nu, cancellationToken);
            MailAanvrager(i, nu);
            return null;
        }, cancellationToken);

    public Task<Uitkomst> VulAanAsync(string? sleutel, IReadOnlyList<Bestand> bestanden, CancellationToken cancellationToken) =>
        StapAsync(sleutel, "initiatief-aanvulling", async (i, nu, opgeslagen) =>
        {
            ArgumentNullException.ThrowIfNull(bestanden);
            if (!Aanvulbaar.Contains(i.Status))
            {
                return Uitkomst.Geweigerd("Je aanvraag is afgesloten. Stukken nasturen kan niet meer.", "Bestanden");
            }

            if (bestanden.Count == 0)
            {
                return Uitkomst.Geweigerd("Kies een of meer bestanden om mee te sturen.", "Bestanden");
            }

            if (bestanden.Count > AanvullingenVrij(i))
            {
                return Uitkomst.Geweigerd(TeVeelBestanden(AanvullingenVrij(i), InitiatiefRegels.MaxBijlagen), "Bestanden");
            }

            if (await OntvangAsync(i, bestanden, BijlageSoort.Aanvulling, "Bestanden", opgeslagen, cancellationToken) is { } fout)
            {
                return fout;
            }

            BijlagenRegel(i, opgeslagen, nu);
            await MailWijkteamAsync(i, "initiatief-aanvulling", "De aanvrager heeft stukken nagestuurd.", nu, cancellationToken);
            return null;
        }, cancellationToken);

    /// <summary>Withdraws the request while no decision has been made; <paramref name="zeker"/> is the applicant's confirmation.</summary>
    public Task<Uitkomst> TrekInAsync(string? sleutel, bool zeker, CancellationToken cancellationToken) =>
        StapAsync(sleutel, "initiatief-ingetrokken", async (i, nu, _) =>
        {
            if (!Statusmachine.Mag(i.Status, InitiatiefStatus.Afgesloten, Actor.Aanvrager))
            {
                return Uitkomst.Geweigerd("Er is al een besluit over je aanvraag. Intrekken kan niet meer. Neem contact op met het wijkteam.", "Zeker");
            }

            if (!zeker)
            {
                return Uitkomst.Geweigerd("Vink aan dat je je aanvraag echt wilt intrekken.", "Zeker");
            }

            Statusmachine.Zet(i, InitiatiefStatus.Afgesloten, Actor.Aanvrager, null, DoorAanvrager, "De aanvrager heeft de aanvraag ingetrokken.", nu, Termijn);
            await MailWijkteamAsync(i, "initiatief-ingetrokken", "De aanvrager heeft de aanvraag ingetrokken.", nu, cancellationToken);
            MailAanvrager(i, nu);
            return null;
        }, cancellationToken);

    /// <summary>The report after the activity: what happened, what it cost (receipts), how many took part (photos).</summary>
    public Task<Uitkomst> VerantwoordAsync(string? sleutel, VerantwoordingInvoer invoer, IReadOnlyList<Bestand> bonnen, IReadOnlyList<Bestand> fotos,
        CancellationToken cancellationToken) =>
        StapAsync(sleutel, "initiatief-verantwoord", async (i, nu, opgeslagen) =>
        {
            ArgumentNullException.ThrowIfNull(invoer);
            ArgumentNullException.ThrowIfNull(bonnen);
            ArgumentNullException.ThrowIfNull(fotos);
            if (i.Status != InitiatiefStatus.Uitbetaald)
            {
                return Uitkomst.Geweigerd("De verantwoording kan pas als het geld is uitbetaald, en maar één keer.", "Tekst");
            }

            var fouten = new List<Fout>();
            var tekst = Tekst(invoer.Tekst);
            if (!AanmeldRegels.IsLeesbaar(invoer.Tekst, regelsToegestaan: true))
            {
                fouten.Add(new("Tekst", Onleesbaar));
            }
            else if (tekst is null)
            {
                fouten.Add(new("Tekst", $"Vertel wat er is gebeurd. Het mag hoogstens {MaxTekst} tekens lang zijn."));
            }

            var kosten = LeesBedrag(invoer.Kosten);
            if (kosten is null)
            {
                fouten.Add(new("Kosten", "Vul de kosten in euro's in, bijvoorbeeld 312,50."));
            }

            var deelnemers = AanmeldRegels.IsLeesbaar(invoer.Deelnemers)
                && int.TryParse(invoer.Deelnemers?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 100_000
                ? d : (int?)null;
            if (deelnemers is null)
            {
                fouten.Add(new("Deelnemers", "Vul in hoeveel mensen meededen, als een getal, bijvoorbeeld 25."));
            }

            var heeftBon = i.Bijlagen.Any(b => b.Soort == BijlageSoort.Bon);
            if (kosten > 0 && bonnen.Count == 0 && !heeftBon)
            {
                fouten.Add(new("Bonnen", "Stuur de bonnen of facturen mee van wat je hebt betaald."));
            }

            var vrij = BonnenEnFotosVrij(i);
            if (bonnen.Count + fotos.Count > vrij)
            {
                fouten.Add(new(bonnen.Count > vrij ? "Bonnen" : "Fotos", TeVeelBestanden(vrij, MaxBonnenEnFotos) + " Dat geldt voor bonnen en foto's samen."));
            }

            if (fouten.Count > 0)
            {
                return Uitkomst.Geweigerd(fouten);
            }

            if (await OntvangAsync(i, bonnen, BijlageSoort.Bon, "Bonnen", opgeslagen, cancellationToken) is { } bonFout)
            {
                return bonFout;
            }

            if (await OntvangAsync(i, fotos, BijlageSoort.Foto, "Fotos", opgeslagen, cancellationToken) is { } fotoFout)
            {
                return fotoFout;
            }

            i.VerantwoordingTekst = tekst;
            i.WerkelijkeKostenInCenten = kosten;
            i.WerkelijkeDeelnemers = deelnemers;
            BijlagenRegel(i, opgeslagen, nu);
            Statusmachine.Zet(i, InitiatiefStatus.Verantwoord, Actor.Aanvrager, null, DoorAanvrager,
                $"Werkelijke kosten {InitiatiefMails.Euro(kosten!.Value)}, {deelnemers} deelnemers.", nu, Termijn);
            await MailWijkteamAsync(i, "initiatief-verantwoording", "De aanvrager heeft de verantwoording gestuurd. Bekijk en accepteer die, of stuur hem terug.", nu, cancellationToken);
            MailAanvrager(i, nu);
            return null;
        }, cancellationToken);

    /// <summary>"Link kwijt?": every request with this e-mail that is not closed gets a new secret (the old link stops
    /// working) and a mail with the new link. The caller shows the same answer whether or not anything was found, so
    /// the page does not tell who has a request.</summary>
    public async Task<int> StuurNieuweLinkAsync(string? email, CancellationToken cancellationToken)
    {
        var adres = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(adres) || adres.Length > InitiatiefRegels.MaxEmail || !adres.Contains('@', StringComparison.Ordinal)
            || !AanmeldRegels.IsLeesbaar(adres))
        {
            return 0;
        }

        for (var poging = 1; ; poging++)
        {
            // ToLower runs in SQL (lower()), where culture plays no part: an address once typed with capitals still finds its requests.
#pragma warning disable CA1304, CA1311, CA1862
            var lijst = await db.Initiatieven
                .Where(i => i.Email != null && i.Email.ToLower() == adres && i.Status != InitiatiefStatus.Afgesloten && i.GewistUtc == null)
#pragma warning restore CA1304, CA1311, CA1862
                .OrderBy(i => i.Id)
                .Take(20)
                .ToListAsync(cancellationToken);
            if (lijst.Count == 0)
            {
                return 0;
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            foreach (var i in lijst)
            {
                var (sleutel, hash) = Sleutel.Nieuw();
                i.SleutelHash = hash;
                i.Versie++;
                i.Gebeurtenissen.Add(new InitiatiefGebeurtenis
                {
                    TijdUtc = nu,
                    Soort = GebeurtenisSoort.Bericht,
                    Tekst = "Er is een nieuwe link gemaild. De oude link werkt niet meer.",
                    Door = "de website",
                });
                db.Outbox.Add(OutboxBericht.Nieuw("initiatief-nieuwe-link", i.Email!, i.Naam, mails.NieuweLink(i, sleutel), nu));
                db.Schrijf(null, "initiatief-nieuwe-link", InitiatiefStappen.Onderwerp(i.Id), null, nu);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                signaal.NieuweBerichten();
                return lijst.Count;
            }
            catch (DbUpdateConcurrencyException) when (poging < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>An amount in euros as a Dutch resident types it: "312,50", "1.250", "€ 40"; null when it is not one.</summary>
    public static long? LeesBedrag(string? invoer)
    {
        // decimal.TryParse forgives trailing null bytes; an amount with control characters is refused.
        if (!AanmeldRegels.IsLeesbaar(invoer))
        {
            return null;
        }

        var s = (invoer ?? "").Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).TrimEnd('-').Trim();
        if (s.EndsWith(",-", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Contains(',', StringComparison.Ordinal))
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (s.Split('.') is { Length: > 1 } delen && delen.Skip(1).All(d => d.Length == 3))
        {
            // "1.250" is twelve hundred and fifty in Dutch, not one and a quarter.
            s = s.Replace(".", "", StringComparison.Ordinal);
        }

        // The range check comes before the multiplication: 1e20 euros parses, but its cents do not fit in a long.
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euro) || decimal.Round(euro, 2) != euro
            || euro > MaxKostenInCenten / 100m)
        {
            return null;
        }

        var centen = (long)(euro * 100);
        return centen is >= 0 and <= MaxKostenInCenten ? centen : null;
    }

    private async Task<Initiatief?> ZoekAsync(string? sleutel, bool volgen, CancellationToken cancellationToken)
    {
        if (!Sleutel.IsGeldig(sleutel))
        {
            return null;
        }

        var hash = Sleutel.Hash(sleutel!);
        var query = db.Initiatieven.Include(i => i.Wijk).Include(i => i.Begroting).Include(i => i.Bijlagen).Include(i => i.Gebeurtenissen)
            .AsSplitQuery();
        if (!volgen)
        {
            query = query.AsNoTracking();
        }

        // A concept belongs to the form (/initiatief/aanvragen/{sleutel}); a wiped request has no page any more.
        return await query.SingleOrDefaultAsync(i => i.SleutelHash == hash && i.Status != InitiatiefStatus.Concept && i.GewistUtc == null,
            cancellationToken);
    }

    private async Task<Uitkomst> StapAsync(string? sleutel, string auditActie,
        Func<Initiatief, DateTime, List<InitiatiefBijlage>, Task<Uitkomst?>> stap, CancellationToken cancellationToken)
    {
        var i = await ZoekAsync(sleutel, volgen: true, cancellationToken);
        if (i is null)
        {
            return Uitkomst.NietGevonden;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var van = i.Status;
        var opgeslagen = new List<InitiatiefBijlage>();
        var bewaard = false;
        try
        {
            try
            {
                if (await stap(i, nu, opgeslagen) is { } geweigerd)
                {
                    return geweigerd;
                }
            }
            catch (OngeldigeStapException)
            {
                return Uitkomst.Geweigerd("Dit kan niet meer bij de stand van je aanvraag. Bekijk de pagina opnieuw.");
            }

            i.Versie++;
            db.Schrijf(null, auditActie, InitiatiefStappen.Onderwerp(i.Id),
                van != i.Status ? $"{Statusmachine.Naam(van)} → {Statusmachine.Naam(i.Status)}" : null, nu);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Uitkomst.Geweigerd("Er veranderde net iets aan je aanvraag. Bekijk de pagina opnieuw en probeer het nog eens.");
            }

            bewaard = true;
            signaal.NieuweBerichten();
            return Uitkomst.Gelukt;
        }
        finally
        {
            // Files are stored before the commit; a refused or failed step must not leave them behind.
            if (!bewaard)
            {
                foreach (var b in opgeslagen)
                {
                    opslag.Verwijder(b.Opslag);
                }
            }
        }
    }

    private async Task<Uitkomst?> OntvangAsync(Initiatief i, IReadOnlyList<Bestand> bestanden, BijlageSoort soort, string veld,
        List<InitiatiefBijlage> opgeslagen, CancellationToken cancellationToken)
    {
        foreach (var bestand in bestanden)
        {
            var ontvangen = await opslag.OntvangAsync(bestand.Inhoud, bestand.Naam, soort, cancellationToken);
            if (ontvangen.Bijlage is not { } bijlage)
            {
                return Uitkomst.Geweigerd($"{bestand.Naam}: {ontvangen.Fout} Kies je bestanden daarna opnieuw.", veld);
            }

            opgeslagen.Add(bijlage);
            i.Bijlagen.Add(bijlage);
        }

        return null;
    }

    private static void BijlagenRegel(Initiatief i, List<InitiatiefBijlage> opgeslagen, DateTime nu)
    {
        if (opgeslagen.Count > 0)
        {
            Lijn(i, GebeurtenisSoort.Bijlage, "Meegestuurd: " + string.Join(", ", opgeslagen.Select(b => b.Naam)), nu);
        }
    }

    private static void Lijn(Initiatief i, GebeurtenisSoort soort, string? tekst, DateTime nu) =>
        i.Gebeurtenissen.Add(new InitiatiefGebeurtenis { TijdUtc = nu, Soort = soort, Tekst = tekst, Door = DoorAanvrager });

    private void MailAanvrager(Initiatief i, DateTime nu)
    {
        if (i.Email is { } email)
        {
            db.Outbox.Add(OutboxBericht.Nieuw("initiatief-status", email, i.Naam, mails.StatusGewijzigd(i, null), nu));
        }
    }

    /// <summary>Tells the wijkteam something came in. No content from the applicant goes in the mail: the team reads it
    /// in the back office, where that read is logged.</summary>
    private async Task MailWijkteamAsync(Initiatief i, string soort, string wat, DateTime nu, CancellationToken cancellationToken)
    {
        if (i.WijkId is not int wijkId)
        {
            return;
        }

        var team = await db.Wijkteams.AsNoTracking().Where(t => t.WijkId == wijkId && t.Email != null)
            .Select(t => new { t.Naam, t.Email }).FirstOrDefaultAsync(cancellationToken);
        if (team is null)
        {
            return;
        }

        var inhoud = new MailOpmaak(site.Value.Naam)
            .Alinea($"Beste collega's van {team.Naam},")
            .Alinea(wat)
            .Feiten(("Kenmerk", i.Kenmerk), ("Titel", i.Titel), ("Stand", Statusmachine.Naam(i.Status)))
            .Link("Bekijk de aanvraag in het beheer.", "Naar de aanvraag", site.Value.Link($"/beheer/initiatieven/{i.Id}"))
            .Maak($"{i.Kenmerk}: {wat}");
        db.Outbox.Add(OutboxBericht.Nieuw(soort, team.Email!, team.Naam, inhoud, nu));
    }

    private static int AanvullingenVrij(Initiatief i) =>
        Math.Max(0, InitiatiefRegels.MaxBijlagen - i.Bijlagen.Count(b => AanvraagSoorten.Contains(b.Soort)));

    private static int BonnenEnFotosVrij(Initiatief i) =>
        Math.Max(0, MaxBonnenEnFotos - i.Bijlagen.Count(b => b.Soort is BijlageSoort.Bon or BijlageSoort.Foto));

    private static string TeVeelBestanden(int vrij, int max) => vrij == 0
        ? $"Je hebt al {max} bestanden gestuurd; meer kan niet. Bel of mail het wijkteam als je nog iets wilt laten zien."
        : $"Je kunt nog {vrij} {(vrij == 1 ? "bestand" : "bestanden")} meesturen (hoogstens {max} in totaal). Kies er minder.";

    private static string Team(Initiatief i) => i.Wijk is { } w ? $"Wijkteam {w.Naam}" : "het wijkteam";

    /// <summary>The timeline says who acted as a team: a line a staff member wrote shows the team, never a person,
    /// even if an older line kept a name.</summary>
    private static string Door(InitiatiefGebeurtenis g, string team) =>
        g.DoorId is null || g.Door.StartsWith("Wijkteam ", StringComparison.Ordinal) || g.Door == "het wijkteam" ? g.Door : team;

    private static string Wat(InitiatiefGebeurtenis g) => g.Soort switch
    {
        GebeurtenisSoort.Status when g.Naar == InitiatiefStatus.Ingediend => "Aanvraag verstuurd",
        GebeurtenisSoort.Status when g.Naar == InitiatiefStatus.Afgesloten && g.DoorId is null && g.Door == DoorAanvrager => "Aanvraag ingetrokken",
        GebeurtenisSoort.Status when g.Naar is { } naar => $"Nieuwe stand: {Statusmachine.VoorAanvrager(naar)}",
        GebeurtenisSoort.Vraag => "Vraag van het wijkteam",
        GebeurtenisSoort.Antwoord => "Antwoord van de aanvrager",
        GebeurtenisSoort.Bijlage => "Stukken ontvangen",
        GebeurtenisSoort.Doorgestuurd => "Doorgestuurd naar een ander wijkteam",
        _ => "Bericht",
    };

    private static string? Tekst(string? tekst)
    {
        var t = tekst?.Trim();
        return t is { Length: > 0 and <= MaxTekst } ? t : null;
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}

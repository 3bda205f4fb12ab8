using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Once a day, at <see cref="AanmeldOptions.DagoverzichtUur"/> Dutch time, every member of a collective gets
/// one mail with the sign-ups and cancellations for the collective's activities since the previous digest: names and
/// numbers of persons, no contact details (those are behind the sign-in). Safe to call as often as wanted: before the
/// hour, and after the day's digest went, it does nothing.</summary>
public sealed class Dagoverzicht(WijkDbContext db, TimeProvider clock, IOutboxSignaal signaal, IOptions<AanmeldOptions> options,
    IOptions<SiteOptions> site)
{
    public const string TaakNaam = "aanmelden.dagoverzicht";

    public async Task<int> VerstuurAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var vandaag = DateOnly.FromDateTime(Tijd.Lokaal(nu));
        var moment = Moment(vandaag);
        if (nu < moment)
        {
            return 0;
        }

        await ZorgVoorStandAsync(Moment(vandaag.AddDays(-1)), cancellationToken);
        var vorige = AgendaQueries.Utc(await db.TaakStanden.AsNoTracking()
            .Where(t => t.Naam == TaakNaam).Select(t => t.TotUtc).SingleAsync(cancellationToken));
        if (vorige >= moment)
        {
            return 0;
        }

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        // Compare and set: of two servers (or a restart racing the old process) only one moves the row on from the value
        // it read; the other updates nothing and stops. The mails commit with the move, or neither does.
        var geclaimd = await db.TaakStanden
            .Where(t => t.Naam == TaakNaam && t.TotUtc == vorige)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TotUtc, moment), cancellationToken);
        if (geclaimd == 0)
        {
            return 0;
        }

        var mails = await MaakMailsAsync(vorige, moment, nu, cancellationToken);
        db.Outbox.AddRange(mails);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        if (mails.Count > 0)
        {
            signaal.NieuweBerichten();
        }

        return mails.Count;
    }

    private DateTime Moment(DateOnly dag) => Herhaling.NaarUtc(dag.ToDateTime(new TimeOnly(options.Value.DagoverzichtUur, 0)));

    /// <summary>The first run ever starts from the day before.</summary>
    private Task ZorgVoorStandAsync(DateTime beginUtc, CancellationToken cancellationToken) =>
        EenmaligeRij.ZorgVoorAsync<TaakStand>(db, t => t.Naam == TaakNaam, () => new TaakStand { Naam = TaakNaam, TotUtc = beginUtc },
            cancellationToken);

    private async Task<List<OutboxBericht>> MaakMailsAsync(DateTime van, DateTime tot, DateTime nu, CancellationToken cancellationToken)
    {
        var wijzigingen = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.Activiteit!.OrganisatieId != null
                && (a.AangemeldUtc >= van && a.AangemeldUtc < tot || a.AfgemeldUtc >= van && a.AfgemeldUtc < tot))
            .OrderBy(a => a.Id)
            .Select(a => new Wijziging(a.Activiteit!.OrganisatieId!.Value, a.ActiviteitId, a.Activiteit.Titel, a.StartUtc, a.Naam, a.Personen,
                a.Status, a.AangemeldUtc >= van && a.AangemeldUtc < tot, a.AfgemeldUtc >= van && a.AfgemeldUtc < tot, a.AangemeldDoorId != null))
            .ToListAsync(cancellationToken);
        if (wijzigingen.Count == 0)
        {
            return [];
        }

        var organisaties = wijzigingen.Select(w => w.OrganisatieId).Distinct().ToList();
        var leden = await db.Lidmaatschappen.AsNoTracking()
            .Where(l => organisaties.Contains(l.OrganisatieId))
            .Join(db.Gebruikers, l => l.GebruikerId, g => g.Id, (l, g) => new { l.OrganisatieId, Organisatie = l.Organisatie!.Naam, g.Email, g.Naam })
            .ToListAsync(cancellationToken);
        var activiteiten = wijzigingen.Select(w => w.ActiviteitId).Distinct().ToList();
        var capaciteiten = await db.Activiteiten.AsNoTracking()
            .Where(a => activiteiten.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Capaciteit, cancellationToken);
        var bezettingen = await db.Bezettingen.AsNoTracking()
            .Where(b => activiteiten.Contains(b.ActiviteitId) && b.StartUtc >= van)
            .Select(b => new { b.ActiviteitId, b.StartUtc, b.Bevestigd, b.Wachtend })
            .ToListAsync(cancellationToken);
        var stand = bezettingen.ToDictionary(b => (b.ActiviteitId, AgendaQueries.Utc(b.StartUtc)),
            b => Stand(capaciteiten[b.ActiviteitId], b.Bevestigd, b.Wachtend));

        var mails = new List<OutboxBericht>();
        foreach (var organisatie in leden.GroupBy(l => (l.OrganisatieId, l.Organisatie)))
        {
            var perDatum = wijzigingen.Where(w => w.OrganisatieId == organisatie.Key.OrganisatieId)
                .GroupBy(w => (w.ActiviteitId, w.Titel, Start: AgendaQueries.Utc(w.StartUtc)))
                .OrderBy(d => d.Key.Start).ThenBy(d => d.Key.Titel, StringComparer.Ordinal)
                .ToList();
            foreach (var lid in organisatie)
            {
                var inhoud = Mail(organisatie.Key.Organisatie, lid.Naam, van, perDatum, stand);
                mails.Add(OutboxBericht.Nieuw("aanmelding.dagoverzicht", lid.Email, lid.Naam, inhoud, nu));
            }
        }

        return mails;
    }

    private MailInhoud Mail(string organisatie, string naam, DateTime van,
        List<IGrouping<(int ActiviteitId, string Titel, DateTime Start), Wijziging>> perDatum, Dictionary<(int, DateTime), string> stand)
    {
        var nieuw = perDatum.Sum(d => d.Count(w => w.IsNieuw));
        var afgemeld = perDatum.Sum(d => d.Count(w => w.IsAfgemeld));
        var samenvatting = string.Join(" en ", new[]
        {
            nieuw > 0 ? Aantal(nieuw, "nieuwe aanmelding", "nieuwe aanmeldingen") : null,
            afgemeld > 0 ? Aantal(afgemeld, "afmelding", "afmeldingen") : null,
        }.OfType<string>());
        var mail = new MailOpmaak(site.Value.Naam)
            .Alinea(string.IsNullOrWhiteSpace(naam) ? "Hallo," : $"Beste {naam},")
            .Alinea($"Bij de activiteiten van {organisatie} is iets veranderd sinds {Tijd.Dag(van)} {Tijd.Uur(van)} uur: {samenvatting}.");
        foreach (var datum in perDatum)
        {
            var regels = datum.Where(w => w.IsNieuw).Select(w => $"Nieuw: {Wie(w)}{(w.Status == AanmeldingStatus.Wachtlijst ? ", op de wachtlijst" : "")}"
                    + (w.DoorVrijwilliger ? ", aangemeld door een vrijwilliger" : ""))
                .Concat(datum.Where(w => w.IsAfgemeld).Select(w => $"Afgemeld: {Wie(w)}"))
                .ToList();
            if (stand.TryGetValue((datum.Key.ActiviteitId, datum.Key.Start), out var huidig))
            {
                regels.Add($"Nu: {huidig}");
            }

            mail.Alinea($"{datum.Key.Titel}, {Tijd.Dag(datum.Key.Start)} om {Tijd.Uur(datum.Key.Start)} uur").Lijst(regels);
        }

        return mail
            .Link("Telefoonnummers, e-mailadressen en opmerkingen zie je als je inlogt. Daar kun je de lijst ook printen.",
                "Bekijk alle aanmeldingen", site.Value.Link("/beheer/aanmeldingen"))
            .Alinea($"Je krijgt deze mail één keer per dag, alleen als er iets veranderd is, omdat je lid bent van {organisatie}.")
            .Maak($"Aanmeldingen {organisatie}: {samenvatting}");
    }

    private static string Wie(Wijziging w) => $"{w.Naam ?? "(naam verwijderd)"}, {Aantal(w.Personen, "persoon", "personen")}";

    private static string Stand(int? capaciteit, int bevestigd, int wachtend) =>
        (capaciteit is int c ? $"{bevestigd} van de {c} plaatsen bezet" : $"{Aantal(bevestigd, "persoon", "personen")} aangemeld")
        + (wachtend > 0 ? $", {Aantal(wachtend, "persoon", "personen")} op de wachtlijst" : "");

    private static string Aantal(int aantal, string een, string meer) =>
        $"{aantal.ToString(CultureInfo.InvariantCulture)} {(aantal == 1 ? een : meer)}";

    private sealed record Wijziging(
        int OrganisatieId,
        int ActiviteitId,
        string Titel,
        DateTime StartUtc,
        string? Naam,
        int Personen,
        AanmeldingStatus Status,
        bool IsNieuw,
        bool IsAfgemeld,
        bool DoorVrijwilliger);
}

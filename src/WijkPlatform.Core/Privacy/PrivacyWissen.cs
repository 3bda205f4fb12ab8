using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Core.Privacy;

/// <summary>Erases or anonymises everything found about one address or number, in one transaction, keeping the counts
/// and the financial record (ADR 18). Files are removed after the commit, so a rollback never leaves a row without its
/// file.</summary>
public static class PrivacyWissen
{
    public const string Actie = "privacy.wissen";
    public const string PlaatsvervangerDomein = "@verwijderd.invalid";
    public const string VerwijderdAccount = "Verwijderd account";

    public enum Status
    {
        Gewist,
        NietsGevonden,
        EigenAccount,
        LaatsteBeheer,
    }

    public sealed record Command(Zoekterm Zoekterm, Beheerder Wie, string Verzoek);

    public sealed record Result(Status Status, PrivacyOverzicht? Overzicht = null, int BijlagenVerwijderd = 0, int BijlagenBewaard = 0);

    public sealed class Handler(WijkDbContext db, PrivacyZoeken zoeken, BijlagenOpslag opslag, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var z = command.Zoekterm;
            var nu = clock.GetUtcNow().UtcDateTime;
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var overzicht = await zoeken.ZoekAsync(z, cancellationToken);
            if (overzicht.Aantallen.Where(a => a.Key != "openbaar").All(a => a.Value == 0))
            {
                return new Result(Status.NietsGevonden, overzicht);
            }

            foreach (var account in overzicht.Accounts)
            {
                if (account.Id == command.Wie.GebruikerId)
                {
                    return new Result(Status.EigenAccount, overzicht);
                }

                if (account.Rollen.Contains(Rollen.Beheer) && account.UitgeschakeldUtc is null
                    && !await db.Gebruikers.AnyAsync(g => g.Id != account.Id && g.UitgeschakeldUtc == null
                        && g.Rollen.Any(r => r.Rol!.Naam == Rollen.Beheer), cancellationToken))
                {
                    return new Result(Status.LaatsteBeheer, overzicht);
                }
            }

            var aanmeldingIds = overzicht.Aanmeldingen.Select(a => a.Id).ToList();
            await Opschonen.WisAsync(db.Aanmeldingen.Where(a => aanmeldingIds.Contains(a.Id)), nu, cancellationToken);

            var bestanden = new List<string>();
            var bewaard = 0;
            foreach (var gevonden in overzicht.Initiatieven)
            {
                var (weg, bon) = await WisInitiatiefAsync(gevonden, z, command.Verzoek, nu, cancellationToken);
                bestanden.AddRange(weg);
                bewaard += bon;
            }

            var abonnementen = overzicht.Abonnementen.Select(a => a.Id).ToList();
            await db.NieuwsbriefAbonnementen.Where(a => abonnementen.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            var mails = overzicht.Mails.Select(m => m.Id).ToList();
            await db.Outbox.Where(m => mails.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            var meldingen = overzicht.Meldingen.Select(m => m.Id).ToList();
            foreach (var melding in await db.Meldingen.Where(m => meldingen.Contains(m.Id)).ToListAsync(cancellationToken))
            {
                melding.Email = null;
                melding.Reden = z.Vervang(melding.Reden)!;
            }

            foreach (var account in overzicht.Accounts)
            {
                await AnonimiseerAsync(account.Id, nu, cancellationToken);
            }

            await VervangVermeldingenAsync(overzicht.Vermeldingen, z, cancellationToken);

            db.Schrijf(command.Wie, Actie, PrivacyVerzoek.Onderwerp(command.Verzoek),
                $"gewist op {z.SoortNaam}: {overzicht.AantallenTekst}; bijlagen verwijderd {bestanden.Count}, bonnen bewaard {bewaard}", nu);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);

            foreach (var bestand in bestanden)
            {
                try
                {
                    opslag.Verwijder(bestand);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The row is gone, so the file can never be served again; it is only an orphan to clean up by hand.
                    logger.LogWarning(e, "Bijlage {Opslag} kon niet worden verwijderd.", bestand);
                }
            }

            return new Result(Status.Gewist, overzicht, bestanden.Count, bewaard);
        }

        /// <summary>A concept (never sent) goes entirely, as the retention does; a sent request keeps its financial
        /// record. Returns the files to remove after the commit and the number of receipts kept.</summary>
        private async Task<(List<string> Bestanden, int Bonnen)> WisInitiatiefAsync(GevondenInitiatief gevonden, Zoekterm z, string verzoek, DateTime nu,
            CancellationToken cancellationToken)
        {
            var i = await db.Initiatieven.Include(x => x.Begroting).Include(x => x.Bijlagen).Include(x => x.Gebeurtenissen)
                .SingleAsync(x => x.Id == gevonden.Id, cancellationToken);
            var bestanden = new List<string>();
            if (i.Status == InitiatiefStatus.Concept)
            {
                bestanden.AddRange(i.Bijlagen.Select(b => b.Opslag));
                db.InitiatiefBijlagen.RemoveRange(i.Bijlagen);
                db.InitiatiefGebeurtenissen.RemoveRange(i.Gebeurtenissen);
                db.RemoveRange(i.Begroting);
                db.Initiatieven.Remove(i);
                return (bestanden, 0);
            }

            i.Naam = null;
            i.Email = null;
            i.Telefoon = null;
            i.Postcode = null;
            i.Huisnummer = null;
            InitiatiefTeksten.WisPersoonlijk(i, z);
            foreach (var regel in i.Begroting)
            {
                regel.Omschrijving = z.Vervang(regel.Omschrijving)!;
            }

            // A fresh random hash: the applicant's link stops working, and the unique index stays satisfied.
            i.SleutelHash = Sleutel.Nieuw().Hash;
            i.GewistUtc = nu;
            i.Versie++;
            foreach (var g in i.Gebeurtenissen)
            {
                g.Tekst = g.Soort is GebeurtenisSoort.Vraag or GebeurtenisSoort.Antwoord or GebeurtenisSoort.Notitie or GebeurtenisSoort.Bericht
                    or GebeurtenisSoort.Bijlage ? null : z.Vervang(g.Tekst);
            }

            var bonnen = 0;
            foreach (var bijlage in i.Bijlagen.ToList())
            {
                if (bijlage.Soort == BijlageSoort.Bon)
                {
                    // A receipt proves what the grant was spent on: it stays until the normal retention, without the
                    // name the applicant gave the file.
                    bijlage.Naam = $"bon-{bijlage.Id}{Path.GetExtension(bijlage.Naam)}";
                    bonnen++;
                    continue;
                }

                bestanden.Add(bijlage.Opslag);
                db.InitiatiefBijlagen.Remove(bijlage);
            }

            i.Gebeurtenissen.Add(new InitiatiefGebeurtenis
            {
                TijdUtc = nu,
                Soort = GebeurtenisSoort.Notitie,
                Tekst = $"Persoonsgegevens van de aanvrager gewist op verzoek (AVG), {verzoek}. Bedragen, besluit en boekingen blijven.",
                Door = "beheer",
                Intern = true,
            });
            return (bestanden, bonnen);
        }

        private async Task AnonimiseerAsync(int id, DateTime nu, CancellationToken cancellationToken)
        {
            await db.Set<GebruikerRol>().Where(r => r.GebruikerId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<GebruikerToken>().Where(t => t.GebruikerId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Lidmaatschappen.Where(l => l.GebruikerId == id).ExecuteDeleteAsync(cancellationToken);
            await db.WijkBindingen.Where(w => w.GebruikerId == id).ExecuteDeleteAsync(cancellationToken);
            var g = await db.Gebruikers.SingleAsync(x => x.Id == id, cancellationToken);
            // Unique and never deliverable (.invalid is reserved by RFC 2606), so the row can stay for the history
            // that points to it while the address can be used for a new account.
            g.Email = $"verwijderd-{id}-{Guid.NewGuid():N}"[..32] + PlaatsvervangerDomein;
            g.NormalizedEmail = g.Email.ToUpperInvariant();
            g.EmailBevestigd = false;
            g.Naam = VerwijderdAccount;
            g.Telefoon = null;
            g.WachtwoordHash = null;
            g.TweeStapsAan = false;
            g.BeveiligingsStempel = Guid.NewGuid().ToString("N");
            g.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            g.UitgeschakeldUtc ??= nu;
        }

        private async Task VervangVermeldingenAsync(IReadOnlyList<Vermelding> vermeldingen, Zoekterm z, CancellationToken cancellationToken)
        {
            List<long> Ids(string tabel) => vermeldingen.Where(v => v.Tabel == tabel).Select(v => v.Id).Distinct().ToList();
            var aanmeldingen = Ids("Aanmeldingen");
            foreach (var a in await db.Aanmeldingen.Where(a => aanmeldingen.Contains(a.Id)).ToListAsync(cancellationToken))
            {
                a.Naam = z.Vervang(a.Naam);
                a.Opmerking = z.Vervang(a.Opmerking);
            }

            var initiatieven = Ids("Initiatieven").Select(id => (int)id).ToList();
            foreach (var i in await db.Initiatieven.Where(i => initiatieven.Contains(i.Id)).ToListAsync(cancellationToken))
            {
                InitiatiefTeksten.VervangVermeldingen(i, z);
                i.Versie++;
            }

            var regels = Ids("Begrotingsregels").Select(id => (int)id).ToList();
            foreach (var r in await db.Set<BegrotingsRegel>().Where(r => regels.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                r.Omschrijving = z.Vervang(r.Omschrijving)!;
            }

            var gebeurtenissen = Ids("InitiatiefGebeurtenissen");
            foreach (var g in await db.InitiatiefGebeurtenissen.Where(g => gebeurtenissen.Contains(g.Id)).ToListAsync(cancellationToken))
            {
                g.Tekst = z.Vervang(g.Tekst);
            }

            var bijlagen = Ids("InitiatiefBijlagen").Select(id => (int)id).ToList();
            foreach (var b in await db.InitiatiefBijlagen.Where(b => bijlagen.Contains(b.Id)).ToListAsync(cancellationToken))
            {
                b.Naam = z.Vervang(b.Naam)!;
            }

            var meldingen = Ids("Meldingen");
            foreach (var m in await db.Meldingen.Where(m => meldingen.Contains(m.Id)).ToListAsync(cancellationToken))
            {
                m.Reden = z.Vervang(m.Reden)!;
                m.Afhandeling = z.Vervang(m.Afhandeling);
            }

            var gebruikers = Ids("Gebruikers").Select(id => (int)id).ToList();
            foreach (var g in await db.Gebruikers.Where(g => gebruikers.Contains(g.Id)).ToListAsync(cancellationToken))
            {
                g.Naam = z.Vervang(g.Naam)!;
            }
        }
    }
}

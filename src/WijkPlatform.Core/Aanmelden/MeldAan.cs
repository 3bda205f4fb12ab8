using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Signs up one or more persons for one occurrence: a place if one is left, else the wachtlijst. The
/// sign-up, the place and the mail are one transaction (nothing acknowledged is lost, nothing is overbooked).</summary>
public static class MeldAan
{
    public sealed record Command(
        string Slug,
        DateTime StartUtc,
        string Naam,
        string? Email,
        string? Telefoon,
        int Personen,
        string? Opmerking,
        int? DoorGebruikerId = null);

    public enum Status
    {
        Bevestigd,
        Wachtlijst,

        /// <summary>The same e-mail address or phone number is already signed up for this occurrence. The page shows
        /// the same as for a new sign-up (no one learns who is signed up); the owner of the address gets a mail.</summary>
        AlAangemeld,

        Gesloten,
        NietGevonden,
        TeVeelPersonen,
        TeVaak,
    }

    /// <param name="ToonPlaats">What the resident is told: a place (true) or the wachtlijst at <paramref name="WachtlijstPlaats"/>.
    /// For <see cref="Status.AlAangemeld"/> it is what a new sign-up would have got, so the answer gives nothing away.</param>
    public sealed record Result(Status Status, Gelegenheid? Gelegenheid = null, string? Sleutel = null, int? WachtlijstPlaats = null,
        bool ToonPlaats = false);

    // Compiled, as every sign-up runs them: the writer that SQLite's sign-ups queue for spends its time on SQL, not on
    // reading expressions.
    private static readonly Func<WijkDbContext, string, DateTime, CancellationToken, Task<int>> PerEmailSinds =
        EF.CompileAsyncQuery((WijkDbContext db, string email, DateTime sinds, CancellationToken cancellationToken) =>
            db.Aanmeldingen.Count(a => a.Email == email && a.AangemeldUtc > sinds));

    private static readonly Func<WijkDbContext, int, DateTime, CancellationToken, Task<Bezetting?>> BezettingVan =
        EF.CompileAsyncQuery((WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken) =>
            db.Bezettingen.FirstOrDefault(b => b.ActiviteitId == activiteitId && b.StartUtc == startUtc));

    private static readonly Func<WijkDbContext, int, DateTime, CancellationToken, Task<int>> OpWachtlijst =
        EF.CompileAsyncQuery((WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken) =>
            db.Aanmeldingen.Count(a => a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status == AanmeldingStatus.Wachtlijst));

    /// <summary>The name of whoever is already signed up for the date with this address or number; empty when that
    /// sign-up has no name, null when there is none.</summary>
    private static readonly Func<WijkDbContext, int, DateTime, string?, string?, CancellationToken, Task<string?>> AlAangemeldAls =
        EF.CompileAsyncQuery((WijkDbContext db, int activiteitId, DateTime startUtc, string? email, string? telefoon,
                CancellationToken cancellationToken) =>
            db.Aanmeldingen.AsNoTracking()
                .Where(a => a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status != AanmeldingStatus.Afgemeld
                    && (email != null && a.Email == email || telefoon != null && a.Telefoon == telefoon))
                .Select(a => a.Naam ?? "")
                .FirstOrDefault());

    /// <summary>The first key of the advisory locks on an address (PostgreSQL); the second is taken from the address.</summary>
    private const int AdresSlotKlasse = 0x41646d;

    /// <summary>Both things the writer asks about an address, in one look through its index: whether each sign-up with it
    /// falls in the last hour, and whether it is for this date (then its name).</summary>
    private static readonly Func<WijkDbContext, string, DateTime, int, DateTime, IAsyncEnumerable<AdresRij>> PerAdres =
        EF.CompileAsyncQuery((WijkDbContext db, string email, DateTime sinds, int activiteitId, DateTime startUtc) =>
            db.Aanmeldingen.AsNoTracking()
                .Where(a => a.Email == email && (a.AangemeldUtc > sinds
                    || a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status != AanmeldingStatus.Afgemeld))
                .Select(a => new AdresRij(a.AangemeldUtc > sinds,
                    a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status != AanmeldingStatus.Afgemeld, a.Naam ?? "")));

    private sealed record AdresRij(bool Recent, bool ZelfdeDatum, string Naam);

    public sealed class Handler(WijkDbContext db, TimeProvider clock, AanmeldMails mails, IOutboxSignaal signaal,
        IOptions<AanmeldOptions> options, SchrijfPoort poort, PlaatsBeurten beurten, GelegenheidCache gelegenheden)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var nu = clock.GetUtcNow().UtcDateTime;
            // On SQLite this server is the only writer, so it knows when the offer changes (GelegenheidCache).
            var g = poort.Gebundeld
                ? await gelegenheden.ZoekAsync(db, command.Slug, command.StartUtc, cancellationToken)
                : await Gelegenheid.ZoekAsync(db, command.Slug, command.StartUtc, cancellationToken);
            if (g is null)
            {
                return new(Status.NietGevonden);
            }

            if (!g.AanmeldenMogelijk || nu >= g.StartUtc)
            {
                return new(Status.Gesloten, g);
            }

            if (command.Personen < 1 || command.Personen > g.MaxPersonen)
            {
                return new(Status.TeVeelPersonen, g);
            }

            var email = AanmeldRegels.NormaliseerEmail(command.Email);
            var telefoon = AanmeldRegels.NormaliseerTelefoon(command.Telefoon);
            if (email is null && telefoon is null)
            {
                throw new ArgumentException("Een aanmelding heeft een e-mailadres of telefoonnummer nodig.", nameof(command));
            }

            // The key and the confirmation mail are made here, in parallel with other requests, rather than in the one
            // writer that every sign-up on SQLite queues for; most sign-ups are confirmed, so the mail is rarely wasted.
            var sleutel = Sleutel.Nieuw();
            var bevestiging = email is null ? null : mails.Bevestiging(g, command.Naam.Trim(), command.Personen, sleutel.Sleutel);
            Result resultaat;
            if (poort.Gebundeld)
            {
                resultaat = await poort.SchrijfAsync(db, (w, ct) => SchrijfAsync(w, g, command, email, telefoon, nu, sleutel, bevestiging, ct), cancellationToken);
            }
            else
            {
                // PostgreSQL: wait for the turn without a connection (PlaatsBeurten). A failed insert would abort the
                // transaction, so the row comes first (EenmaligeRij).
                await using var beurt = await beurten.WachtAsync(g.ActiviteitId, g.StartUtc, cancellationToken);
                await Plaatsen.ZorgVoorRijAsync(db, g.ActiviteitId, g.StartUtc, cancellationToken);
                resultaat = await poort.SchrijfAsync(db, (w, ct) => SchrijfAsync(w, g, command, email, telefoon, nu, sleutel, bevestiging, ct), cancellationToken);
            }

            signaal.NieuweBerichten();
            return resultaat;
        }

        /// <summary>The name on a sign-up for the same date and address that an earlier piece of the same bundle added
        /// (SQLite's writer saves a bundle at once; see <see cref="SchrijfPoort"/>).</summary>
        private string? NogNietOpgeslagen(WijkDbContext db, Gelegenheid g, string? email, string? telefoon) =>
            !poort.Gebundeld
                ? null
                : db.ChangeTracker.Entries<Aanmelding>()
                    .Where(e => e.State == EntityState.Added && e.Entity.ActiviteitId == g.ActiviteitId && e.Entity.StartUtc == g.StartUtc
                        && e.Entity.Status != AanmeldingStatus.Afgemeld
                        && (email != null && e.Entity.Email == email || telefoon != null && e.Entity.Telefoon == telefoon))
                    .Select(e => e.Entity.Naam ?? "")
                    .FirstOrDefault();

        /// <summary>Everyone on the date's wachtlijst: stored, or added earlier in this bundle (or just now).</summary>
        private static async Task<int> WachtendAsync(WijkDbContext db, Gelegenheid g, CancellationToken cancellationToken) =>
            await OpWachtlijst(db, g.ActiviteitId, g.StartUtc, cancellationToken)
            + db.ChangeTracker.Entries<Aanmelding>().Count(e => e.State == EntityState.Added && e.Entity.ActiviteitId == g.ActiviteitId
                && e.Entity.StartUtc == g.StartUtc && e.Entity.Status == AanmeldingStatus.Wachtlijst);

        /// <summary>Sign-ups with this address in the last hour: stored, or added earlier in this bundle. Counted by the
        /// writer, so sign-ups sent at the same moment cannot all slip under the limit, and a sign-up asks the database
        /// nothing before it is queued (GelegenheidCache).</summary>
        private async Task<int> RecentPerEmailAsync(WijkDbContext db, string email, DateTime nu, int? opgeslagen, CancellationToken cancellationToken) =>
            (opgeslagen ?? await PerEmailSinds(db, email, nu.AddHours(-1), cancellationToken))
            + (poort.Gebundeld
                ? db.ChangeTracker.Entries<Aanmelding>().Count(e => e.State == EntityState.Added && e.Entity.Email == email)
                : 0);

        /// <summary>PostgreSQL runs sign-ups for different dates side by side; with this lock (until the commit) those with
        /// one address count one after the other. Taken before the date's row, like every sign-up, so no two wait on each
        /// other in turn.</summary>
        private static Task<int> PerAdresNaElkaarAsync(WijkDbContext db, string email, CancellationToken cancellationToken)
        {
            var adres = BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(email)));
            return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdresSlotKlasse}, {adres})", cancellationToken);
        }

        private async Task<Result> SchrijfAsync(WijkDbContext db, Gelegenheid g, Command command, string? email, string? telefoon,
            DateTime nu, (string Sleutel, byte[] Hash) nieuweSleutel, MailInhoud? bevestiging, CancellationToken cancellationToken)
        {
            var limiet = email is not null && command.DoorGebruikerId is null;
            int? recent = null;
            string? alsInDatabase = null;
            if (limiet)
            {
                if (!poort.Gebundeld)
                {
                    await PerAdresNaElkaarAsync(db, email!, cancellationToken);
                }

                if (telefoon is null)
                {
                    // The usual form: an address and no number. One query answers the limit and the earlier sign-up; the
                    // lock above keeps a second sign-up with this address from slipping in between on PostgreSQL.
                    var n = 0;
                    await foreach (var rij in PerAdres(db, email!, nu.AddHours(-1), g.ActiviteitId, g.StartUtc).WithCancellation(cancellationToken))
                    {
                        n += rij.Recent ? 1 : 0;
                        alsInDatabase ??= rij.ZelfdeDatum ? rij.Naam : null;
                    }

                    recent = n;
                }

                if (await RecentPerEmailAsync(db, email!, nu, recent, cancellationToken) >= options.Value.PerEmailPerUur)
                {
                    return new(Status.TeVaak, g);
                }
            }

            Bezetting bezetting;
            if (poort.Gebundeld)
            {
                // SQLite: this is the only writer, so the row needs no lock and nobody creates it at the same moment.
                // An earlier sign-up in the same bundle may have added the row; it is on the context, not yet stored.
                bezetting = db.ChangeTracker.Entries<Bezetting>()
                        .FirstOrDefault(e => e.Entity.ActiviteitId == g.ActiviteitId && e.Entity.StartUtc == g.StartUtc)?.Entity
                    ?? await BezettingVan(db, g.ActiviteitId, g.StartUtc, cancellationToken)
                    ?? db.Bezettingen.Add(new Bezetting { ActiviteitId = g.ActiviteitId, StartUtc = g.StartUtc }).Entity;
            }
            else
            {
                bezetting = await Plaatsen.VergrendelAsync(db, g.ActiviteitId, g.StartUtc, cancellationToken);
            }

            var bestaand = NogNietOpgeslagen(db, g, email, telefoon)
                ?? (recent is not null ? alsInDatabase : await AlAangemeldAls(db, g.ActiviteitId, g.StartUtc, email, telefoon, cancellationToken));
            if (bestaand is not null)
            {
                if (email is not null)
                {
                    var naam = bestaand.Length > 0 ? bestaand : null;
                    db.Outbox.Add(OutboxBericht.Nieuw("aanmelding.dubbel", email, naam, mails.AlAangemeld(g, naam ?? command.Naam), nu));
                }

                var zouPassen = Plaatsen.Past(bezetting, g.Capaciteit, command.Personen);
                int? zouWachten = zouPassen ? null : await WachtendAsync(db, g, cancellationToken) + 1;
                return new(Status.AlAangemeld, g, WachtlijstPlaats: zouWachten, ToonPlaats: zouPassen);
            }

            var bevestigd = Plaatsen.Past(bezetting, g.Capaciteit, command.Personen);
            if (bevestigd)
            {
                bezetting.Bevestigd += command.Personen;
            }
            else
            {
                bezetting.Wachtend += command.Personen;
            }

            var (sleutel, hash) = nieuweSleutel;
            var aanmelding = new Aanmelding
            {
                ActiviteitId = g.ActiviteitId,
                StartUtc = g.StartUtc,
                Status = bevestigd ? AanmeldingStatus.Bevestigd : AanmeldingStatus.Wachtlijst,
                Personen = command.Personen,
                Naam = command.Naam.Trim(),
                Email = email,
                Telefoon = telefoon,
                Opmerking = string.IsNullOrWhiteSpace(command.Opmerking) ? null : command.Opmerking.Trim(),
                SleutelHash = hash,
                AangemeldUtc = nu,
                PlaatsUtc = bevestigd ? nu : null,
                AangemeldDoorId = command.DoorGebruikerId,
            };
            db.Aanmeldingen.Add(aanmelding);
            int? plaats = null;
            if (!bevestigd)
            {
                // This one is added already, so it counts itself. The bundle is stored in the order it was added, after
                // every row already stored, so the numbers follow the order the wachtlijst moves up in (by row id).
                plaats = await WachtendAsync(db, g, cancellationToken);
            }

            if (email is not null)
            {
                var inhoud = bevestigd
                    ? bevestiging!
                    : mails.Wachtlijst(g, aanmelding.Naam, aanmelding.Personen, sleutel, plaats!.Value);
                db.Outbox.Add(OutboxBericht.Nieuw(bevestigd ? "aanmelding.bevestiging" : "aanmelding.wachtlijst", email, aanmelding.Naam, inhoud, nu));
            }

            // The write gate saves: on SQLite once for the whole bundle of sign-ups.
            return new(bevestigd ? Status.Bevestigd : Status.Wachtlijst, g, sleutel, plaats, bevestigd);
        }
    }
}

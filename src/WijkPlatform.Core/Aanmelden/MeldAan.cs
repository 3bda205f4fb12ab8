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

    public sealed class Handler(WijkDbContext db, TimeProvider clock, AanmeldMails mails, IOutboxSignaal signaal,
        IOptions<AanmeldOptions> options, SchrijfPoort poort, PlaatsBeurten beurten, GelegenheidCache gelegenheden, SchrijfMelder melder)
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
                resultaat = await poort.SchrijfAsync(db,
                    (w, ct) => SchrijfAsync(new SqliteAanmeldOpslag(w, melder), g, command, email, telefoon, nu, sleutel, bevestiging, ct),
                    cancellationToken);
            }
            else
            {
                // PostgreSQL: wait for the turn without a connection (PlaatsBeurten). A failed insert would abort the
                // transaction, so the row comes first (EenmaligeRij).
                await using var beurt = await beurten.WachtAsync(g.ActiviteitId, g.StartUtc, cancellationToken);
                await Plaatsen.ZorgVoorRijAsync(db, g.ActiviteitId, g.StartUtc, cancellationToken);
                resultaat = await poort.SchrijfAsync(db,
                    (w, ct) => SchrijfAsync(new EfAanmeldOpslag(w), g, command, email, telefoon, nu, sleutel, bevestiging, ct), cancellationToken);
            }

            signaal.NieuweBerichten();
            return resultaat;
        }

        /// <summary>The rules, run inside the sign-up's transaction: on SQLite by the one writer, in a bundle with other
        /// sign-ups; on PostgreSQL with the address's lock and the date's row lock held until the commit.</summary>
        private async Task<Result> SchrijfAsync(IAanmeldOpslag opslag, Gelegenheid g, Command command, string? email, string? telefoon,
            DateTime nu, (string Sleutel, byte[] Hash) nieuweSleutel, MailInhoud? bevestiging, CancellationToken cancellationToken)
        {
            string? bestaand = null;
            var bestaandGelezen = false;
            if (email is not null && command.DoorGebruikerId is null)
            {
                // Counted here, in the transaction, so sign-ups sent at the same moment cannot all slip under the limit.
                int recent;
                if (telefoon is null)
                {
                    // The usual form: an address and no number. One query answers the limit and the earlier sign-up.
                    (recent, bestaand) = await opslag.AdresAsync(email, nu.AddHours(-1), g, cancellationToken);
                    bestaandGelezen = true;
                }
                else
                {
                    recent = await opslag.RecentAsync(email, nu.AddHours(-1), cancellationToken);
                }

                if (recent >= options.Value.PerEmailPerUur)
                {
                    return new(Status.TeVaak, g);
                }
            }

            var bezetting = await opslag.BezettingAsync(g, cancellationToken);
            if (!bestaandGelezen)
            {
                bestaand = await opslag.BestaandAsync(g, email, telefoon, cancellationToken);
            }

            if (bestaand is not null)
            {
                if (email is not null)
                {
                    var naam = bestaand.Length > 0 ? bestaand : null;
                    await opslag.MailAsync(OutboxBericht.Nieuw("aanmelding.dubbel", email, naam, mails.AlAangemeld(g, naam ?? command.Naam), nu),
                        cancellationToken);
                }

                var zouPassen = Plaatsen.Past(bezetting, g.Capaciteit, command.Personen);
                int? zouWachten = zouPassen ? null : await opslag.WachtendAsync(g, cancellationToken) + 1;
                return new(Status.AlAangemeld, g, WachtlijstPlaats: zouWachten, ToonPlaats: zouPassen);
            }

            var bevestigd = Plaatsen.Past(bezetting, g.Capaciteit, command.Personen);
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
            await opslag.VoegToeAsync(aanmelding, bezetting, cancellationToken);
            int? plaats = null;
            if (!bevestigd)
            {
                // This one is added already, so it counts itself. Sign-ups are stored in the order they are taken, after
                // every row already stored, so the numbers follow the order the wachtlijst moves up in (by row id).
                plaats = await opslag.WachtendAsync(g, cancellationToken);
            }

            if (email is not null)
            {
                var inhoud = bevestigd
                    ? bevestiging!
                    : mails.Wachtlijst(g, aanmelding.Naam, aanmelding.Personen, sleutel, plaats!.Value);
                await opslag.MailAsync(OutboxBericht.Nieuw(bevestigd ? "aanmelding.bevestiging" : "aanmelding.wachtlijst", email,
                    aanmelding.Naam, inhoud, nu), cancellationToken);
            }

            return new(bevestigd ? Status.Bevestigd : Status.Wachtlijst, g, sleutel, plaats, bevestigd);
        }
    }
}

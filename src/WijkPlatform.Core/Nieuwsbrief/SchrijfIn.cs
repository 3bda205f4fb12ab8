using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>Asks for the nieuwsbrief of one or more wijken (double opt-in). The outcome is the same for a new, a
/// pending and an already subscribed address, so the form never tells whether someone is on the list: only the mail,
/// which reaches the owner of the address alone, differs. A pending or unsubscribed address gets a fresh confirmation
/// code; one address gets at most <see cref="NieuwsbriefOptions.MailsPerAdresPerUur"/> of these mails an hour.</summary>
public static class SchrijfIn
{
    /// <param name="Wijken">Slugs of active wijken.</param>
    public sealed record Command(string Email, IReadOnlyCollection<string> Wijken);

    public enum Status
    {
        /// <summary>What every valid request hears: "kijk in je mail".</summary>
        Ontvangen,
        Ongeldig,
    }

    public sealed class Handler(WijkDbContext db, TimeProvider clock, NieuwsbriefMails mails, IOptions<NieuwsbriefOptions> options,
        IOutboxSignaal signaal, ILogger<Handler> logger)
    {
        public async Task<Status> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!NieuwsbriefRegels.IsEmail(command.Email) || command.Wijken.Count == 0)
            {
                return Status.Ongeldig;
            }

            var email = AanmeldRegels.NormaliseerEmail(command.Email)!;
            var slugs = command.Wijken.Distinct(StringComparer.Ordinal).ToList();
            var wijken = await db.Wijken.AsNoTracking()
                .Where(w => w.Actief && slugs.Contains(w.Slug))
                .OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
                .Select(w => new { w.Id, w.Naam })
                .ToListAsync(cancellationToken);
            if (wijken.Count != slugs.Count)
            {
                return Status.Ongeldig;
            }

            var ids = wijken.Select(w => w.Id).ToList();

            for (var poging = 1; ; poging++)
            {
                var nu = clock.GetUtcNow().UtcDateTime;
                var sindsUur = nu.AddHours(-1);
                var recent = await db.Outbox.CountAsync(m => m.Aan == email && m.Soort == NieuwsbriefRegels.SoortBevestigen
                    && m.AangemaaktUtc > sindsUur, cancellationToken);
                if (recent >= options.Value.MailsPerAdresPerUur)
                {
                    // The earlier mails' links keep working; changing nothing here keeps them valid.
                    logger.LogWarning("Geen bevestigingsmail voor de nieuwsbrief: dit adres kreeg er het afgelopen uur al {Aantal}.", recent);
                    return Status.Ontvangen;
                }

                var bestaand = await db.NieuwsbriefAbonnementen
                    .Where(a => a.Email == email && ids.Contains(a.WijkId))
                    .ToListAsync(cancellationToken);
                var code = NieuwsbriefCode.Nieuw();
                var nieuw = new List<string>();
                var alActief = new List<(string Wijk, string AfmeldCode)>();
                foreach (var wijk in wijken)
                {
                    var abonnement = bestaand.SingleOrDefault(a => a.WijkId == wijk.Id);
                    if (abonnement?.Status == AbonnementStatus.Actief)
                    {
                        alActief.Add((wijk.Naam, abonnement.AfmeldCode));
                        continue;
                    }

                    if (abonnement is null)
                    {
                        abonnement = new NieuwsbriefAbonnement { Email = email, WijkId = wijk.Id, AfmeldCode = NieuwsbriefCode.Nieuw() };
                        db.NieuwsbriefAbonnementen.Add(abonnement);
                    }

                    abonnement.Status = AbonnementStatus.Onbevestigd;
                    abonnement.BevestigCodeHash = NieuwsbriefCode.BevestigHash(code, wijk.Id);
                    abonnement.AangevraagdUtc = nu;
                    abonnement.BevestigdUtc = null;
                    abonnement.AfgemeldUtc = null;
                    nieuw.Add(wijk.Naam);
                }

                var inhoud = nieuw.Count > 0 ? mails.Bevestigen(code, nieuw, alActief) : mails.AlAangemeld(alActief);
                db.Outbox.Add(OutboxBericht.Nieuw(NieuwsbriefRegels.SoortBevestigen, email, null, inhoud, nu));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    signaal.NieuweBerichten();
                    return Status.Ontvangen;
                }
                catch (DbUpdateException) when (poging < 3)
                {
                    // The same address asked twice at once and the other request made the row first: read it and decide again.
                    db.ChangeTracker.Clear();
                }
            }
        }
    }
}

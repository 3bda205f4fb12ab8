using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Cancels a sign-up with the secret from the personal link. A freed place goes to the wachtlijst in the
/// same transaction, so a new sign-up cannot slip in ahead of the people who were waiting (ADR 8).</summary>
public static class MeldAf
{
    public enum Status
    {
        Afgemeld,
        AlAfgemeld,
        NietGevonden,
        Voorbij,
    }

    public sealed class Handler(WijkDbContext db, TimeProvider clock, AanmeldMails mails, IOutboxSignaal signaal, PlaatsBeurten beurten)
    {
        public async Task<Status> HandleAsync(string? sleutel, CancellationToken cancellationToken)
        {
            if (!Sleutel.IsGeldig(sleutel))
            {
                return Status.NietGevonden;
            }

            var hash = Sleutel.Hash(sleutel!);
            var gevonden = await db.Aanmeldingen.AsNoTracking().Where(a => a.SleutelHash == hash)
                .Select(a => new { a.Id, a.ActiviteitId, a.StartUtc })
                .FirstOrDefaultAsync(cancellationToken);
            if (gevonden is null)
            {
                return Status.NietGevonden;
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            var start = DateTime.SpecifyKind(gevonden.StartUtc, DateTimeKind.Utc);
            if (nu >= start)
            {
                return Status.Voorbij;
            }

            var g = await Gelegenheid.ZoekAsync(db, gevonden.ActiviteitId, start, cancellationToken);
            await using var beurt = await beurten.WachtAsync(gevonden.ActiviteitId, start, cancellationToken);
            await Plaatsen.ZorgVoorRijAsync(db, gevonden.ActiviteitId, start, cancellationToken);
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var bezetting = await Plaatsen.VergrendelAsync(db, gevonden.ActiviteitId, start, cancellationToken);
            var aanmelding = await db.Aanmeldingen.SingleAsync(a => a.Id == gevonden.Id, cancellationToken);
            if (aanmelding.Status == AanmeldingStatus.Afgemeld)
            {
                return Status.AlAfgemeld;
            }

            if (aanmelding.Status == AanmeldingStatus.Bevestigd)
            {
                bezetting.Bevestigd -= aanmelding.Personen;
            }
            else
            {
                bezetting.Wachtend -= aanmelding.Personen;
            }

            aanmelding.Status = AanmeldingStatus.Afgemeld;
            aanmelding.AfgemeldUtc = nu;
            if (aanmelding.Email is not null && g is not null)
            {
                db.Outbox.Add(OutboxBericht.Nieuw("aanmelding.afgemeld", aanmelding.Email, aanmelding.Naam,
                    mails.Afgemeld(g, aanmelding.Naam ?? ""), nu));
            }

            foreach (var door in await Plaatsen.SchuifDoorAsync(db, bezetting, g?.Capaciteit, nu, cancellationToken))
            {
                if (door.Email is not null && g is not null)
                {
                    db.Outbox.Add(OutboxBericht.Nieuw("aanmelding.plaats", door.Email, door.Naam,
                        mails.PlaatsGekregen(g, door.Naam ?? "", door.Personen), nu));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            signaal.NieuweBerichten();
            return Status.Afgemeld;
        }
    }
}

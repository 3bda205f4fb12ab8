using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>The organiser writes to everyone signed up for one date, those with a place and those on the wachtlijst:
/// one mail each through the outbox. People without an e-mail address are not reached; the page lists them to call.</summary>
public static class BerichtAanDeelnemers
{
    public const string Actie = "bericht-deelnemers";
    public const int MaxOnderwerp = 120;
    public const int MaxBericht = 2000;

    /// <summary>Per organiser, per activity, per Dutch calendar day: enough for news and changes, too few to spam with.</summary>
    public const int MaxPerDag = 20;

    /// <param name="Formulier">A key the form got when it was shown; a second post with the same key (a double click,
    /// a reload) sends nothing.</param>
    public sealed record Command(int GebruikerId, string Slug, DateTime StartUtc, string Onderwerp, string Bericht, Guid? Formulier);

    public enum Status
    {
        Verstuurd,
        AlVerstuurd,
        GeenOntvangers,
        TeVaak,
        NietGevonden,
    }

    public sealed record Result(Status Status, int Aantal = 0);

    public sealed class Handler(WijkDbContext db, TimeProvider clock, AanmeldMails mails, IOutboxSignaal signaal)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var start = AgendaQueries.Utc(command.StartUtc);
            var zichtbaar = await OrganisatorToegang.ActiviteitenAsync(db, command.GebruikerId, cancellationToken);
            var activiteit = await zichtbaar.Where(a => a.Slug == command.Slug)
                .Select(a => new { Activiteit = a, Organisatie = a.Organisatie!.Naam })
                .SingleOrDefaultAsync(cancellationToken);
            if (activiteit is null || !await OrganisatorToegang.HeeftDatumAsync(db, activiteit.Activiteit.Id, start, cancellationToken)
                || await Gelegenheid.ZoekAsync(db, activiteit.Activiteit.Id, start, cancellationToken) is not { } g)
            {
                return new(Status.NietGevonden);
            }

            var wie = await OrganisatorToegang.BeheerderAsync(db, command.GebruikerId, cancellationToken);
            var onderwerp = Audit.Onderwerp(activiteit.Activiteit);
            var nu = clock.GetUtcNow().UtcDateTime;
            var beginVanDag = Herhaling.NaarUtc(DateOnly.FromDateTime(Tijd.Lokaal(nu)).ToDateTime(TimeOnly.MinValue));
            var sleutel = command.Formulier is Guid f ? $"formulier {f:N}" : null;

            // The date's place lock puts two posts of one form one after the other, so the second finds the first one's
            // log row and sends nothing; it also keeps the daily count exact.
            await Plaatsen.ZorgVoorRijAsync(db, g.ActiviteitId, start, cancellationToken);
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            await Plaatsen.VergrendelAsync(db, g.ActiviteitId, start, cancellationToken);
            var eerder = db.AuditLog.Where(r => r.Actie == Actie && r.Onderwerp == onderwerp && r.GebruikerId == command.GebruikerId);
            if (sleutel is not null && await eerder.AnyAsync(r => r.Details!.Contains(sleutel), cancellationToken))
            {
                return new(Status.AlVerstuurd);
            }

            if (await eerder.CountAsync(r => r.TijdUtc >= beginVanDag, cancellationToken) >= MaxPerDag)
            {
                return new(Status.TeVaak);
            }

            var ontvangers = await db.Aanmeldingen.AsNoTracking()
                .Where(a => a.ActiviteitId == g.ActiviteitId && a.StartUtc == start && a.Email != null
                    && (a.Status == AanmeldingStatus.Bevestigd || a.Status == AanmeldingStatus.Wachtlijst))
                .OrderBy(a => a.Id)
                .Select(a => new { a.Email, a.Naam, a.Status })
                .ToListAsync(cancellationToken);
            // One mail per address: a household signed up twice with one address reads it once.
            var perAdres = ontvangers.DistinctBy(a => a.Email).ToList();
            if (perAdres.Count == 0)
            {
                return new(Status.GeenOntvangers);
            }

            foreach (var o in perAdres)
            {
                var inhoud = mails.BerichtVanOrganisator(g, o.Naam ?? "deelnemer", o.Status == AanmeldingStatus.Wachtlijst, wie.Naam,
                    activiteit.Organisatie, command.Onderwerp.Trim(), command.Bericht.Trim());
                db.Outbox.Add(OutboxBericht.Nieuw("aanmelding.bericht", o.Email!, o.Naam, inhoud, nu));
            }

            // The count and the date, never the text or the addresses: the log is read by more people than the list.
            db.Schrijf(wie, Actie, onderwerp, string.Create(CultureInfo.InvariantCulture,
                $"datum {Tijd.Iso(start)}: {perAdres.Count} mails{(sleutel is null ? "" : $", {sleutel}")}"), nu);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            signaal.NieuweBerichten();
            return new(Status.Verstuurd, perAdres.Count);
        }
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>The organiser marks who came to one date and who did not, for the people with a place. A sign-up left
/// without a choice stays unmarked. Allowed to the same accounts as the list itself.</summary>
public static class MarkeerAanwezig
{
    public const string Actie = "aanwezigheid";

    public sealed record Command(int GebruikerId, string Slug, DateTime StartUtc, IReadOnlyDictionary<long, bool> Aanwezig);

    public enum Status
    {
        Opgeslagen,
        NietGevonden,
        NogNietBegonnen,
    }

    /// <summary>Who came is only known once the activity has begun.</summary>
    public static bool KanAl(DateTime startUtc, DateTime nuUtc) => nuUtc >= startUtc;

    public sealed class Handler(WijkDbContext db, TimeProvider clock)
    {
        public async Task<Status> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var start = AgendaQueries.Utc(command.StartUtc);
            var zichtbaar = await OrganisatorToegang.ActiviteitenAsync(db, command.GebruikerId, cancellationToken);
            var activiteit = await zichtbaar.SingleOrDefaultAsync(a => a.Slug == command.Slug, cancellationToken);
            if (activiteit is null || !await OrganisatorToegang.HeeftDatumAsync(db, activiteit.Id, start, cancellationToken))
            {
                return Status.NietGevonden;
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            if (!KanAl(start, nu))
            {
                return Status.NogNietBegonnen;
            }

            var aanmeldingen = await db.Aanmeldingen
                .Where(a => a.ActiviteitId == activiteit.Id && a.StartUtc == start && a.Status == AanmeldingStatus.Bevestigd)
                .ToListAsync(cancellationToken);
            foreach (var aanmelding in aanmeldingen)
            {
                if (command.Aanwezig.TryGetValue(aanmelding.Id, out var aanwezig))
                {
                    aanmelding.Aanwezig = aanwezig;
                }
            }

            var wie = await OrganisatorToegang.BeheerderAsync(db, command.GebruikerId, cancellationToken);
            // Counts only: the names are on the list, the log says who changed it and how it stands.
            var gekomen = aanmeldingen.Count(a => a.Aanwezig == true);
            var nietGekomen = aanmeldingen.Count(a => a.Aanwezig == false);
            var personen = aanmeldingen.Sum(a => a.Personen);
            var personenGekomen = aanmeldingen.Where(a => a.Aanwezig == true).Sum(a => a.Personen);
            var details = string.Create(CultureInfo.InvariantCulture,
                $"datum {Tijd.Iso(start)}: {gekomen} gekomen, {nietGekomen} niet gekomen, {aanmeldingen.Count - gekomen - nietGekomen} niet ingevuld ({personenGekomen} van {personen} personen gekomen)");
            db.Schrijf(wie, Actie, Audit.Onderwerp(activiteit), details, nu);
            await db.SaveChangesAsync(cancellationToken);
            return Status.Opgeslagen;
        }
    }
}

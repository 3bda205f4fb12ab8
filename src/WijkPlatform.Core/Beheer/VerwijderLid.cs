using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>Takes a member out of a collective. A collective always keeps at least one member, so someone can still
/// invite new members; beheer can always help.</summary>
public static class VerwijderLid
{
    public sealed record Command(int DoorGebruikerId, int OrganisatieId, int GebruikerId);

    public enum Status { Verwijderd, LaatsteLid, NietGevonden }

    public sealed class Handler(WijkDbContext db, LedenQueries leden)
    {
        public async Task<Status> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!await leden.MagBeherenAsync(command.DoorGebruikerId, command.OrganisatieId, cancellationToken))
            {
                return Status.NietGevonden;
            }

            // One statement checks and deletes, so two members removing each other at once cannot both succeed on SQLite;
            // on PostgreSQL that race is left open, as it needs two members pressing the button in the same instant.
            var verwijderd = await db.Lidmaatschappen
                .Where(l => l.OrganisatieId == command.OrganisatieId && l.GebruikerId == command.GebruikerId
                    && db.Lidmaatschappen.Count(a => a.OrganisatieId == command.OrganisatieId) > 1)
                .ExecuteDeleteAsync(cancellationToken);
            if (verwijderd > 0)
            {
                return Status.Verwijderd;
            }

            return await db.Lidmaatschappen.AnyAsync(l => l.OrganisatieId == command.OrganisatieId && l.GebruikerId == command.GebruikerId,
                cancellationToken)
                ? Status.LaatsteLid
                : Status.NietGevonden;
        }
    }
}

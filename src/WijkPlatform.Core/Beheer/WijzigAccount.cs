using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>Beheer changes the roles, wijken and collectives of an account. The form carries the account's
/// concurrency stamp as it was shown; when someone else saved the account in between, this save is refused rather
/// than silently undoing their change. A role change reaches the person's open sessions at the next stamp check
/// (within a minute); wijken and collectives are read from the database on every request and count at once.</summary>
public static class WijzigAccount
{
    public const string Actie = "account-gewijzigd";

    public sealed record Command(Beheerder Door, int GebruikerId, string? ConcurrencyStamp, AccountToegang Toegang);

    public enum Status { Gewijzigd, Ongewijzigd, NietGevonden, Gelijktijdig, Ongeldig, EigenBeheerRol, LaatsteBeheer }

    public sealed record Result(Status Status, IReadOnlyList<AccountToegang.Probleem>? Problemen = null);

    public static string Onderwerp(int gebruikerId) => $"account:{gebruikerId}";

    public sealed class Handler(WijkDbContext db, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var gebruiker = await db.Gebruikers
                .Include(g => g.Rollen).ThenInclude(r => r.Rol)
                .Include(g => g.Wijken)
                .Include(g => g.Lidmaatschappen)
                .AsSplitQuery()
                .SingleOrDefaultAsync(g => g.Id == command.GebruikerId, cancellationToken);
            if (gebruiker is null)
            {
                return new(Status.NietGevonden);
            }

            if (gebruiker.ConcurrencyStamp != command.ConcurrencyStamp)
            {
                return new(Status.Gelijktijdig);
            }

            var problemen = await command.Toegang.ControleerAsync(db, cancellationToken);
            if (problemen.Count > 0)
            {
                return new(Status.Ongeldig, problemen);
            }

            var was = new AccountToegang(gebruiker.Rollen.Select(r => r.Rol!.Naam).ToList(),
                gebruiker.Wijken.Select(w => w.WijkId).ToList(), gebruiker.Lidmaatschappen.Select(l => l.OrganisatieId).ToList());
            if (was.Rollen.Contains(Rollen.Beheer) && !command.Toegang.Rollen.Contains(Rollen.Beheer))
            {
                if (gebruiker.Id == command.Door.GebruikerId)
                {
                    return new(Status.EigenBeheerRol);
                }

                if (gebruiker.UitgeschakeldUtc is null && !await AccountQueries.ErIsAndereBeheerAsync(db, gebruiker.Id, cancellationToken))
                {
                    return new(Status.LaatsteBeheer);
                }
            }

            var voor = await was.BeschrijfAsync(db, cancellationToken);
            var na = await command.Toegang.BeschrijfAsync(db, cancellationToken);
            var verschil = voor.Verschil(na);
            if (verschil.Length == 0)
            {
                return new(Status.Ongewijzigd);
            }

            var rolIds = await db.Rollen.Where(r => command.Toegang.Rollen.Contains(r.Naam)).Select(r => r.Id).ToListAsync(cancellationToken);
            gebruiker.Rollen.RemoveAll(r => !rolIds.Contains(r.RolId));
            foreach (var id in rolIds.Where(id => gebruiker.Rollen.All(r => r.RolId != id)))
            {
                gebruiker.Rollen.Add(new GebruikerRol { GebruikerId = gebruiker.Id, RolId = id });
            }

            gebruiker.Wijken.RemoveAll(w => !command.Toegang.WijkIds.Contains(w.WijkId));
            foreach (var id in command.Toegang.WijkIds.Distinct().Where(id => gebruiker.Wijken.All(w => w.WijkId != id)))
            {
                gebruiker.Wijken.Add(new WijkBinding { GebruikerId = gebruiker.Id, WijkId = id });
            }

            gebruiker.Lidmaatschappen.RemoveAll(l => !command.Toegang.OrganisatieIds.Contains(l.OrganisatieId));
            foreach (var id in command.Toegang.OrganisatieIds.Distinct().Where(id => gebruiker.Lidmaatschappen.All(l => l.OrganisatieId != id)))
            {
                gebruiker.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = gebruiker.Id, OrganisatieId = id });
            }

            // The UPDATE of the stamp is checked against the stamp read above: a save in between makes it match no row.
            gebruiker.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            db.Schrijf(command.Door, Actie, Onderwerp(gebruiker.Id), verschil, clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A concurrency failure, or the same binding added by a save in between: either way someone else was first.
                db.ChangeTracker.Clear();
                return new(Status.Gelijktijdig);
            }

            return new(Status.Gewijzigd);
        }
    }
}

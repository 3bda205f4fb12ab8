using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>Beheer disables an account, or enables it again. Disabling keeps the account and its history but ends
/// everything it could do: a new security stamp ends open sessions at their next check (within a minute) and makes
/// every link sent earlier (invitation, new password) invalid; signing in is refused with the same message as a
/// wrong password.</summary>
public static class SchakelAccount
{
    public const string ActieUit = "account-uitgeschakeld";
    public const string ActieAan = "account-ingeschakeld";

    public sealed record Command(Beheerder Door, int GebruikerId, string? ConcurrencyStamp, bool Uitschakelen);

    public enum Status { Uitgeschakeld, Ingeschakeld, Ongewijzigd, NietGevonden, Gelijktijdig, Zelf, LaatsteBeheer }

    public sealed class Handler(WijkDbContext db, TimeProvider clock)
    {
        public async Task<Status> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var gebruiker = await db.Gebruikers.SingleOrDefaultAsync(g => g.Id == command.GebruikerId, cancellationToken);
            if (gebruiker is null)
            {
                return Status.NietGevonden;
            }

            if (gebruiker.ConcurrencyStamp != command.ConcurrencyStamp)
            {
                return Status.Gelijktijdig;
            }

            if (command.Uitschakelen == (gebruiker.UitgeschakeldUtc is not null))
            {
                return Status.Ongewijzigd;
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            var status = AccountQueries.Naam(gebruiker.WachtwoordHash is null ? AccountStatus.Uitgenodigd : AccountStatus.Actief).ToLowerInvariant();
            if (command.Uitschakelen)
            {
                if (gebruiker.Id == command.Door.GebruikerId)
                {
                    return Status.Zelf;
                }

                var isBeheer = await db.Set<GebruikerRol>().AnyAsync(r => r.GebruikerId == gebruiker.Id && r.Rol!.Naam == Rollen.Beheer, cancellationToken);
                if (isBeheer && !await AccountQueries.ErIsAndereBeheerAsync(db, gebruiker.Id, cancellationToken))
                {
                    return Status.LaatsteBeheer;
                }

                gebruiker.UitgeschakeldUtc = nu;
                gebruiker.BeveiligingsStempel = Guid.NewGuid().ToString("N");
                db.Schrijf(command.Door, ActieUit, WijzigAccount.Onderwerp(gebruiker.Id), $"status: {status} → uitgeschakeld", nu);
            }
            else
            {
                gebruiker.UitgeschakeldUtc = null;
                db.Schrijf(command.Door, ActieAan, WijzigAccount.Onderwerp(gebruiker.Id), $"status: uitgeschakeld → {status}", nu);
            }

            gebruiker.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Status.Gelijktijdig;
            }

            return command.Uitschakelen ? Status.Uitgeschakeld : Status.Ingeschakeld;
        }
    }
}

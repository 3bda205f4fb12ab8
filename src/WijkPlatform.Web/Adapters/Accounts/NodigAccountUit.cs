using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>Beheer makes an account for someone with their roles, wijken and collectives: the account has no password
/// yet, and the person gets the same invitation link a collective sends (<see cref="NodigUit"/>). The account, its
/// audit row and the mail commit together. An address that already has an account is refused, so nobody ends up with
/// two; beheer changes the existing one instead.</summary>
public static class NodigAccountUit
{
    public const string Actie = "account-uitgenodigd";
    public const string ActieOpnieuw = "account-opnieuw-uitgenodigd";

    public sealed record Command(Beheerder Door, string Naam, string Email, AccountToegang Toegang);

    public enum Status { Uitgenodigd, Bestaat, Ongeldig, Geweigerd }

    public sealed record Result(Status Status, int? GebruikerId = null, IReadOnlyList<AccountToegang.Probleem>? Problemen = null,
        IReadOnlyList<string>? Fouten = null);

    public enum OpnieuwStatus { Verstuurd, NietGevonden, HeeftWachtwoord, Uitgeschakeld }

    public sealed class Handler(
        WijkDbContext db,
        UserManager<Gebruiker> users,
        AccountMails mails,
        IOptions<SiteOptions> site,
        IOutboxSignaal signaal,
        TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var problemen = (await command.Toegang.ControleerAsync(db, cancellationToken)).ToList();
            if (command.Toegang.Rollen.Count == 0)
            {
                problemen.Add(AccountToegang.Probleem.GeenRol);
            }

            if (problemen.Count > 0)
            {
                return new(Status.Ongeldig, Problemen: problemen);
            }

            var email = command.Email.Trim();
            if (await BestaandAsync(email, cancellationToken) is int bestaand)
            {
                return new(Status.Bestaat, bestaand);
            }

            var rolIds = await db.Rollen.Where(r => command.Toegang.Rollen.Contains(r.Naam)).Select(r => r.Id).ToListAsync(cancellationToken);
            var gebruiker = new Gebruiker { Email = email, NormalizedEmail = users.NormalizeEmail(email)!, Naam = command.Naam.Trim() };
            gebruiker.Rollen.AddRange(rolIds.Select(id => new GebruikerRol { RolId = id }));
            gebruiker.Wijken.AddRange(command.Toegang.WijkIds.Distinct().Select(id => new WijkBinding { WijkId = id }));
            gebruiker.Lidmaatschappen.AddRange(command.Toegang.OrganisatieIds.Distinct().Select(id => new Lidmaatschap { OrganisatieId = id }));

            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            IdentityResult aangemaakt;
            try
            {
                aangemaakt = await users.CreateAsync(gebruiker);
            }
            catch (DbUpdateException)
            {
                // The same address invited twice at once (a double click): the other request made the account.
                await transactie.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await BestaandAsync(email, cancellationToken) is int id ? new(Status.Bestaat, id) : throw new InvalidOperationException(
                    "Account aanmaken mislukte en er is ook geen account met dit adres.");
            }

            if (!aangemaakt.Succeeded)
            {
                return new(Status.Geweigerd, Fouten: aangemaakt.Errors.Select(e => e.Description).ToList());
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            var beschrijving = await command.Toegang.BeschrijfAsync(db, cancellationToken);
            db.Schrijf(command.Door, Actie, WijzigAccount.Onderwerp(gebruiker.Id), $"{beschrijving}; status: uitgenodigd", nu);
            await MailAsync(gebruiker, command.Door, command.Toegang, beschrijving, nu);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            signaal.NieuweBerichten();
            return new(Status.Uitgenodigd, gebruiker.Id);
        }

        /// <summary>A new link for someone who has not chosen a password yet, for instance because the first mail got lost
        /// or the week ran out. The earlier link keeps working until a password is set.</summary>
        public async Task<OpnieuwStatus> OpnieuwAsync(Beheerder door, int gebruikerId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(door);
            var gebruiker = await db.Gebruikers.SingleOrDefaultAsync(g => g.Id == gebruikerId, cancellationToken);
            if (gebruiker is null)
            {
                return OpnieuwStatus.NietGevonden;
            }

            if (gebruiker.UitgeschakeldUtc is not null)
            {
                return OpnieuwStatus.Uitgeschakeld;
            }

            if (gebruiker.WachtwoordHash is not null)
            {
                return OpnieuwStatus.HeeftWachtwoord;
            }

            var toegang = new AccountToegang(
                await db.Set<GebruikerRol>().Where(r => r.GebruikerId == gebruikerId).Select(r => r.Rol!.Naam).ToListAsync(cancellationToken),
                await db.WijkBindingen.Where(w => w.GebruikerId == gebruikerId).Select(w => w.WijkId).ToListAsync(cancellationToken),
                await db.Lidmaatschappen.Where(l => l.GebruikerId == gebruikerId).Select(l => l.OrganisatieId).ToListAsync(cancellationToken));
            var nu = clock.GetUtcNow().UtcDateTime;
            db.Schrijf(door, ActieOpnieuw, WijzigAccount.Onderwerp(gebruikerId), "nieuwe uitnodigingsmail", nu);
            await MailAsync(gebruiker, door, toegang, await toegang.BeschrijfAsync(db, cancellationToken), nu);
            await db.SaveChangesAsync(cancellationToken);
            signaal.NieuweBerichten();
            return OpnieuwStatus.Verstuurd;
        }

        private async Task<int?> BestaandAsync(string email, CancellationToken cancellationToken)
        {
            var normaal = users.NormalizeEmail(email);
            return await db.Gebruikers.Where(g => g.NormalizedEmail == normaal).Select(g => (int?)g.Id).SingleOrDefaultAsync(cancellationToken);
        }

        private async Task MailAsync(Gebruiker gebruiker, Beheerder door, AccountToegang toegang, AccountToegang.Beschrijving beschrijving, DateTime nu)
        {
            var link = await NodigUit.UitnodigingsLinkAsync(users, site.Value, gebruiker);
            var inhoud = mails.AccountUitnodiging(gebruiker.Naam, door.Naam, Werk(toegang, beschrijving),
                toegang.Rollen.Any(Rollen.Medewerkers.Contains), link, LinkTokenAanbieder.Uitnodiging.Geldig);
            db.Outbox.Add(OutboxBericht.Nieuw(NodigUit.SoortUitnodiging, gebruiker.Email, gebruiker.Naam, inhoud, nu));
        }

        /// <summary>"wijkteam van Ruwaard en redactie": the roles as a person says them.</summary>
        private static string Werk(AccountToegang toegang, AccountToegang.Beschrijving beschrijving)
        {
            var delen = new List<string>();
            if (toegang.Rollen.Contains(Rollen.Collectief))
            {
                delen.Add($"lid van {beschrijving.Collectieven}");
            }

            if (toegang.Rollen.Contains(Rollen.Wijkteam))
            {
                delen.Add($"wijkteam van {beschrijving.Wijken}");
            }

            if (toegang.Rollen.Contains(Rollen.Redactie))
            {
                delen.Add("redactie");
            }

            if (toegang.Rollen.Contains(Rollen.Beheer))
            {
                delen.Add("beheer");
            }

            return delen.Count <= 1 ? string.Concat(delen) : $"{string.Join(", ", delen[..^1])} en {delen[^1]}";
        }
    }
}

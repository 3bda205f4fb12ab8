using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>A member (or beheer) adds someone to a collective by e-mail. A new address gets an account without a
/// password and a mail with a link to choose one; an existing account becomes a member at once and gets a note. The
/// account, the membership and the mail are committed together or not at all.</summary>
public static class NodigUit
{
    public const string SoortUitnodiging = "account.uitnodiging";
    public const string SoortNieuwLid = "account.lid";

    public sealed record Command(int DoorGebruikerId, int OrganisatieId, string Naam, string Email);

    public enum Status { Uitgenodigd, LidGemaakt, AlLid, NietGevonden, Geweigerd }

    public sealed record Result(Status Status, string? Collectief = null, IReadOnlyList<string>? Fouten = null);

    public sealed class Handler(
        WijkDbContext db,
        UserManager<Gebruiker> users,
        LedenQueries leden,
        AccountMails mails,
        IOptions<SiteOptions> site,
        IOutboxSignaal signaal,
        TimeProvider clock,
        ILogger<Handler> logger)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!await leden.MagBeherenAsync(command.DoorGebruikerId, command.OrganisatieId, cancellationToken))
            {
                return new(Status.NietGevonden);
            }

            var collectief = await db.Organisaties.Where(o => o.Id == command.OrganisatieId).Select(o => o.Naam).SingleAsync(cancellationToken);
            var door = await db.Gebruikers.Where(g => g.Id == command.DoorGebruikerId).Select(g => g.Naam).SingleAsync(cancellationToken);
            var email = command.Email.Trim();

            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var gebruiker = await users.FindByEmailAsync(email);
            if (gebruiker is null)
            {
                gebruiker = new Gebruiker { Email = email, NormalizedEmail = users.NormalizeEmail(email)!, Naam = command.Naam.Trim() };
                var aangemaakt = await users.CreateAsync(gebruiker);
                if (!aangemaakt.Succeeded)
                {
                    return new(Status.Geweigerd, collectief, aangemaakt.Errors.Select(e => e.Description).ToList());
                }
            }
            else if (await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == gebruiker.Id && l.OrganisatieId == command.OrganisatieId, cancellationToken))
            {
                return new(Status.AlLid, collectief);
            }

            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = gebruiker.Id, OrganisatieId = command.OrganisatieId });
            var rolId = await db.Rollen.Where(r => r.Naam == Rollen.Collectief).Select(r => r.Id).SingleAsync(cancellationToken);
            if (!await db.Set<GebruikerRol>().AnyAsync(r => r.GebruikerId == gebruiker.Id && r.RolId == rolId, cancellationToken))
            {
                db.Set<GebruikerRol>().Add(new GebruikerRol { GebruikerId = gebruiker.Id, RolId = rolId });
            }

            var doorNaam = string.IsNullOrWhiteSpace(door) ? $"Iemand van {collectief}" : door;
            // Without a password the person cannot sign in yet, also when the account is older: they get the link again.
            var uitnodigen = gebruiker.WachtwoordHash is null;
            var inhoud = uitnodigen
                ? mails.Uitnodiging(gebruiker.Naam, collectief, doorNaam, await LinkAsync(gebruiker), LinkTokenAanbieder.Uitnodiging.Geldig)
                : mails.NieuwLid(gebruiker.Naam, collectief, doorNaam);
            db.Outbox.Add(OutboxBericht.Nieuw(uitnodigen ? SoortUitnodiging : SoortNieuwLid, gebruiker.Email, gebruiker.Naam, inhoud,
                clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transactie.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same invitation sent twice at once (a double click): the other one made the member.
                await transactie.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                var normaal = users.NormalizeEmail(email);
                if (await db.Lidmaatschappen.AnyAsync(l => l.OrganisatieId == command.OrganisatieId
                    && db.Gebruikers.Any(g => g.Id == l.GebruikerId && g.NormalizedEmail == normaal), cancellationToken))
                {
                    return new(Status.AlLid, collectief);
                }

                throw;
            }

            signaal.NieuweBerichten();
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Account {GebruikerId} is lid gemaakt van organisatie {OrganisatieId} door {DoorId}",
                    gebruiker.Id, command.OrganisatieId, command.DoorGebruikerId);
            }
            return new(uitnodigen ? Status.Uitgenodigd : Status.LidGemaakt, collectief);
        }

        private Task<string> LinkAsync(Gebruiker gebruiker) => UitnodigingsLinkAsync(users, site.Value, gebruiker);
    }

    /// <summary>The link to /uitnodiging that lets an account without a password choose one; shared with beheer's
    /// invitation (<see cref="NodigAccountUit"/>), so both send the same kind of link.</summary>
    internal static async Task<string> UitnodigingsLinkAsync(UserManager<Gebruiker> users, SiteOptions site, Gebruiker gebruiker)
    {
        var token = await users.GenerateUserTokenAsync(gebruiker, LinkTokenAanbieder.Uitnodiging.Naam, LinkTokenAanbieder.Uitnodiging.Doel);
        return site.Link(string.Create(CultureInfo.InvariantCulture, $"/uitnodiging?gebruiker={gebruiker.Id}&code={token}"));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>"Wachtwoord vergeten?": a mail with a link to choose a new password, only when the address has an account.
/// The caller answers the same either way, so the form does not tell who has an account. Each account gets at most a
/// few of these mails an hour, so nobody can flood someone's mailbox with them.</summary>
public static class VraagHerstelAan
{
    public const string Soort = "account.herstel";

    public sealed class Handler(
        WijkDbContext db,
        UserManager<Gebruiker> users,
        AccountMails mails,
        IOptions<SiteOptions> site,
        IOptions<AccountOptions> options,
        IOutboxSignaal signaal,
        TimeProvider clock,
        ILogger<Handler> logger)
    {
        public async Task HandleAsync(string email, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(email);
            var gebruiker = await users.FindByEmailAsync(email.Trim());
            // A disabled account cannot sign in, so a new password would only invite a second try.
            if (gebruiker is null || gebruiker.UitgeschakeldUtc is not null)
            {
                return;
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            var sindsUur = nu.AddHours(-1);
            var recent = await db.Outbox.CountAsync(m => m.Aan == gebruiker.Email && m.Soort == Soort && m.AangemaaktUtc > sindsUur, cancellationToken);
            if (recent >= options.Value.HerstelMailsPerUur)
            {
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    logger.LogWarning("Geen herstelmail voor account {GebruikerId}: al {Aantal} in het afgelopen uur", gebruiker.Id, recent);
                }

                return;
            }

            var token = await users.GeneratePasswordResetTokenAsync(gebruiker);
            var link = site.Value.Link(string.Create(CultureInfo.InvariantCulture, $"/wachtwoord-herstellen?gebruiker={gebruiker.Id}&code={token}"));
            db.Outbox.Add(OutboxBericht.Nieuw(Soort, gebruiker.Email, gebruiker.Naam,
                mails.WachtwoordHerstellen(gebruiker.Naam, link, LinkTokenAanbieder.Herstel.Geldig), nu));
            await db.SaveChangesAsync(cancellationToken);
            signaal.NieuweBerichten();
        }
    }
}

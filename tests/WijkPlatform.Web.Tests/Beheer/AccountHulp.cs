using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Adapters.Mail;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed record TestAccount(int Id, string Email, string Wachtwoord, string? Sleutel, IReadOnlyList<string> Herstelcodes);

/// <summary>What account tests share: an account of their own (so tests in one class do not share lockouts or codes),
/// the mails it got as they land in the pickup folder, and the link inside.</summary>
internal static partial class AccountHulp
{
    public const string Wachtwoord = "Paarse olifant danst op de dijk";

    public static async Task<TestAccount> MaakAccountAsync(WijkApp app, string? rol = null, string? collectief = null, bool tweeStaps = false,
        string wachtwoord = Wachtwoord)
    {
        var email = $"account-{Guid.NewGuid():N}@example.nl";
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        var gebruiker = new Gebruiker { Email = email, NormalizedEmail = users.NormalizeEmail(email)!, EmailBevestigd = true, Naam = "Toos Testpersoon" };
        if (collectief is not null)
        {
            var organisatie = await db.Organisaties.SingleAsync(o => o.Slug == collectief, TestContext.Current.CancellationToken);
            gebruiker.Lidmaatschappen.Add(new Lidmaatschap { OrganisatieId = organisatie.Id });
        }

        Controleer(await users.CreateAsync(gebruiker, wachtwoord));
        if (rol is not null)
        {
            Controleer(await users.AddToRoleAsync(gebruiker, rol));
        }

        if (!tweeStaps)
        {
            return new(gebruiker.Id, email, wachtwoord, null, []);
        }

        Controleer(await users.ResetAuthenticatorKeyAsync(gebruiker));
        Controleer(await users.SetTwoFactorEnabledAsync(gebruiker, true));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, 10);
        return new(gebruiker.Id, email, wachtwoord, await users.GetAuthenticatorKeyAsync(gebruiker), [.. codes!]);
    }

    public static Task<List<OutboxBericht>> MailsAsync(WijkApp app, string aan, string soort) => app.MetDbAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Aan == aan && m.Soort == soort).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The newest mail of this kind to this address, as the sender wrote it to the pickup folder.</summary>
    public static async Task<MimeMessage> MailAsync(WijkApp app, string aan, string soort)
    {
        var bericht = (await MailsAsync(app, aan, soort)).Last();
        await using (var scope = app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxVerwerker>().VerwerkAsync(TestContext.Current.CancellationToken);
        }

        // The signal after the commit may have started a sender already; it can be writing this very file.
        var pad = Path.Combine(app.MailMap, PickupVerzender.BestandsNaam(bericht.MessageId));
        for (var i = 0; i < 100 && !File.Exists(pad); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return await MimeMessage.LoadAsync(pad, TestContext.Current.CancellationToken);
    }

    /// <summary>The site-relative link in a mail's text that starts with <paramref name="pad"/>.</summary>
    public static string Link(MimeMessage mail, string pad)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var gevonden = LinkInTekst().Matches(mail.TextBody ?? "").Select(m => m.Groups[1].Value).FirstOrDefault(l => l.StartsWith(pad, StringComparison.Ordinal));
        return gevonden ?? throw new InvalidOperationException($"Geen link naar {pad} in de mail:\n{mail.TextBody}");
    }

    public static Task<Gebruiker> GebruikerAsync(WijkApp app, string email) => app.MetDbAsync(db =>
        db.Gebruikers.AsNoTracking().Include(g => g.Lidmaatschappen).SingleAsync(g => g.Email == email));

    private static void Controleer(IdentityResult resultaat) =>
        Assert.True(resultaat.Succeeded, string.Join("; ", resultaat.Errors.Select(e => e.Description)));

    [GeneratedRegex(@"https?://[^/\s]+(/\S*)")]
    private static partial Regex LinkInTekst();
}

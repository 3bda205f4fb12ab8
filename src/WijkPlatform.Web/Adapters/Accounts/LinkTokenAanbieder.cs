using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>The secret in a link from an account mail (a new password, an invitation). Like Identity's
/// DataProtectorTokenProvider it is encrypted and bound to the account's security stamp, so a link stops working once
/// the password is set; unlike it, the lifetime is counted on the site's <see cref="TimeProvider"/>, and the token is
/// URL-safe as it is.</summary>
internal abstract class LinkTokenAanbieder : IUserTwoFactorTokenProvider<Gebruiker>
{
    private readonly IDataProtector protector;
    private readonly TimeProvider clock;
    private readonly TimeSpan geldig;

    protected LinkTokenAanbieder(IDataProtectionProvider dataProtection, TimeProvider clock, string naam, TimeSpan geldig)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        // Each kind of link has its own key purpose, so a reset link can never pass as an invitation or the reverse.
        protector = dataProtection.CreateProtector("WijkPlatform.Accounts.Link", naam);
        (this.clock, this.geldig) = (clock, geldig);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Gebruiker> manager, Gebruiker user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<Gebruiker> manager, Gebruiker user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var inhoud = new MemoryStream();
        using (var schrijver = new BinaryWriter(inhoud, Encoding.UTF8, leaveOpen: true))
        {
            schrijver.Write(clock.GetUtcNow().Add(geldig).UtcTicks);
            schrijver.Write(await manager.GetUserIdAsync(user));
            schrijver.Write(purpose);
            schrijver.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return WebEncoders.Base64UrlEncode(protector.Protect(inhoud.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Gebruiker> manager, Gebruiker user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        byte[] inhoud;
        try
        {
            inhoud = protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? ""));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        using var lezer = new BinaryReader(new MemoryStream(inhoud), Encoding.UTF8);
        try
        {
            var verlooptUtc = new DateTimeOffset(lezer.ReadInt64(), TimeSpan.Zero);
            var gebruikerId = lezer.ReadString();
            var doel = lezer.ReadString();
            var stempel = lezer.ReadString();
            return lezer.PeekChar() == -1
                && verlooptUtc > clock.GetUtcNow()
                && gebruikerId == await manager.GetUserIdAsync(user)
                && doel == purpose
                && stempel == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    /// <summary>A link to choose a new password: short-lived, as whoever reads the mailbox can take over the account.</summary>
    public sealed class Herstel(IDataProtectionProvider dataProtection, TimeProvider clock)
        : LinkTokenAanbieder(dataProtection, clock, Naam, Geldig)
    {
        public const string Naam = "WijkHerstel";

        public static readonly TimeSpan Geldig = TimeSpan.FromHours(2);
    }

    /// <summary>A link to accept an invitation to a collective and choose a first password.</summary>
    public sealed class Uitnodiging(IDataProtectionProvider dataProtection, TimeProvider clock)
        : LinkTokenAanbieder(dataProtection, clock, Naam, Geldig)
    {
        public const string Naam = "WijkUitnodiging";
        public const string Doel = "Uitnodiging";

        public static readonly TimeSpan Geldig = TimeSpan.FromDays(7);
    }
}

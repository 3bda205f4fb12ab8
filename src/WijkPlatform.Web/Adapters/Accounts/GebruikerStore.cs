using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>ASP.NET Core Identity's view of <see cref="Gebruiker"/>: Core keeps its own account type (ADR 5), and this
/// store is the only place that knows both. Changes are saved by <see cref="UpdateAsync"/> and <see cref="CreateAsync"/>,
/// as Identity expects.</summary>
internal sealed class GebruikerStore(WijkDbContext db, IdentityErrorDescriber fouten, TimeProvider clock) :
    IUserPasswordStore<Gebruiker>,
    IUserEmailStore<Gebruiker>,
    IUserSecurityStampStore<Gebruiker>,
    IUserLockoutStore<Gebruiker>,
    IUserRoleStore<Gebruiker>,
    IUserTwoFactorStore<Gebruiker>,
    IUserAuthenticationTokenStore<Gebruiker>,
    IUserAuthenticatorKeyStore<Gebruiker>,
    IUserTwoFactorRecoveryCodeStore<Gebruiker>,
    IUserPhoneNumberStore<Gebruiker>
{
    private const string InterneAanbieder = "[WijkPlatform]";
    private const string AuthenticatorSleutel = "AuthenticatorKey";
    private const string HerstelCodes = "RecoveryCodes";

    public void Dispose()
    {
    }

    public Task<string> GetUserIdAsync(Gebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult(user.Id.ToString(CultureInfo.InvariantCulture));

    public Task<string?> GetUserNameAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task SetUserNameAsync(Gebruiker user, string? userName, CancellationToken cancellationToken)
    {
        user.Email = userName ?? user.Email;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(Gebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedUserNameAsync(Gebruiker user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedName ?? user.NormalizedEmail;
        return Task.CompletedTask;
    }

    public async Task<IdentityResult> CreateAsync(Gebruiker user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Here rather than in each caller: every way an account is made (an invitation, beheer, the demo accounts) passes.
        user.AangemaaktUtc ??= clock.GetUtcNow().UtcDateTime;
        db.Gebruikers.Add(user);
        return await OpslaanAsync(cancellationToken);
    }

    public async Task<IdentityResult> UpdateAsync(Gebruiker user, CancellationToken cancellationToken)
    {
        if (db.Entry(user).State == EntityState.Detached)
        {
            db.Gebruikers.Attach(user).State = EntityState.Modified;
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        return await OpslaanAsync(cancellationToken);
    }

    public async Task<IdentityResult> DeleteAsync(Gebruiker user, CancellationToken cancellationToken)
    {
        db.Gebruikers.Remove(user);
        return await OpslaanAsync(cancellationToken);
    }

    public Task<Gebruiker?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? db.Gebruikers.Include(g => g.Tokens).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
            : Task.FromResult<Gebruiker?>(null);

    public Task<Gebruiker?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByEmailAsync(normalizedUserName, cancellationToken);

    public Task<Gebruiker?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Gebruikers.Include(g => g.Tokens).SingleOrDefaultAsync(g => g.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task SetPasswordHashAsync(Gebruiker user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.WachtwoordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.WachtwoordHash);

    public Task<bool> HasPasswordAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.WachtwoordHash is not null);

    public Task SetEmailAsync(Gebruiker user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email ?? user.Email;
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task<bool> GetEmailConfirmedAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.EmailBevestigd);

    public Task SetEmailConfirmedAsync(Gebruiker user, bool confirmed, CancellationToken cancellationToken)
    {
        user.EmailBevestigd = confirmed;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedEmailAsync(Gebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(Gebruiker user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail ?? user.NormalizedEmail;
        return Task.CompletedTask;
    }

    public Task SetSecurityStampAsync(Gebruiker user, string stamp, CancellationToken cancellationToken)
    {
        user.BeveiligingsStempel = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(Gebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.BeveiligingsStempel);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(Gebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult(user.GeblokkeerdTot);

    public Task SetLockoutEndDateAsync(Gebruiker user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.GeblokkeerdTot = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(Gebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult(++user.MisluktePogingen);

    public Task ResetAccessFailedCountAsync(Gebruiker user, CancellationToken cancellationToken)
    {
        user.MisluktePogingen = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.MisluktePogingen);

    public Task<bool> GetLockoutEnabledAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.BlokkerenMogelijk);

    public Task SetLockoutEnabledAsync(Gebruiker user, bool enabled, CancellationToken cancellationToken)
    {
        user.BlokkerenMogelijk = enabled;
        return Task.CompletedTask;
    }

    public async Task AddToRoleAsync(Gebruiker user, string roleName, CancellationToken cancellationToken)
    {
        var rol = await db.Rollen.SingleOrDefaultAsync(r => r.NormalizedNaam == roleName, cancellationToken)
            ?? throw new InvalidOperationException($"De rol '{roleName}' bestaat niet.");
        user.Rollen.Add(new GebruikerRol { GebruikerId = user.Id, RolId = rol.Id });
    }

    public async Task RemoveFromRoleAsync(Gebruiker user, string roleName, CancellationToken cancellationToken)
    {
        var koppelingen = await db.Set<GebruikerRol>()
            .Where(r => r.GebruikerId == user.Id && r.Rol!.NormalizedNaam == roleName)
            .ToListAsync(cancellationToken);
        db.RemoveRange(koppelingen);
    }

    public async Task<IList<string>> GetRolesAsync(Gebruiker user, CancellationToken cancellationToken) =>
        await db.Set<GebruikerRol>().Where(r => r.GebruikerId == user.Id).Select(r => r.Rol!.Naam).ToListAsync(cancellationToken);

    public Task<bool> IsInRoleAsync(Gebruiker user, string roleName, CancellationToken cancellationToken) =>
        db.Set<GebruikerRol>().AnyAsync(r => r.GebruikerId == user.Id && r.Rol!.NormalizedNaam == roleName, cancellationToken);

    public async Task<IList<Gebruiker>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        await db.Gebruikers.Where(g => g.Rollen.Any(r => r.Rol!.NormalizedNaam == roleName)).ToListAsync(cancellationToken);

    public Task SetTwoFactorEnabledAsync(Gebruiker user, bool enabled, CancellationToken cancellationToken)
    {
        user.TweeStapsAan = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.TweeStapsAan);

    public Task SetTokenAsync(Gebruiker user, string loginProvider, string name, string? value, CancellationToken cancellationToken)
    {
        var token = user.Tokens.SingleOrDefault(t => t.Aanbieder == loginProvider && t.Naam == name);
        if (token is null)
        {
            user.Tokens.Add(new GebruikerToken { GebruikerId = user.Id, Aanbieder = loginProvider, Naam = name, Waarde = value });
        }
        else
        {
            token.Waarde = value;
        }

        return Task.CompletedTask;
    }

    public Task RemoveTokenAsync(Gebruiker user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        user.Tokens.RemoveAll(t => t.Aanbieder == loginProvider && t.Naam == name);
        return Task.CompletedTask;
    }

    public Task<string?> GetTokenAsync(Gebruiker user, string loginProvider, string name, CancellationToken cancellationToken) =>
        Task.FromResult(user.Tokens.SingleOrDefault(t => t.Aanbieder == loginProvider && t.Naam == name)?.Waarde);

    public Task SetAuthenticatorKeyAsync(Gebruiker user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InterneAanbieder, AuthenticatorSleutel, key, cancellationToken);

    public Task<string?> GetAuthenticatorKeyAsync(Gebruiker user, CancellationToken cancellationToken) =>
        GetTokenAsync(user, InterneAanbieder, AuthenticatorSleutel, cancellationToken);

    public Task ReplaceCodesAsync(Gebruiker user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InterneAanbieder, HerstelCodes, string.Join(';', recoveryCodes), cancellationToken);

    public async Task<bool> RedeemCodeAsync(Gebruiker user, string code, CancellationToken cancellationToken)
    {
        var codes = (await GetTokenAsync(user, InterneAanbieder, HerstelCodes, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (!codes.Contains(code, StringComparer.Ordinal))
        {
            return false;
        }

        await ReplaceCodesAsync(user, codes.Where(c => c != code), cancellationToken);
        return true;
    }

    public async Task<int> CountCodesAsync(Gebruiker user, CancellationToken cancellationToken) =>
        (await GetTokenAsync(user, InterneAanbieder, HerstelCodes, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    public Task SetPhoneNumberAsync(Gebruiker user, string? phoneNumber, CancellationToken cancellationToken)
    {
        user.Telefoon = phoneNumber;
        return Task.CompletedTask;
    }

    public Task<string?> GetPhoneNumberAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.Telefoon);

    public Task<bool> GetPhoneNumberConfirmedAsync(Gebruiker user, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task SetPhoneNumberConfirmedAsync(Gebruiker user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IdentityResult> OpslaanAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return IdentityResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(fouten.ConcurrencyFailure());
        }
    }
}

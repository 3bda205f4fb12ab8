using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Adapters.Accounts;

internal sealed class RolStore(WijkDbContext db) : IRoleStore<Rol>
{
    public void Dispose()
    {
    }

    public async Task<IdentityResult> CreateAsync(Rol role, CancellationToken cancellationToken)
    {
        db.Rollen.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(Rol role, CancellationToken cancellationToken)
    {
        role.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(Rol role, CancellationToken cancellationToken)
    {
        db.Rollen.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<string> GetRoleIdAsync(Rol role, CancellationToken cancellationToken) =>
        Task.FromResult(role.Id.ToString(CultureInfo.InvariantCulture));

    public Task<string?> GetRoleNameAsync(Rol role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.Naam);

    public Task SetRoleNameAsync(Rol role, string? roleName, CancellationToken cancellationToken)
    {
        role.Naam = roleName ?? role.Naam;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedRoleNameAsync(Rol role, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(role.NormalizedNaam);

    public Task SetNormalizedRoleNameAsync(Rol role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedNaam = normalizedName ?? role.NormalizedNaam;
        return Task.CompletedTask;
    }

    public Task<Rol?> FindByIdAsync(string roleId, CancellationToken cancellationToken) =>
        int.TryParse(roleId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? db.Rollen.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : Task.FromResult<Rol?>(null);

    public Task<Rol?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        db.Rollen.SingleOrDefaultAsync(r => r.NormalizedNaam == normalizedRoleName, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WijkPlatform.Core.Data;

/// <summary>Stamps <see cref="IGewijzigd.GewijzigdUtc"/> on every added or changed item, so no write path can forget it.</summary>
public sealed class GewijzigdInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stempel(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stempel(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stempel(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<IGewijzigd>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.GewijzigdUtc = nu;
            }
        }
    }
}

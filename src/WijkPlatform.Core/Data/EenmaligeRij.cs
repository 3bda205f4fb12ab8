using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace WijkPlatform.Core.Data;

/// <summary>Creates a row that several requests or servers may try to create at the same moment (a counter, a job's
/// position), tolerating the loser's duplicate key. Call it before a transaction, not inside one: on PostgreSQL a
/// failed insert aborts the whole transaction.</summary>
public static class EenmaligeRij
{
    public static async Task ZorgVoorAsync<T>(WijkDbContext db, Expression<Func<T, bool>> bestaat, Func<T> nieuw,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(nieuw);
        if (await db.Set<T>().AnyAsync(bestaat, cancellationToken))
        {
            return;
        }

        db.Set<T>().Add(nieuw());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Someone else created it at the same moment: that is all we wanted. Any other failure stays one.
            if (!await db.Set<T>().AnyAsync(bestaat, cancellationToken))
            {
                throw;
            }
        }

        db.ChangeTracker.Clear();
    }
}

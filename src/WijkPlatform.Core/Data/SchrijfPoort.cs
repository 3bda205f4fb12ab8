using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Data;

/// <summary>Runs short write transactions (a sign-up, a mail's status) so that a rush of them stays fast without giving
/// up durability (ADR 23).
/// <para>SQLite has one writer and makes every commit wait for the disk. One writer here takes what is waiting, runs
/// the pieces of work on one context in one transaction, saves once and commits once: a group commit. When a piece or
/// the save fails, the bundle is rolled back and run again with each piece in a savepoint, so a piece that fails fails
/// alone; when the commit fails, every piece in it fails, so nothing is acknowledged that was not stored. Without this,
/// writers from several requests poll the file lock and sleep between tries, which cost far more than the writes
/// themselves.</para>
/// <para>PostgreSQL locks rows and groups commits itself: there the work runs at once, in its own transaction on the
/// caller's context.</para></summary>
public sealed class SchrijfPoort : IAsyncDisposable, IDisposable
{
    /// <summary>At most this many pieces share a commit, so one commit never waits long for the rest.</summary>
    private const int PerCommit = 64;

    private readonly bool gebundeld;
    private readonly IServiceScopeFactory? scopes;
    private readonly Channel<Opdracht> wachtrij = Channel.CreateUnbounded<Opdracht>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> schrijver;

    // The writer's own context and connection, kept open for its lifetime: statements it prepared stay prepared
    // (SqliteAanmeldOpslag), and a bundle does not first lease a context and open a connection.
    private AsyncServiceScope? eigen;
    private WijkDbContext? eigenDb;

    public SchrijfPoort(bool sqlite, IServiceScopeFactory? scopes)
    {
        gebundeld = sqlite && scopes is not null;
        this.scopes = scopes;
        schrijver = new Lazy<Task>(() => Task.Run(SchrijfAsync));
    }

    /// <summary>True when the work runs on the writer's own context in a shared transaction (SQLite): it must not start
    /// a transaction itself, what it reads before it was queued may have changed, and what earlier work in the same
    /// bundle added may still be on the context only, not yet in the database.</summary>
    public bool Gebundeld => gebundeld;

    /// <summary>Runs <paramref name="werk"/> in a transaction, saves what it added or changed on the context, and returns
    /// once that transaction is committed. The work must not call this method itself: on SQLite it would wait for the
    /// writer that runs it. On SQLite the work may run twice (when its bundle is run again piece by piece), so it must
    /// change nothing outside the context it is given.</summary>
    public async Task<T> SchrijfAsync<T>(WijkDbContext db, Func<WijkDbContext, CancellationToken, Task<T>> werk,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(werk);
        if (!gebundeld)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var resultaat = await werk(db, cancellationToken);
            await BewaarAsync(db, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            return resultaat;
        }

        var opdracht = new Opdracht<T>(werk, cancellationToken);
        _ = schrijver.Value;
        ObjectDisposedException.ThrowIf(!wachtrij.Writer.TryWrite(opdracht), this);

        return await opdracht.Klaar.WaitAsync(cancellationToken);
    }

    /// <summary>Takes no new work; what is queued is still written.</summary>
    public void Dispose() => wachtrij.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        wachtrij.Writer.TryComplete();
        if (schrijver.IsValueCreated)
        {
            await schrijver.Value;
        }
    }

    private async Task SchrijfAsync()
    {
        var bundel = new List<Opdracht>(PerCommit);
        while (await wachtrij.Reader.WaitToReadAsync())
        {
            while (bundel.Count < PerCommit && wachtrij.Reader.TryRead(out var opdracht))
            {
                bundel.Add(opdracht);
            }

            try
            {
                await CommitAsync(bundel);
            }
            catch (Exception e)
            {
                // The writer itself must keep going: whoever waited on this bundle hears why it failed.
                foreach (var opdracht in bundel)
                {
                    opdracht.Mislukt(e);
                }
            }

            bundel.Clear();
        }

        if (eigen is { } scope)
        {
            try
            {
                await scope.DisposeAsync();
            }
            catch (ObjectDisposedException)
            {
                // The services went first while the host stopped; the connection goes with them.
            }
        }
    }

    private async Task CommitAsync(List<Opdracht> bundel)
    {
        var open = new List<Opdracht>(bundel.Count);
        foreach (var opdracht in bundel)
        {
            if (opdracht.Afgebroken)
            {
                opdracht.Mislukt(new OperationCanceledException(opdracht.CancellationToken));
            }
            else
            {
                open.Add(opdracht);
            }
        }

        if (open.Count == 0 || (open.Count > 1 && await SamenAsync(open)))
        {
            return;
        }

        await EenVoorEenAsync(open);
    }

    /// <summary>The usual case: every piece on one context, one after the other, saved once. A piece sees what the
    /// pieces before it added (on the context, not yet in the database), so it must look there too. When any piece or
    /// the save fails, nothing of the bundle is kept and <see cref="EenVoorEenAsync"/> runs it again piece by piece.
    /// Returns false in that case.</summary>
    private async Task<bool> SamenAsync(List<Opdracht> bundel)
    {
        var db = await SchrijverAsync();
        await using var transactie = await db.Database.BeginTransactionAsync(CancellationToken.None);
        try
        {
            foreach (var opdracht in bundel)
            {
                await opdracht.UitvoerenAsync(db);
            }

            await BewaarAsync(db, CancellationToken.None);
        }
        catch (Exception)
        {
            await transactie.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }

        db.ChangeTracker.Clear();
        await CommitOfMeldAsync(transactie, bundel);
        return true;
    }

    /// <summary>Each piece in a savepoint of the shared transaction, so a piece that fails is rolled back and fails
    /// alone.</summary>
    private async Task EenVoorEenAsync(List<Opdracht> bundel)
    {
        var db = await SchrijverAsync();
        await using var transactie = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var gelukt = new List<Opdracht>(bundel.Count);
        foreach (var opdracht in bundel)
        {
            if (opdracht.Afgebroken)
            {
                opdracht.Mislukt(new OperationCanceledException(opdracht.CancellationToken));
                continue;
            }

            await transactie.CreateSavepointAsync("opdracht", CancellationToken.None);
            try
            {
                await opdracht.UitvoerenAsync(db);
                await BewaarAsync(db, CancellationToken.None);
                await transactie.ReleaseSavepointAsync("opdracht", CancellationToken.None);
                gelukt.Add(opdracht);
            }
            catch (Exception e)
            {
                await transactie.RollbackToSavepointAsync("opdracht", CancellationToken.None);
                opdracht.Mislukt(e);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        await CommitOfMeldAsync(transactie, gelukt);
    }

    private async Task<WijkDbContext> SchrijverAsync()
    {
        if (eigenDb is null)
        {
            var scope = scopes!.CreateAsyncScope();
            try
            {
                var db = Voorbereid(scope);
                await db.Database.OpenConnectionAsync(CancellationToken.None);
                (eigen, eigenDb) = (scope, db);
            }
            catch
            {
                // The next bundle tries again with a fresh context.
                await scope.DisposeAsync();
                throw;
            }
        }

        return eigenDb;
    }

    private static WijkDbContext Voorbereid(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        // The savepoints are ours; one per SaveChanges on top would only cost statements.
        db.Database.AutoSavepointsEnabled = false;
        // Changes are detected once, before each save (BewaarAsync), not again on every query a piece runs.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private static async Task CommitOfMeldAsync(IDbContextTransaction transactie, List<Opdracht> gelukt)
    {
        try
        {
            await transactie.CommitAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            foreach (var opdracht in gelukt)
            {
                opdracht.Mislukt(e);
            }

            return;
        }

        foreach (var opdracht in gelukt)
        {
            opdracht.Gelukt();
        }
    }

    /// <summary>Saves what the work added or changed on the context. Work that needs its rows stored before it goes on
    /// (to count them, say) calls this rather than SaveChanges, as changes are not detected by themselves on the
    /// writer's context.</summary>
    public static Task<int> BewaarAsync(WijkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        return db.SaveChangesAsync(cancellationToken);
    }

    private abstract class Opdracht(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken => cancellationToken;

        public bool Afgebroken => cancellationToken.IsCancellationRequested;

        public abstract Task UitvoerenAsync(WijkDbContext db);

        public abstract void Gelukt();

        public abstract void Mislukt(Exception e);
    }

    private sealed class Opdracht<T>(Func<WijkDbContext, CancellationToken, Task<T>> werk, CancellationToken cancellationToken)
        : Opdracht(cancellationToken)
    {
        private readonly TaskCompletionSource<T> klaar = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? resultaat;

        public Task<T> Klaar => klaar.Task;

        public override async Task UitvoerenAsync(WijkDbContext db) => resultaat = await werk(db, CancellationToken);

        public override void Gelukt() => klaar.TrySetResult(resultaat!);

        public override void Mislukt(Exception e) => klaar.TrySetException(e);
    }
}

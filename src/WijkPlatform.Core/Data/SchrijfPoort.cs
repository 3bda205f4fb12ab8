using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Core.Data;

/// <summary>Runs short write transactions (a sign-up, a mail's status) so that a rush of them stays fast without giving
/// up durability (ADR 23).
/// <para>SQLite has one writer and makes every commit wait for the disk. One writer here takes what is waiting, runs
/// each piece of work in a savepoint of one shared transaction and commits once: a group commit. A piece that fails is
/// rolled back to its savepoint and fails alone; when the commit fails, every piece in it fails, so nothing is
/// acknowledged that was not stored. Without this, writers from several requests poll the file lock and sleep between
/// tries, which cost far more than the writes themselves.</para>
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

    public SchrijfPoort(bool sqlite, IServiceScopeFactory? scopes)
    {
        gebundeld = sqlite && scopes is not null;
        this.scopes = scopes;
        schrijver = new Lazy<Task>(() => Task.Run(SchrijfAsync));
    }

    /// <summary>True when the work runs on the writer's own context in a shared transaction (SQLite): it must not start
    /// a transaction itself, and what it reads before it was queued may have changed.</summary>
    public bool Gebundeld => gebundeld;

    /// <summary>Runs <paramref name="werk"/> in a transaction and returns once that transaction is committed. The work
    /// must not call this method itself: on SQLite it would wait for the writer that runs it.</summary>
    public async Task<T> SchrijfAsync<T>(WijkDbContext db, Func<WijkDbContext, CancellationToken, Task<T>> werk,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(werk);
        if (!gebundeld)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var resultaat = await werk(db, cancellationToken);
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
    }

    private async Task CommitAsync(List<Opdracht> bundel)
    {
        await using var scope = scopes!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        // The savepoints are ours; one per SaveChanges on top would only cost statements.
        db.Database.AutoSavepointsEnabled = false;
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

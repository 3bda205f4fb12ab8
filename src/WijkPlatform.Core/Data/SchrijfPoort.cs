namespace WijkPlatform.Core.Data;

/// <summary>Lets one write transaction at a time into a SQLite file from this process. SQLite has one writer anyway; without
/// this gate the others poll the file lock and sleep between tries, which under a rush of sign-ups cost far more than
/// the writes themselves. PostgreSQL locks rows itself, so there the gate is open.</summary>
public sealed class SchrijfPoort(bool sqlite) : IDisposable
{
    private readonly SemaphoreSlim poort = new(1, 1);

    public async Task<IAsyncDisposable> BinnenAsync(CancellationToken cancellationToken)
    {
        if (!sqlite)
        {
            return Open.Instantie;
        }

        await poort.WaitAsync(cancellationToken);
        return new Uitgang(poort);
    }

    public void Dispose() => poort.Dispose();

    private sealed class Open : IAsyncDisposable
    {
        public static readonly Open Instantie = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Uitgang(SemaphoreSlim poort) : IAsyncDisposable
    {
        private int klaar;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref klaar, 1) == 0)
            {
                poort.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

namespace WijkPlatform.Core.Aanmelden;

/// <summary>Lets the requests of this server that change the places of one occurrence take turns before they open a
/// transaction. PostgreSQL already makes them wait on the occurrence's row lock, but each waiter holds a pooled
/// connection while it waits: a rush for one popular date then takes every connection, and the requests behind them
/// (for that date and for every other page) fail when the pool's wait runs out. Waiting here costs no connection, so
/// a server holds at most one connection per occurrence in that queue. Servers still take turns through the row lock.</summary>
public sealed class PlaatsBeurten
{
    private readonly Dictionary<(int ActiviteitId, DateTime StartUtc), Beurt> beurten = [];

    /// <summary>Waits for this occurrence's turn; disposing the result gives the turn to the next request.</summary>
    public async Task<IAsyncDisposable> WachtAsync(int activiteitId, DateTime startUtc, CancellationToken cancellationToken)
    {
        var sleutel = (activiteitId, startUtc);
        Beurt beurt;
        lock (beurten)
        {
            if (!beurten.TryGetValue(sleutel, out beurt!))
            {
                beurt = new Beurt();
                beurten.Add(sleutel, beurt);
            }

            beurt.Gebruikers++;
        }

        try
        {
            await beurt.Slot.WaitAsync(cancellationToken);
        }
        catch
        {
            Verlaat(sleutel, beurt, vrijgeven: false);
            throw;
        }

        return new Vrijgave(this, sleutel, beurt);
    }

    private void Verlaat((int, DateTime) sleutel, Beurt beurt, bool vrijgeven)
    {
        lock (beurten)
        {
            if (vrijgeven)
            {
                beurt.Slot.Release();
            }

            // The last one out removes the entry, so dates long past do not stay in memory.
            if (--beurt.Gebruikers == 0)
            {
                beurten.Remove(sleutel);
                beurt.Slot.Dispose();
            }
        }
    }

    private sealed class Beurt
    {
        public SemaphoreSlim Slot { get; } = new(1, 1);

        public int Gebruikers { get; set; }
    }

    private sealed class Vrijgave(PlaatsBeurten beurten, (int, DateTime) sleutel, Beurt beurt) : IAsyncDisposable
    {
        private int vrij;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref vrij, 1) == 0)
            {
                beurten.Verlaat(sleutel, beurt, vrijgeven: true);
            }

            return ValueTask.CompletedTask;
        }
    }
}

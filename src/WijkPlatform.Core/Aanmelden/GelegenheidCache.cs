using System.Collections.Concurrent;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>The occurrences that sign-ups were read for, kept so that a rush of sign-ups does not ask the database for
/// the same activity, date and place every time. Only what is on offer decides a <see cref="Gelegenheid"/>, so the
/// writes of the sign-ups themselves leave it valid; any other committed write on this server drops everything at
/// once, and an entry lives a few seconds at most for a change that did not pass through this server.</summary>
/// <remarks>Used on SQLite only, where this server is the only writer. With PostgreSQL another server may change an
/// activity's capacity, and a sign-up there must decide on the value in the database.</remarks>
public sealed class GelegenheidCache : IAanbodGewijzigd
{
    /// <summary>Bounds what a visitor trying many dates can make this hold.</summary>
    private const int Max = 10_000;

    private static readonly long DuurMs = (long)TimeSpan.FromSeconds(5).TotalMilliseconds;

    private readonly ConcurrentDictionary<(string Slug, DateTime StartUtc), Bewaard> bewaard = new();
    private long versie;

    public void AanbodGewijzigd()
    {
        Interlocked.Increment(ref versie);
        bewaard.Clear();
    }

    public async Task<Gelegenheid?> ZoekAsync(WijkDbContext db, string slug, DateTime startUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var sleutel = (slug, DateTime.SpecifyKind(startUtc, DateTimeKind.Utc));
        // Read before the query: a change committed meanwhile leaves what this query stores under an old version,
        // where nobody finds it.
        var v = Interlocked.Read(ref versie);
        var nu = Environment.TickCount64;
        if (bewaard.TryGetValue(sleutel, out var b) && b.Versie == v && nu < b.TotMs)
        {
            return b.Gelegenheid;
        }

        var g = await Gelegenheid.ZoekAsync(db, slug, startUtc, cancellationToken);
        // What does not exist is not kept: made-up slugs would otherwise fill the cache.
        if (g is not null)
        {
            if (bewaard.Count >= Max)
            {
                bewaard.Clear();
            }

            bewaard[sleutel] = new Bewaard(g, v, nu + DuurMs);
        }

        return g;
    }

    private sealed record Bewaard(Gelegenheid Gelegenheid, long Versie, long TotMs);
}

using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Query results of pages that cannot be stored whole (they carry a visitor's form token), kept for a few seconds
/// under the current data version. Every committed write starts a new version, so nothing read before it is served after
/// it; another server's write shows within the lifetime (ADR 23).</summary>
public sealed class GegevensCache(TimeProvider clock) : IGegevensGewijzigd, IDisposable
{
    private static readonly TimeSpan Duur = TimeSpan.FromSeconds(5);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 5_000 });
    private long versie;

    public void Gewijzigd() => Interlocked.Increment(ref versie);

    /// <summary>The stored result for this key, data version and minute of the site's clock, or a fresh one.</summary>
    public async Task<T> HaalAsync<T>(string sleutel, Func<Task<T>> maak)
    {
        ArgumentNullException.ThrowIfNull(maak);
        // Read before the work: a write that commits meanwhile makes this result unreachable instead of stale.
        var minuut = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var key = string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Read(ref versie)}|{minuut}|{sleutel}");
        if (cache.TryGetValue(key, out T? waarde) && waarde is not null)
        {
            return waarde;
        }

        waarde = await maak();
        cache.Set(key, waarde, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Duur });
        return waarde;
    }

    public void Dispose() => cache.Dispose();
}

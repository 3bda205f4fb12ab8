using System.Collections.Concurrent;
using Hangfire;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

/// <summary>A job that fails until the test lets it succeed, configured as the site's own jobs are (no retry, then Failed).</summary>
public sealed class MislukkendeTaak
{
    private static readonly ConcurrentDictionary<string, bool> Slaagt = new();

    public static string Nieuw()
    {
        var sleutel = Guid.NewGuid().ToString("N");
        Slaagt[sleutel] = false;
        return sleutel;
    }

    public static void LaatSlagen(string sleutel) => Slaagt[sleutel] = true;

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Voer(string sleutel)
    {
        if (!Slaagt.GetValueOrDefault(sleutel))
        {
            throw new InvalidOperationException($"Proefstoring {sleutel}");
        }
    }
}

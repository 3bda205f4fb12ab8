using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Aanmelden;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>kill -9 in the middle of a sign-up load, then a restart on the same database: whatever the site said yes
/// to is still there, and its mail goes out once. Slow (two real server starts and a claim to expire), so it runs with
/// scripts/betrouwbaarheid.sh rather than in CI.</summary>
[Trait("Duur", "Lang")]
public sealed class CrashTests
{
    private const int Werkers = 16;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KillMiddenInAanmelden_NaHerstartBestaatElkeBevestigdeAanmeldingEnIsHaarMailEenKeerVerstuurd()
    {
        await using var omgeving = await ServerOmgeving.MaakAsync();
        var mailMap = omgeving.Map("mail");
        // A mail the killed server was sending stays claimed this long; short here so the test need not wait minutes.
        var instellingen = omgeving.Instellingen(mailMap, new Dictionary<string, string> { ["Mail:ClaimSeconden"] = "10" });
        var server = await ServerProces.StartAsync(instellingen);
        var (slug, start) = await omgeving.AanmeldDatumAsync();
        await using (var db = omgeving.Db())
        {
            // No limit: every sign-up is confirmed, so each one has exactly one mail to look for.
            await db.Activiteiten.Where(a => a.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.Capaciteit, (int?)null), Ct);
        }

        var bevestigd = new ConcurrentBag<string>();
        var geprobeerd = 0;
        var stop = new CancellationTokenSource();
        var werkers = Enumerable.Range(0, Werkers).Select(w => Task.Run(async () =>
        {
            using var client = server.MaakClient();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"crash-{w}-{i}@example.nl";
                Interlocked.Increment(ref geprobeerd);
                try
                {
                    using var antwoord = await WijkApp.PostFormAsync(client, $"/activiteiten/{slug}/aanmelden",
                        AanmeldHulp.Formulier(start, $"Deelnemer {w}-{i}", email));
                    if (antwoord.StatusCode == HttpStatusCode.Redirect
                        && antwoord.Headers.Location?.OriginalString.Contains("/aangemeld", StringComparison.Ordinal) == true)
                    {
                        bevestigd.Add(email);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The server is gone: what was not answered was not promised.
                    return;
                }
            }
        })).ToArray();

        // Kill once the load is well under way, at a moment the test does not choose precisely.
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (bevestigd.Count < 150 && DateTime.UtcNow < tot)
        {
            await Task.Delay(20, Ct);
        }

        await Task.Delay(Random.Shared.Next(0, 200), Ct);
        await server.DoodAsync();
        var opMomentVanKill = bevestigd.Count;
        await stop.CancelAsync();
        await Task.WhenAll(werkers);
        Assert.True(opMomentVanKill >= 50, $"Te weinig aanmeldingen voor de kill ({opMomentVanKill}): de test bewijst zo niets.");

        var herstart = Stopwatch.StartNew();
        await using var tweede = await ServerProces.StartAsync(instellingen);
        var opnieuwGezond = herstart.Elapsed;

        // Every confirmed sign-up is stored.
        List<string> opgeslagen;
        await using (var db = omgeving.Db())
        {
            var startDb = start;
            opgeslagen = await db.Aanmeldingen.AsNoTracking()
                .Where(a => a.Activiteit!.Slug == slug && a.StartUtc == startDb && a.Email != null)
                .Select(a => a.Email!).ToListAsync(Ct);
        }

        var kwijt = bevestigd.Except(opgeslagen).ToList();
        Assert.True(kwijt.Count == 0, $"{kwijt.Count} bevestigde aanmeldingen zijn na de crash weg, zoals {string.Join(", ", kwijt.Take(5))}.");
        Assert.Equal(opgeslagen.Count, opgeslagen.Distinct().Count());

        // Every stored sign-up's mail goes out, a mail held by the killed server once its claim has expired.
        var wacht = Stopwatch.StartNew();
        Dictionary<string, int> mails = [];
        var open = -1;
        while (wacht.Elapsed < TimeSpan.FromSeconds(150))
        {
            mails = MailsPerAdres(mailMap);
            await using (var db = omgeving.Db())
            {
                // A mail the killed server had written but not yet marked as sent is here already, and is marked (and
                // written over with the same message id) only after its claim expires: wait for the outbox as well.
                open = await db.Outbox.CountAsync(m => m.VerzondenUtc == null && m.OpgegevenUtc == null, Ct);
            }

            if (open == 0 && opgeslagen.All(mails.ContainsKey))
            {
                break;
            }

            await Task.Delay(500, Ct);
        }

        var zonderMail = opgeslagen.Where(e => !mails.ContainsKey(e)).ToList();
        Assert.True(zonderMail.Count == 0, $"{zonderMail.Count} aanmeldingen kregen geen mail, zoals {string.Join(", ", zonderMail.Take(5))}.");
        var dubbel = mails.Where(m => m.Value > 1).Select(m => m.Key).ToList();
        Assert.True(dubbel.Count == 0, $"{dubbel.Count} adressen kregen hun mail vaker dan een keer, zoals {string.Join(", ", dubbel.Take(5))}.");
        Assert.True(open == 0, $"{open} mails staan na {wacht.Elapsed.TotalSeconds:0} s nog in de outbox.");

        Meetboek.Noteer(Meetboek.Crash, "kill -9 midden in het aanmelden met 16 gelijktijdige bezoekers, daarna herstart",
            new Dictionary<string, object>
            {
                ["pogingen"] = Volatile.Read(ref geprobeerd),
                ["bevestigd voor de kill"] = bevestigd.Count,
                ["opgeslagen na herstart"] = opgeslagen.Count,
                ["bevestigd maar kwijt"] = kwijt.Count,
                ["mails bezorgd"] = mails.Count,
                ["mails dubbel"] = dubbel.Count,
                ["herstart tot gezond (s)"] = Math.Round(opnieuwGezond.TotalSeconds, 1),
                ["tot alle mail weg (s)"] = Math.Round(wacht.Elapsed.TotalSeconds, 1),
            });
    }

    /// <summary>The pickup folder holds one file per message id; a message sent twice would show up as two files with
    /// the same recipient only if it got a new id, so this counts files per recipient.</summary>
    private static Dictionary<string, int> MailsPerAdres(string map) => Directory.EnumerateFiles(map, "*.eml")
        .SelectMany(pad =>
        {
            using var bericht = MimeMessage.Load(pad);
            return bericht.To.Mailboxes.Select(m => m.Address.ToLowerInvariant());
        })
        .GroupBy(a => a)
        .ToDictionary(g => g.Key, g => g.Count());
}

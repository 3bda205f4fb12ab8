using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Tests.Gedeeld;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Issue 11, part 1: a rush of residents over real HTTP connections never overbooks, never answers with an
/// error and never loses a sign-up. Runs on SQLite and on PostgreSQL (WIJK_TEST_POSTGRES).</summary>
public sealed class GelijktijdigTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private const string Bewegen = "bewegen-voor-ouderen";
    private const int Mensen = 500;
    private const int Plaatsen = 50;

    [Fact]
    public async Task Aanmelden_VijfhonderdBrowsersTegelijkVoorVijftigPlaatsen_PreciesVijftigBevestigdNietsKwijtGeenFout()
    {
        var ct = TestContext.Current.CancellationToken;
        await ZetCapaciteitAsync(app, Bewegen, Plaatsen);
        var start = await DatumAsync(app, Bewegen, 0);
        var url = $"/activiteiten/{Bewegen}/aanmelden";
        var browsers = Enumerable.Range(0, Mensen).Select(_ => app.MaakBrowser()).ToArray();
        try
        {
            // Every browser first opens the form, as a resident does; the posts then leave together, so they meet in
            // the sign-up itself rather than one after the other.
            var tokens = new string[Mensen];
            await Parallel.ForEachAsync(Enumerable.Range(0, Mensen), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = ct },
                async (i, c) => tokens[i] = await TokenAsync(browsers[i], url, c));

            var startschot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var klok = new Stopwatch();
            var posts = Enumerable.Range(0, Mensen).Select(async i =>
            {
                await startschot.Task;
                var velden = Formulier(start, $"Buurtgenoot {i}", Email(i));
                velden["__RequestVerificationToken"] = tokens[i];
                using var form = new FormUrlEncodedContent(velden);
                try
                {
                    using var antwoord = await browsers[i].PostAsync(url, form, ct);
                    return new Antwoord(i, antwoord.StatusCode, antwoord.Headers.Location?.OriginalString, null);
                }
                catch (HttpRequestException e)
                {
                    return new Antwoord(i, null, null, e.Message);
                }
            }).ToArray();
            klok.Start();
            startschot.SetResult();
            var antwoorden = await Task.WhenAll(posts);
            klok.Stop();

            var fouten = antwoorden.Where(a => !a.Gelukt).ToList();
            Assert.True(fouten.Count == 0, $"{fouten.Count} foutantwoorden, bijvoorbeeld {fouten.FirstOrDefault()}\n"
                + string.Join("\n", app.Logboek.Fouten.Where(f => !f.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).Take(3)));
            var aanmeldingen = await AanmeldingenAsync(app, Bewegen, start);
            var perEmail = aanmeldingen.GroupBy(a => a.Email ?? "").ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            // Nothing lost, nothing doubled: every resident who was told "you are signed up" has exactly one row, and
            // what the page told them (a place or the waiting list) is what was stored.
            var kwijt = antwoorden.Count(a => !perEmail.TryGetValue(Email(a.Nummer), out var rijen) || rijen.Count != 1);
            Assert.Equal(0, kwijt);
            Assert.All(antwoorden, a => Assert.Equal(
                a.Plaats ? AanmeldingStatus.Bevestigd : AanmeldingStatus.Wachtlijst, perEmail[Email(a.Nummer)][0].Status));
            Assert.Equal(Mensen, aanmeldingen.Count);
            var bevestigd = aanmeldingen.Count(a => a.Status == AanmeldingStatus.Bevestigd);
            var wachtlijst = aanmeldingen.Count(a => a.Status == AanmeldingStatus.Wachtlijst);
            Assert.Equal(Plaatsen, bevestigd);
            Assert.Equal(Mensen - Plaatsen, wachtlijst);
            Assert.Equal(Plaatsen, antwoorden.Count(a => a.Plaats));
            var bezetting = await app.MetDbAsync(db => db.Bezettingen.AsNoTracking().SingleAsync(b => b.StartUtc == start, ct));
            Assert.Equal((bevestigd, wachtlijst), (bezetting.Bevestigd, bezetting.Wachtend));

            var seconden = klok.Elapsed.TotalSeconds;
            Meetboek.Noteer(Meetboek.Gelijktijdig, $"{Mensen} aanmeldingen tegelijk over HTTP voor {Plaatsen} plaatsen", new Dictionary<string, object>
            {
                ["browsers"] = Mensen,
                ["bevestigd"] = bevestigd,
                ["wachtlijst"] = wachtlijst,
                ["foutantwoorden"] = fouten.Count,
                ["kwijt"] = kwijt,
                ["teller bevestigd"] = bezetting.Bevestigd,
                ["duur (s)"] = Math.Round(seconden, 2),
                ["aanmeldingen per s"] = Math.Round(Mensen / seconden, 1),
            });
        }
        finally
        {
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }
        }
    }

    private static string Email(int i) => $"rush{i}@example.nl";

    private static async Task<string> TokenAsync(HttpClient browser, string url, CancellationToken ct)
    {
        var html = await browser.GetStringAsync(url, ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, $"Geen antiforgery-token op {url}.");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>One resident's answer: the success answer is the redirect to the confirmation page, which says whether
    /// they have a place or are on the waiting list.</summary>
    private sealed record Antwoord(int Nummer, HttpStatusCode? Status, string? Naar, string? Fout)
    {
        public bool Gelukt => Status == HttpStatusCode.Redirect && Naar?.Contains("/aangemeld?", StringComparison.Ordinal) == true;

        public bool Plaats => Naar?.Contains("uitkomst=plaats", StringComparison.Ordinal) == true;
    }
}

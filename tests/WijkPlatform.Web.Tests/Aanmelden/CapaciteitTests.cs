using System.Collections.Concurrent;
using WijkPlatform.Core.Aanmelden;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>The promise that matters most: many residents at once never overbook. Runs on SQLite and on PostgreSQL.</summary>
public sealed class CapaciteitTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Bewegen = "bewegen-voor-ouderen";

    [Fact]
    public async Task TweehonderdTegelijk_VoorTwintigPlaatsen_PreciesTwintigBevestigdDeRestOpDeWachtlijst()
    {
        await ZetCapaciteitAsync(app, Bewegen, 20);
        var start = await DatumAsync(app, Bewegen, 0);
        using var client = app.MaakClient();
        // One antiforgery token and cookie, posted 200 times at once: what matters here is the database, not the form.
        var eerste = await WijkApp.PostFormAsync(client, $"/activiteiten/{Bewegen}/aanmelden", Formulier(start, "Deelnemer 0", "deelnemer0@example.nl"));
        var html = await client.GetStringAsync($"/activiteiten/{Bewegen}/aanmelden", TestContext.Current.CancellationToken);
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html,
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var antwoorden = new ConcurrentBag<HttpStatusCode>();

        await Parallel.ForEachAsync(Enumerable.Range(1, 199), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            var velden = Formulier(start, $"Deelnemer {i}", $"deelnemer{i}@example.nl");
            velden["__RequestVerificationToken"] = token;
            using var form = new FormUrlEncodedContent(velden);
            using var response = await client.PostAsync($"/activiteiten/{Bewegen}/aanmelden", form, ct);
            antwoorden.Add(response.StatusCode);
        });

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.True(antwoorden.All(s => s == HttpStatusCode.Redirect), string.Join("\n", app.Logboek.Fouten));
        Assert.All(antwoorden, s => Assert.Equal(HttpStatusCode.Redirect, s));
        var aanmeldingen = await AanmeldingenAsync(app, Bewegen, start);
        Assert.Equal(200, aanmeldingen.Count);
        Assert.Equal(20, aanmeldingen.Count(a => a.Status == AanmeldingStatus.Bevestigd));
        Assert.Equal(180, aanmeldingen.Count(a => a.Status == AanmeldingStatus.Wachtlijst));
        var bezetting = await app.MetDbAsync(db => Task.FromResult(db.Bezettingen.Single(b => b.StartUtc == start)));
        Assert.Equal((20, 180), (bezetting.Bevestigd, bezetting.Wachtend));
        Assert.Equal(200, await app.MetDbAsync(db => Task.FromResult(db.Outbox.Count(m => m.Aan.StartsWith("deelnemer")))));
        var api = await app.HaalAsync($"/api/activiteiten?categorie=bewegen-gezondheid&van={Core.Agenda.Tijd.Lokaal(start):yyyy-MM-dd}&tot={Core.Agenda.Tijd.Lokaal(start):yyyy-MM-dd}&perPagina=100");
        Assert.Contains("\"slug\":\"bewegen-voor-ouderen\"", api, StringComparison.Ordinal);
        Assert.Contains("\"capaciteit\":20,\"plaatsenVrij\":0", api, StringComparison.Ordinal);
    }
}

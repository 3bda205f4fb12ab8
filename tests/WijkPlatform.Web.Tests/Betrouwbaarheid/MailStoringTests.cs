using System.Diagnostics;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WijkPlatform.Core.Mail;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Adapters.Taken;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The site with the real SMTP server on 127.0.0.1; a fixture of its own because the test moves the clock.</summary>
public sealed class MailStoringApp : WijkApp
{
    protected override bool MetSmtpServer => true;
}

/// <summary>Issue 11, part 3: while the mail server refuses connections, residents can still sign up, and once it is
/// back every confirmation arrives, none twice.</summary>
public sealed class MailStoringTests(MailStoringApp app) : IClassFixture<MailStoringApp>
{
    private const string Activiteit = "bewegen-voor-ouderen";
    private const int Mensen = 100;

    [Fact]
    public async Task Aanmelden_MailserverWeigertVerbindingen_AllesLuktEnNaHerstelKomtElkeMailPreciesEenKeer()
    {
        var ct = TestContext.Current.CancellationToken;
        await ZetCapaciteitAsync(app, Activiteit, null);
        var start = await DatumAsync(app, Activiteit, 1);
        var url = $"/activiteiten/{Activiteit}/aanmelden";
        await app.Smtp.StopAsync();

        var antwoorden = new HttpResponseMessage[Mensen];
        await Parallel.ForEachAsync(Enumerable.Range(0, Mensen), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (i, _) =>
            {
                using var client = app.MaakClient();
                antwoorden[i] = await WijkApp.PostFormAsync(client, url, Formulier(start, $"Buurtgenoot {i}", Email(i)));
            });

        // The resident notices nothing of the outage: the same confirmation as always, with "we sent you a mail".
        Assert.All(antwoorden, a =>
        {
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.Contains("mail=ja", a.Headers.Location?.OriginalString, StringComparison.Ordinal);
        });
        var adressen = Enumerable.Range(0, Mensen).Select(Email).ToList();
        Assert.Equal(Mensen, (await AanmeldingenAsync(app, Activiteit, start)).Count(a => adressen.Contains(a.Email!)));
        // The run that each commit starts did meet the outage: the mail waits in the outbox for its next attempt.
        var mislukt = await WachtOpOutboxAsync(adressen, m => m.Any(r => r.Pogingen > 0 && r.LaatsteFout != null), ct);
        Assert.All(mislukt, m => Assert.Null(m.VerzondenUtc));
        Assert.Equal(Mensen, mislukt.Count);
        Assert.Empty(app.Smtp.Berichten());
        var pogingenTijdensStoring = mislukt.Count(m => m.Pogingen > 0);

        await app.Smtp.StartAsync();
        var hersteld = Stopwatch.StartNew();
        // The test clock jumps over the wait before the next attempt instead of sleeping through it. A mail that met
        // the outage twice (a busy machine runs more rounds meanwhile) waits longer, so jump past the latest wait and
        // run again, as the every-minute schedule would, until all is in.
        var begin = app.Klok.Nu;
        var ronden = 0;
        while (!adressen.All(a => app.Smtp.Berichten().Any(b => AanAdres(b, a))))
        {
            Assert.True(ronden++ < 6, $"Na {ronden - 1} mailrondes zijn niet alle mails bij de SMTP-server.");
            var open = await app.MetDbAsync(db => db.Outbox.AsNoTracking()
                .Where(m => adressen.Contains(m.Aan) && m.VerzondenUtc == null).Select(m => m.VolgendePogingUtc).ToListAsync(ct));
            if (open.Count > 0 && open.Max() >= app.Klok.Nu.UtcDateTime)
            {
                app.Klok.Nu = new DateTimeOffset(DateTime.SpecifyKind(open.Max(), DateTimeKind.Utc)).AddSeconds(1);
            }

            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<Achtergrondtaken>(t => t.VerstuurMailAsync(CancellationToken.None));
            var tot = Stopwatch.StartNew();
            while (tot.Elapsed < TimeSpan.FromSeconds(20) && !adressen.All(a => app.Smtp.Berichten().Any(b => AanAdres(b, a))))
            {
                await Task.Delay(100, ct);
            }
        }

        hersteld.Stop();
        var wachttijd = app.Klok.Nu - begin;

        var verzonden = await WachtOpOutboxAsync(adressen, m => m.All(r => r.VerzondenUtc != null), ct);
        Assert.Equal(0, await VerwerkAsync());
        var ontvangen = app.Smtp.Berichten();
        var perAdres = adressen.ToDictionary(a => a, a => ontvangen.Count(b => AanAdres(b, a)), StringComparer.Ordinal);
        var dubbel = perAdres.Values.Sum(n => Math.Max(0, n - 1));
        Assert.Equal(0, dubbel);
        Assert.All(perAdres, p => Assert.Equal(1, p.Value));
        var ids = ontvangen.Where(b => adressen.Any(a => AanAdres(b, a))).Select(b => b.MessageId).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(verzonden.Select(m => m.MessageId).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));

        Meetboek.Noteer(Meetboek.MailStoring, $"{Mensen} aanmeldingen terwijl de mailserver verbindingen weigert", new Dictionary<string, object>
        {
            ["aanmeldingen gelukt"] = antwoorden.Length,
            ["mislukte verzendpogingen tijdens storing"] = pogingenTijdensStoring,
            ["mails bezorgd"] = perAdres.Values.Count(n => n > 0),
            ["dubbel"] = dubbel,
            ["wachttijd voor nieuwe poging (s)"] = Math.Round(wachttijd.TotalSeconds),
            ["mailrondes na herstel"] = ronden,
            ["bezorgd na die wachttijd binnen (s)"] = Math.Round(hersteld.Elapsed.TotalSeconds, 2),
        });
    }

    private static string Email(int i) => $"storing{i}@example.nl";

    private static bool AanAdres(MimeMessage bericht, string adres) =>
        bericht.To.Mailboxes.Any(m => string.Equals(m.Address, adres, StringComparison.OrdinalIgnoreCase));

    private async Task<int> VerwerkAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxVerwerker>().VerwerkAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The outbox rows of these residents, once <paramref name="klaar"/> holds (the mail runs work in the background).</summary>
    private async Task<List<OutboxBericht>> WachtOpOutboxAsync(List<string> adressen, Func<List<OutboxBericht>, bool> klaar, CancellationToken ct)
    {
        var tot = Stopwatch.StartNew();
        while (true)
        {
            var rijen = await app.MetDbAsync(db => db.Outbox.AsNoTracking().Where(m => adressen.Contains(m.Aan)).ToListAsync(ct));
            if (klaar(rijen))
            {
                return rijen;
            }

            Assert.True(tot.Elapsed < TimeSpan.FromSeconds(30), "De outbox bereikt niet de verwachte toestand.");
            await Task.Delay(100, ct);
        }
    }
}

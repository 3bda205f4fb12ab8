using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class SmtpVerzendTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static readonly TimeSpan MaxWachten = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Verwerk_MetSmtpServer_BerichtKomtAanMetTekstHtmlEnAgenda()
    {
        var bericht = TestBerichten.Nieuw(app, "Je bent aangemeld: Buurtlunch op dinsdag 1 december");
        await TestBerichten.SchrijfAsync(app, bericht);

        await TestBerichten.VerwerkAsync(app);

        var ontvangen = await app.Smtp.WachtOpAsync(m => TestBerichten.Aantal(m, bericht) == 1, MaxWachten);
        var mail = ontvangen.Single(m => m.MessageId == bericht.MessageId);
        var afzender = Assert.Single(mail.From.Mailboxes);
        Assert.Equal("noreply@wijkderuwaard.example.nl", afzender.Address);
        Assert.Equal("Wij(k) de Ruwaard", afzender.Name);
        var aan = Assert.Single(mail.To.Mailboxes);
        Assert.Equal("fatima@example.nl", aan.Address);
        Assert.Equal("Fatima el Amrani", aan.Name);
        Assert.Equal("Je bent aangemeld: Buurtlunch op dinsdag 1 december", mail.Subject);
        Assert.Equal(new DateTimeOffset(bericht.AangemaaktUtc), mail.Date);
        Assert.Contains("café De Haard", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h1", mail.HtmlBody, StringComparison.Ordinal);
        var gemengd = Assert.IsType<Multipart>(mail.Body);
        Assert.Equal("multipart/mixed", gemengd.ContentType.MimeType);
        var alternatief = Assert.IsType<MultipartAlternative>(gemengd[0]);
        Assert.Equal(["text/plain", "text/html"], alternatief.Select(p => p.ContentType.MimeType));
        var agenda = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Attachments));
        Assert.True(agenda.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("PUBLISH", agenda.ContentType.Parameters["method"]);
        Assert.Equal("utf-8", agenda.ContentType.Charset);
        Assert.Equal("activiteit.ics", agenda.FileName);
        using var inhoud = new MemoryStream();
        await agenda.Content!.DecodeToAsync(inhoud, TestContext.Current.CancellationToken);
        Assert.Equal(TestBerichten.Agenda, System.Text.Encoding.UTF8.GetString(inhoud.ToArray()));
        Assert.NotNull((await TestBerichten.LeesAsync(app, bericht.Id)).VerzondenUtc);
    }

    [Fact]
    public async Task Verwerk_TweeTegelijkInTweeScopes_VerstuurtElkBerichtEenKeer()
    {
        var berichten = Enumerable.Range(1, 12).Select(i => TestBerichten.Nieuw(app, $"Gelijktijdig {i}", metAgenda: false)).ToArray();
        await TestBerichten.SchrijfAsync(app, berichten);

        var verzonden = await Task.WhenAll(TestBerichten.VerwerkAsync(app), TestBerichten.VerwerkAsync(app));

        var ontvangen = await app.Smtp.WachtOpAsync(m => berichten.All(b => TestBerichten.Aantal(m, b) >= 1), MaxWachten);
        Assert.All(berichten, b => Assert.Equal(1, TestBerichten.Aantal(ontvangen, b)));
        Assert.Equal(berichten.Length, verzonden.Sum());
    }

    [Fact]
    public async Task Verwerk_OntvangerSteedsGeweigerd_NaMaxPogingenOpgegeven()
    {
        var max = app.Services.GetRequiredService<IOptions<MailOptions>>().Value.MaxPogingen;
        var bericht = TestBerichten.Nieuw(app, "Kan niet worden bezorgd", aan: "niemand@geweigerd.example", metAgenda: false);
        await TestBerichten.SchrijfAsync(app, bericht);

        for (var poging = 1; poging <= max; poging++)
        {
            app.Klok.Nu = new DateTimeOffset((await TestBerichten.LeesAsync(app, bericht.Id)).VolgendePogingUtc, TimeSpan.Zero);
            await TestBerichten.VerwerkAsync(app);
        }

        var na = await TestBerichten.LeesAsync(app, bericht.Id);
        Assert.Equal(max, na.Pogingen);
        Assert.NotNull(na.OpgegevenUtc);
        Assert.Null(na.VerzondenUtc);
        Assert.Contains("Recipient refused", na.LaatsteFout, StringComparison.Ordinal);
        app.Klok.Nu = app.Klok.Nu.AddDays(1);
        await TestBerichten.VerwerkAsync(app);
        Assert.Equal(max, (await TestBerichten.LeesAsync(app, bericht.Id)).Pogingen);
        Assert.Equal(0, TestBerichten.Aantal(app.Smtp.Berichten(), bericht));
    }
}

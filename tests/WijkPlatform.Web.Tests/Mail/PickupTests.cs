using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WijkPlatform.Core.Mail;
using WijkPlatform.Web.Adapters.Mail;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class PickupTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Verwerk_GeenSmtpHost_SchrijftLeesbaarEmlInPickupMap()
    {
        var bericht = TestBerichten.Nieuw(app, "Je bent aangemeld: Buurtlunch");
        await TestBerichten.SchrijfAsync(app, bericht);

        await TestBerichten.VerwerkAsync(app);

        var pad = Path.Combine(app.MailMap, PickupVerzender.BestandsNaam(bericht.MessageId));
        using var mail = await MimeMessage.LoadAsync(pad, TestContext.Current.CancellationToken);
        Assert.Equal(bericht.MessageId, mail.MessageId);
        Assert.Equal("Je bent aangemeld: Buurtlunch", mail.Subject);
        Assert.Equal("fatima@example.nl", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("café De Haard", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("De Haard", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("activiteit.ics", Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Attachments)).FileName);
        Assert.NotNull((await TestBerichten.LeesAsync(app, bericht.Id)).VerzondenUtc);
        Assert.Empty(Directory.GetFiles(app.MailMap, "*.tmp"));
    }

    [Fact]
    public async Task Verzend_ZelfdeBerichtTweeKeer_StaatEenKeerInPickupMap()
    {
        var bericht = TestBerichten.Nieuw(app, "Herinnering: Repair Café");
        var verzender = app.Services.GetRequiredService<IMailVerzender>();

        await verzender.VerzendAsync(bericht, TestContext.Current.CancellationToken);
        await verzender.VerzendAsync(bericht, TestContext.Current.CancellationToken);

        Assert.IsType<PickupVerzender>(verzender);
        Assert.Single(TestBerichten.MessageIds(app.MailMap), id => id == bericht.MessageId);
        Assert.Empty(Directory.GetFiles(app.MailMap, "*.tmp"));
    }
}

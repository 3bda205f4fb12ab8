using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace WijkPlatform.Browser.Tests;

/// <summary>The site with a real SMTP server on 127.0.0.1, so a journey can follow the link in a mail.</summary>
public sealed class BrowserSiteMetMail : BrowserSite
{
    protected override bool MetSmtpServer => true;
}

/// <summary>The journey of issue 5: sign up until a date is full, the next resident lands on the wachtlijst, someone
/// cancels with the link from the mail the SMTP server received, and the waiting resident gets the place and a mail.</summary>
public sealed partial class AanmeldReisTests(BrowserSiteMetMail site) : IClassFixture<BrowserSiteMetMail>
{
    private const string Slug = "kerststukjes-maken-de-hille";
    private static readonly TimeSpan MailWacht = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task VolDanWachtlijst_AfmeldenViaDeLinkUitDeMail_WachtendeKrijgtDePlaatsEnEenMail()
    {
        await site.MetDbAsync(db => db.Activiteiten.Where(a => a.Slug == Slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.Capaciteit, 2)));

        await MeldAanAsync("Anna de Vries", "anna@example.nl", "Je bent aangemeld");
        await MeldAanAsync("Bert Jansen", "bert@example.nl", "Je bent aangemeld");
        await MeldAanAsync("Cor van Dijk", "cor@example.nl", "Je staat op de wachtlijst");

        var annaMail = await MailAanAsync("anna@example.nl", "Je bent aangemeld");
        var corMail = await MailAanAsync("cor@example.nl", "Je staat op de wachtlijst");
        Assert.Contains("op plaats 1", corMail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains(annaMail.Attachments, a => a.ContentType.MimeType == "text/calendar");

        await using (var anna = await site.NieuweContextAsync())
        {
            var page = await anna.NewPageAsync();
            await page.GotoAsync(Pad(annaMail));
            await Assertions.Expect(page.GetByText("Je bent aangemeld. Er is plaats voor je.")).ToBeVisibleAsync();
            await Toegankelijkheid.ControleerAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, meld mij af" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bent afgemeld.");
            await Toegankelijkheid.ControleerAsync(page);
        }

        var plaatsMail = await MailAanAsync("cor@example.nl", "Er is plaats voor je");
        Assert.Contains("Je stond op de wachtlijst en bent nu aangemeld", plaatsMail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains(plaatsMail.Attachments, a => a.ContentType.MimeType == "text/calendar");
        await MailAanAsync("anna@example.nl", "Je bent afgemeld");

        await using var cor = await site.NieuweContextAsync();
        var corPagina = await cor.NewPageAsync();
        await corPagina.GotoAsync(Pad(corMail));
        await Assertions.Expect(corPagina.GetByText("Je bent aangemeld. Er is plaats voor je.")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(corPagina);
    }

    private async Task MeldAanAsync(string naam, string email, string kop)
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/activiteiten/{Slug}");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(naam);
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik vind het goed" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(kop);
        await Toegankelijkheid.ControleerAsync(page);
    }

    private async Task<MimeMessage> MailAanAsync(string email, string onderwerpBegin)
    {
        bool Past(MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith(onderwerpBegin, StringComparison.Ordinal);
        var berichten = await site.Smtp.WachtOpAsync(b => b.Any(Past), MailWacht);
        return Assert.Single(berichten, Past);
    }

    // The link carries the site's configured public address; the test site listens on a port of its own.
    private static string Pad(MimeMessage mail) => new Uri(Link().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/aanmelding/[A-Za-z0-9_-]{43}")]
    private static partial Regex Link();
}

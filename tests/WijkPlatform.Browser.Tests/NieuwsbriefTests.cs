using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Browser.Tests;

/// <summary>The nieuwsbrief as a resident uses it on a phone: a typing error first, then the real address, the link in
/// the confirmation mail the SMTP server received, the weekly mail and its unsubscribe link. Axe checks every page.</summary>
public sealed partial class NieuwsbriefTests(BrowserSiteMetMail site) : IClassFixture<BrowserSiteMetMail>
{
    private static readonly TimeSpan MailWacht = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AanmeldenMetTikfoutDanGoed_BevestigenUitDeMail_WeekmailAfmelden_OpTelefoonAxeSchoon()
    {
        var email = $"nina.{Guid.NewGuid():N}@example.nl";
        site.Klok.Nu = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
        await using var telefoon = await site.NieuweContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await telefoon.NewPageAsync();

        await page.GotoAsync("/nieuwsbrief");
        await ControleerAsync(page);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ruwaard" }).CheckAsync();
        await page.GetByLabel("Je e-mailadres").FillAsync("nina@example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden voor de nieuwsbrief" }).ClickAsync();

        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.Locator("#fout-email")).ToHaveTextAsync("Vul een e-mailadres in zoals naam@voorbeeld.nl.");
        var veld = page.GetByLabel("Je e-mailadres");
        await Assertions.Expect(veld).ToHaveValueAsync("nina@example");
        await Assertions.Expect(veld).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(veld).ToHaveAttributeAsync("aria-describedby", new Regex("fout-email"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Ruwaard" })).ToBeCheckedAsync();
        await ControleerAsync(page);

        await veld.FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden voor de nieuwsbrief" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kijk in je mail", Level = 1 })).ToBeVisibleAsync();
        await ControleerAsync(page);

        var bevestiging = await MailAanAsync(email, "Bevestig je aanmelding");
        await page.GotoAsync(Pad(bevestiging, BevestigLink()));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bevestig je aanmelding", Level = 1 })).ToBeVisibleAsync();
        await ControleerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, ik wil de nieuwsbrief" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("elke week de nieuwsbrief van Ruwaard");
        await ControleerAsync(page);

        // Friday afternoon: the weekly job makes the digest of next week.
        site.Klok.Nu = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero);
        await using (var scope = site.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Weekoverzicht>().VerstuurAsync(TestContext.Current.CancellationToken);
        }

        var weekmail = await MailAanAsync(email, "Nieuwsbrief Ruwaard");
        var afmelden = Pad(weekmail, AfmeldLink());
        Assert.Equal($"<http://localhost:5080{afmelden}>", weekmail.Headers["List-Unsubscribe"]);
        await page.GotoAsync(afmelden);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Afmelden voor de nieuwsbrief", Level = 1 })).ToBeVisibleAsync();
        await ControleerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, meld mij af" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bent afgemeld.");
        await ControleerAsync(page);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Je was al afgemeld", Level = 1 })).ToBeVisibleAsync();
        await ControleerAsync(page);

        var onbekend = await page.GotoAsync("/nieuwsbrief/afmelden/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(404, onbekend!.Status);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await ControleerAsync(page);
    }

    [Fact]
    public async Task Formulier_ZonderJavaScript_FoutDanGoed()
    {
        await using var context = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/nieuwsbrief");

        await page.GetByLabel("Je e-mailadres").FillAsync($"jan.{Guid.NewGuid():N}@example.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden voor de nieuwsbrief" }).ClickAsync();

        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.Locator("#fout-wijken")).ToHaveTextAsync("Kies minstens één wijk.");
        // No axe here: it runs as script, and this page has none. The same error state is checked with axe above.

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ussen" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ruwaard" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden voor de nieuwsbrief" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kijk in je mail", Level = 1 })).ToBeVisibleAsync();
    }

    private static async Task ControleerAsync(IPage page)
    {
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewport = page.ViewportSize?.Width ?? 1280;
        Assert.True(breedte <= viewport, $"{page.Url} is {breedte}px breed op een scherm van {viewport}px");
        await Toegankelijkheid.ControleerAsync(page);
    }

    private async Task<MimeMessage> MailAanAsync(string email, string onderwerpBegin)
    {
        bool Past(MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith(onderwerpBegin, StringComparison.Ordinal);
        var berichten = await site.Smtp.WachtOpAsync(b => b.Any(Past), MailWacht);
        return Assert.Single(berichten, Past);
    }

    // The link carries the site's configured public address; the test site listens on a port of its own.
    private static string Pad(MimeMessage mail, Regex link) => new Uri(link.Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/nieuwsbrief/bevestigen/[A-Za-z0-9_-]{43}")]
    private static partial Regex BevestigLink();

    [GeneratedRegex(@"https?://\S+/nieuwsbrief/afmelden/[A-Za-z0-9_-]{43}")]
    private static partial Regex AfmeldLink();
}

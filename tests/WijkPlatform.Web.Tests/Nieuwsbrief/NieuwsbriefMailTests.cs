using MimeKit;
using static WijkPlatform.Web.Tests.Nieuwsbrief.NieuwsbriefHulp;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

/// <summary>The nieuwsbrief as a mail program receives it, over real SMTP.</summary>
public sealed class NieuwsbriefMailTests(NieuwsbriefSmtpApp app) : IClassFixture<NieuwsbriefSmtpApp>
{
    private static readonly TimeSpan MaxWachten = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Weekoverzicht_OverSmtp_HeeftListUnsubscribeOneClickEnListId()
    {
        var run = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero);
        app.Klok.Nu = run.AddHours(-3);
        var email = NieuwAdres("Smtp");
        var afmelden = await AbonneeAsync(app, email, "ruwaard");
        bool Bevestiging(MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith("Bevestig", StringComparison.Ordinal);
        // Sent on the signal after the commit; waiting for it keeps the clock still while it is under way.
        await app.Smtp.WachtOpAsync(b => b.Any(Bevestiging), MaxWachten);

        await WeekoverzichtAsync(app, run);

        bool Nieuwsbrief(MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith("Nieuwsbrief Ruwaard", StringComparison.Ordinal);
        var mail = Assert.Single(await app.Smtp.WachtOpAsync(b => b.Any(Nieuwsbrief), MaxWachten), Nieuwsbrief);
        var url = $"http://localhost:5080{afmelden}";
        Assert.Equal($"<{url}>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("\"Nieuwsbrief Wij(k) de Ruwaard\" <nieuwsbrief.localhost>", mail.Headers["List-Id"]);
        Assert.Contains(url, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", mail.HtmlBody, StringComparison.Ordinal);

        // The confirmation mail is not list mail: no unsubscribe header there.
        var bevestiging = Assert.Single(app.Smtp.Berichten(), Bevestiging);
        Assert.False(bevestiging.Headers.Contains("List-Unsubscribe"));
        Assert.False(bevestiging.Headers.Contains("List-Unsubscribe-Post"));
    }
}

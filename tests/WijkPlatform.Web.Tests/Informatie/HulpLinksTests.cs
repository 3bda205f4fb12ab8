using System.Text.RegularExpressions;
using MimeKit;
using WijkPlatform.Web.Tests.Beheer;
using WijkPlatform.Web.Tests.Initiatieven;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Informatie;

/// <summary>Every page and mail of a sign-up or an initiatief request points to onafhankelijke cliëntondersteuning: on a
/// page as a link, in a mail as the absolute address, as it lands in the pickup folder.</summary>
public sealed partial class HulpLinksTests(AanvraagApp app) : IClassFixture<AanvraagApp>
{
    private const string Koken = "koken-met-kinderen";
    private const string Link = "href=\"/clientondersteuning\"";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aanmelden_BevestigingEnWachtlijst_PaginaEnMailNoemenClientondersteuning()
    {
        var start = await DatumAsync(app, Koken, 1);
        await ZetCapaciteitAsync(app, Koken, 1);
        var eerste = $"eerste-{Guid.NewGuid():N}@example.nl";
        var tweede = $"tweede-{Guid.NewGuid():N}@example.nl";
        using var client = app.MaakClient();

        var bevestigd = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Fatima el Amrani", eerste));
        var wachtlijst = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", Formulier(start, "Henk de Vries", tweede));

        Assert.Contains("uitkomst=plaats", bevestigd.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("uitkomst=wachtlijst", wachtlijst.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Link, await client.GetStringAsync(bevestigd.Headers.Location, Ct), StringComparison.Ordinal);
        Assert.Contains(Link, await client.GetStringAsync(wachtlijst.Headers.Location, Ct), StringComparison.Ordinal);
        NoemtClientondersteuning(await AccountHulp.MailAsync(app, eerste, "aanmelding.bevestiging"));
        NoemtClientondersteuning(await AccountHulp.MailAsync(app, tweede, "aanmelding.wachtlijst"));
    }

    [Fact]
    public async Task Initiatief_VanBeginTotStatuspagina_PaginasEnMailsNoemenClientondersteuning()
    {
        var email = AanvraagHulp.NieuwEmail();
        using var client = app.MaakClient();
        Assert.Contains(Link, await app.HaalAsync("/initiatief"), StringComparison.Ordinal);

        var sleutel = await AanvraagHulp.BeginAsync(client, email);
        await AanvraagHulp.VulInAsync(client, sleutel);
        var verstuurd = await AanvraagHulp.VerstuurAsync(client, sleutel);

        NoemtClientondersteuning(await AccountHulp.MailAsync(app, email, "initiatief-ga-verder"));
        var ontvangenMail = await AccountHulp.MailAsync(app, email, "initiatief-ontvangen");
        NoemtClientondersteuning(ontvangenMail);
        Assert.Equal(HttpStatusCode.Redirect, verstuurd.StatusCode);
        Assert.Contains(Link, await client.GetStringAsync(verstuurd.Headers.Location, Ct), StringComparison.Ordinal);
        Assert.Contains(Link, await app.HaalAsync(AccountHulp.Link(ontvangenMail, "/initiatief/status/")), StringComparison.Ordinal);
        Assert.Contains(Link, await app.HaalAsync("/initiatief/status"), StringComparison.Ordinal);
        var onbekend = await client.GetAsync("/initiatief/status/bestaat-niet-bestaat-niet-bestaat-niet-bestaat", Ct);
        Assert.Contains(Link, await onbekend.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wijkteam_LinktNaarClientondersteuningEnDeOpzoekfunctie()
    {
        var html = await app.HaalAsync("/wijkteam");

        Assert.Contains(Link, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clientondersteuning#wie-helpt-mij\"", html, StringComparison.Ordinal);
    }

    private static void NoemtClientondersteuning(MimeMessage mail)
    {
        Assert.Matches(AbsoluteLink(), mail.TextBody);
        Assert.Matches("href=\"https?://[^\"/]+/clientondersteuning\"", mail.HtmlBody);
        Assert.Contains("cliëntondersteuner", mail.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?m)^https?://[^/\s]+/clientondersteuning$")]
    private static partial Regex AbsoluteLink();
}

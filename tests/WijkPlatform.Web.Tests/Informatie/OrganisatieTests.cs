namespace WijkPlatform.Web.Tests.Informatie;

public sealed class OrganisatieTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Collectief_ToontWieZeZijnContactEnKomendeActiviteiten()
    {
        var html = await app.HaalAsync("/organisaties/wijkraad-ruwaard");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Wijkraad Ruwaard</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Bewonerscollectief", html, StringComparison.Ordinal);
        Assert.Contains("Buurtlunch in De Haard", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Koffie-inloop", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerMetInloop_ToontDeOpeningstijden()
    {
        var html = await app.HaalAsync("/organisaties/brabant-zorg");

        Assert.Contains("Binnenlopen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wijk-agenda__item", html[html.IndexOf("kop-komend", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Matches(@"<li>(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag): \d\d:\d\d–\d\d:\d\d</li>", html);
    }

    [Fact]
    public async Task Onbekend_GeeftNietGevonden()
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync("/organisaties/bestaat-niet", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Activiteitpagina_LinktNaarDeOrganisatie()
    {
        var html = await app.HaalAsync("/activiteiten/buurtlunch-de-haard");

        Assert.Contains("href=\"/organisaties/wijkraad-ruwaard\"", html, StringComparison.Ordinal);
    }
}

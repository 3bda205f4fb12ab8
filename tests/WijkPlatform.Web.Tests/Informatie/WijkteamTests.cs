namespace WijkPlatform.Web.Tests.Informatie;

public sealed class WijkteamTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_ToontWatJeMagVerwachtenEnWaarmeeHetWijkteamHelpt()
    {
        var html = await app.HaalAsync("/wijkteam");

        var verwachten = ClientondersteuningTests.Deel(html, "id=\"kop-verwachten\"", "</section>");
        Assert.Contains("Binnen <strong>twee weken</strong> heb je een afspraak", verwachten, StringComparison.Ordinal);
        Assert.Contains("Binnen <strong>zes weken</strong> gebeurt wat in het plan staat", verwachten, StringComparison.Ordinal);
        Assert.Contains("Waarmee helpt het wijkteam?", html, StringComparison.Ordinal);
        Assert.Contains("geld, schulden en post die je niet begrijpt", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#wijk-ruwaard\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#wijk-ussen\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PerWijkContactpuntInloopEnDeClientondersteunersVanDieWijk()
    {
        var html = await app.HaalAsync("/wijkteam");

        var ruwaard = ClientondersteuningTests.Deel(html, "id=\"wijk-ruwaard\"", "</section>");
        var ussen = ClientondersteuningTests.Deel(html, "id=\"wijk-ussen\"", "</section>");
        Assert.Contains(">Wijkteam Ruwaard</h3>", ruwaard, StringComparison.Ordinal);
        Assert.Contains("Wijkhuis De Haard (Ons Huis van de Wijk)", ruwaard, StringComparison.Ordinal);
        Assert.Contains("Maandag, woensdag en vrijdag van 9.30 tot 11.30 uur in De Haard", ruwaard, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0412000001\"", ruwaard, StringComparison.Ordinal);
        Assert.Contains("<summary>Zo werkt Wijkteam Ruwaard</summary>", ruwaard, StringComparison.Ordinal);
        Assert.Contains("<strong>Cliëntondersteuner in de Ruwaard</strong>: binnenlopen dinsdag van 10.00 tot 12.00 uur", ruwaard, StringComparison.Ordinal);
        Assert.Contains("<strong>Cliëntondersteuning Oss: telefoon en e-mail</strong>: op afspraak", ruwaard, StringComparison.Ordinal);
        Assert.DoesNotContain("Cliëntondersteuner in Ussen", ruwaard, StringComparison.Ordinal);
        Assert.Contains("href=\"/clientondersteuning#wie-helpt-mij\"", ruwaard, StringComparison.Ordinal);

        Assert.Contains(">Wijkteam Ussen</h3>", ussen, StringComparison.Ordinal);
        Assert.Contains("Dinsdag en donderdag van 9.00 tot 11.00 uur in De Hille", ussen, StringComparison.Ordinal);
        Assert.Contains("<strong>Cliëntondersteuner in Ussen</strong>: binnenlopen donderdag", ussen, StringComparison.Ordinal);
        Assert.Contains("<strong>Cliëntondersteuning voor ouders en jongeren</strong>: op afspraak", ussen, StringComparison.Ordinal);
        Assert.DoesNotContain("Cliëntondersteuner in de Ruwaard", ussen, StringComparison.Ordinal);
    }
}

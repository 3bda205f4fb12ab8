using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Pages.Initiatief;
using static WijkPlatform.Web.Tests.Initiatieven.StatusHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

public sealed class ToegekendPaginaTests(StatusHulp.App app) : IClassFixture<StatusHulp.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_ToontToegekendMetToestemmingZonderPersoonsgegevens()
    {
        var lang = "Een moestuin voor de hele straat. " + string.Concat(Enumerable.Repeat("We zaaien, wieden en oogsten samen met de kinderen van de school. ", 8))
            + "STAARTJE-DAT-NIET-PUBLIEK-HOEFT";
        var met = await IngediendAsync(app, email: "toegekend1@example.nl", titel: "Moestuin Ruwaard", publiceren: true, bedragInCenten: 45_000, wat: lang);
        var zonder = await IngediendAsync(app, email: "toegekend2@example.nl", titel: "Geheim buurtfeest", publiceren: false);
        var afgewezen = await IngediendAsync(app, email: "toegekend3@example.nl", titel: "Afgewezen plan", publiceren: true);
        await ToekennenAsync(met.Id, 45_000);
        await ToekennenAsync(zonder.Id, 40_000);
        await StapAsync(app, Carla, (s, m) => s.NeemInBehandelingAsync(m, afgewezen.Id, Ct));
        await StapAsync(app, Carla, (s, m) => s.BeslisAsync(m, afgewezen.Id, Beslissing.Afwijzen, 0, "Niet nieuw.", Ct));

        var html = await app.HaalAsync("/initiatief/toegekend?wijk=ruwaard");

        Assert.Contains("Toegekende bewonersinitiatieven in 2026", html, StringComparison.Ordinal);
        Assert.Contains("Moestuin Ruwaard", html, StringComparison.Ordinal);
        Assert.Contains("€ 450,00", html, StringComparison.Ordinal);
        Assert.Contains("Een moestuin voor de hele straat.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("STAARTJE-DAT-NIET-PUBLIEK-HOEFT", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim buurtfeest", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Afgewezen plan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatima", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.nl", html, StringComparison.Ordinal);
        Assert.DoesNotContain("5343", html, StringComparison.Ordinal);
        Assert.Contains("€ 25.000,00", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Bedrag</th>", html, StringComparison.Ordinal);
        Assert.Contains("Nog over", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ZonderWijk_ToontElkeActieveWijkMetStand()
    {
        var html = await app.HaalAsync("/initiatief/toegekend");

        Assert.Contains("id=\"wijk-ruwaard\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wijk-ussen\"", html, StringComparison.Ordinal);
        Assert.Contains("€ 20.000,00", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/initiatief/toegekend?jaar=2027\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnderJaar_ToontDatJaarEnOnbekendJaarOfWijkGeeft404()
    {
        using var client = app.MaakClient();

        var html = await app.HaalAsync("/initiatief/toegekend?wijk=ussen&jaar=2027");
        var oudJaar = await client.GetAsync("/initiatief/toegekend?jaar=1999", Ct);
        var onbekendeWijk = await client.GetAsync("/initiatief/toegekend?wijk=nergens", Ct);

        Assert.Contains("Toegekende bewonersinitiatieven in 2027", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"wijk-ruwaard\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, oudJaar.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onbekendeWijk.StatusCode);
    }

    [Fact]
    public void Kort_LangeTekst_KnipOpWoordGrens()
    {
        var tekst = string.Concat(Enumerable.Repeat("woord ", 100));

        var kort = ToegekendModel.Kort(tekst)!;

        Assert.True(kort.Length <= ToegekendModel.KorteOmschrijving + 2);
        Assert.EndsWith("woord …", kort, StringComparison.Ordinal);
    }

    private async Task ToekennenAsync(int id, long bedrag)
    {
        await StapAsync(app, Carla, (s, m) => s.NeemInBehandelingAsync(m, id, Ct));
        await StapAsync(app, Carla, (s, m) => s.BeslisAsync(m, id, Beslissing.Toekennen, bedrag, "Goed plan.", Ct));
    }
}

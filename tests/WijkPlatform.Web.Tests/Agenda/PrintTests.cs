namespace WijkPlatform.Web.Tests.Agenda;

public sealed class PrintTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_Week49_ToontDieWeekPerDagMetContact()
    {
        var html = await app.HaalAsync("/activiteiten/print?week=2026-W49");

        Assert.Contains("Week 49: 30 november tot en met 6 december 2026", html, StringComparison.Ordinal);
        Assert.Contains(">dinsdag 1 december</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Koffie-inloop in De Haard</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Wijkteam Ruwaard: 0412", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">maandag 7 december</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WijkUssen_ToontAlleenUssenEnHaarWijkteam()
    {
        var html = await app.HaalAsync("/activiteiten/print?week=2026-W49&wijk=ussen");

        Assert.Contains("Wijkagenda Ussen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Koffie-inloop in De Haard", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkteam Ruwaard:", html, StringComparison.Ordinal);
        Assert.Contains("Wijkteam Ussen:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-W99")]
    [InlineData("volgende week")]
    [InlineData("<b>")]
    public async Task Get_OnbekendeWeek_ToontDezeWeekMetMelding(string week)
    {
        var html = await app.HaalAsync($"/activiteiten/print?week={Uri.EscapeDataString(week)}");

        Assert.Contains("Deze week kennen we niet.", html, StringComparison.Ordinal);
        Assert.Contains("Week 48: 23 november tot en met 29 november 2026", html, StringComparison.Ordinal);
    }

}

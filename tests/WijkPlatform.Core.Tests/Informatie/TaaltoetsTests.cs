using WijkPlatform.Core.Informatie;
using Xunit;

namespace WijkPlatform.Core.Tests.Informatie;

public sealed class TaaltoetsTests
{
    private const string LangeZin =
        "Indien u in aanmerking wenst te komen voor een bijdrage uit het wijkbudget dient u teneinde de aanvraag volledig te maken alle documenten in te leveren.";

    [Fact]
    public void Controleer_KorteGewoneZinnen_HaaltB1()
    {
        var uitslag = Taaltoets.Controleer("We maken samen soep. Iedereen mag mee eten. Het is gratis.");

        Assert.Equal(3, uitslag.Zinnen);
        Assert.Equal(11, uitslag.Woorden);
        Assert.Empty(uitslag.LangeZinnen);
        Assert.True(uitslag.Leesbaarheid >= Taaltoets.B1Drempel, uitslag.Leesbaarheid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(uitslag.B1Gehaald);
        Assert.Contains("taalniveau B1", uitslag.Oordeel, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_ZinVanMeerDan20Woorden_WordtGemeld_B1NietGehaald()
    {
        var uitslag = Taaltoets.Controleer(LangeZin + " Dat is alles.");

        var lang = Assert.Single(uitslag.LangeZinnen);
        Assert.Equal(26, lang.Woorden);
        Assert.StartsWith("Indien u in aanmerking", lang.Tekst, StringComparison.Ordinal);
        Assert.False(uitslag.B1Gehaald);
        Assert.Contains("te moeilijk voor taalniveau B1", uitslag.Oordeel, StringComparison.Ordinal);
        Assert.Contains("maak de lange zin korter", uitslag.Oordeel, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_MoeilijkeWoorden_MetAlternatief()
    {
        var uitslag = Taaltoets.Controleer("Indien je woonachtig bent in Ussen, kun je een pas aanvragen. Wij verstrekken hem gratis. INDIEN nodig helpen we.");

        var woorden = uitslag.MoeilijkeWoorden.ToDictionary(m => m.Woord, m => (m.Alternatief, m.Aantal));
        Assert.Equal(("als", 2), woorden["indien"]);
        Assert.Equal(("wonen", 1), woorden["woonachtig"]);
        Assert.Equal(("vragen om", 1), woorden["aanvragen"]);
        Assert.Equal(("geven", 1), woorden["verstrekken"]);
        Assert.False(woorden.ContainsKey("teneinde"));
    }

    [Fact]
    public void Controleer_WoordgroepUitDeLijst_WordtHerkend()
    {
        var uitslag = Taaltoets.Controleer("Dit gaat met betrekking tot de buurt.");

        Assert.Contains(uitslag.MoeilijkeWoorden, m => m.Woord == "met betrekking tot" && m.Alternatief == "over");
    }

    [Fact]
    public void Controleer_LangeWoorden_NaarLettergrepenOfLetters()
    {
        var uitslag = Taaltoets.Controleer("De gemeenteraadsvergadering en de activiteiten. De kat slaapt.");

        Assert.Contains(uitslag.LangeWoorden, w => w.Woord == "gemeenteraadsvergadering");
        Assert.Contains(uitslag.LangeWoorden, w => w.Woord == "activiteiten");
        Assert.DoesNotContain(uitslag.LangeWoorden, w => w.Woord == "slaapt");
    }

    [Theory]
    [InlineData("kat", 1)]
    [InlineData("huis", 1)]
    [InlineData("buurthuis", 2)]
    [InlineData("ijsje", 2)]
    [InlineData("mooie", 2)]
    [InlineData("piano", 3)]
    [InlineData("leeuw", 1)]
    [InlineData("activiteiten", 5)]
    [InlineData("ideeën", 3)]
    [InlineData("2026", 1)]
    public void Lettergrepen_NederlandseWoorden(string woord, int verwacht) =>
        Assert.Equal(verwacht, Taaltoets.Lettergrepen(woord));

    [Fact]
    public void Leesbaarheid_VolgtFleschDouma()
    {
        // 4 words, 4 syllables, 1 sentence: 206.84 - 0.77 * 100 - 0.93 * 4 = 126.1
        var uitslag = Taaltoets.Controleer("De kat zit hier.");

        Assert.Equal(126.1, uitslag.Leesbaarheid, 1);
    }

    [Fact]
    public void Zinnen_MarkdownKoppenEnLijstenZijnZinnen_LinkadressenTellenNiet()
    {
        var zinnen = Taaltoets.Zinnen("""
            ## Wat is het

            Lees [de uitleg op de website](https://www.example.org/een/heel/lang/adres?met=veel&woorden=erin) goed.
            Bel ons bijv. om 10.00 uur.

            - eerste punt
            - tweede punt

            ```
            code telt niet mee
            ```
            """);

        Assert.Equal(["Wat is het", "Lees de uitleg op de website goed.", "Bel ons bijv. om 10.00 uur.", "eerste punt", "tweede punt"], zinnen);
    }

    [Fact]
    public void Controleer_LegeTekst_GeenOordeelOverB1()
    {
        var uitslag = Taaltoets.Controleer("", null, "   ");

        Assert.True(uitslag.IsLeeg);
        Assert.False(uitslag.B1Gehaald);
    }

    [Fact]
    public void Woordenlijst_HeeftMeerDan60Woorden_AllemaalMetAlternatief()
    {
        var lijst = Taaltoets.MoeilijkeWoordenLijst.ToList();

        Assert.True(lijst.Count >= 60, $"{lijst.Count} woorden");
        Assert.All(lijst, w => Assert.False(string.IsNullOrWhiteSpace(w.Alternatief)));
        Assert.Equal(lijst.Count, lijst.Select(w => w.Woord).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}

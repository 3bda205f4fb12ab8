using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Agenda;

public sealed class HerhalingKeuzeTests
{
    private static DateTime Utc(int jaar, int maand, int dag, int uur = 0) => new(jaar, maand, dag, uur, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(HerhaalSoort.Eenmalig, null)]
    [InlineData(HerhaalSoort.Wekelijks, "FREQ=WEEKLY;BYDAY=TU")]
    [InlineData(HerhaalSoort.Tweewekelijks, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")]
    [InlineData(HerhaalSoort.Maandelijks, "FREQ=MONTHLY;BYDAY=2TU")]
    public void Maak_GeeftDeRegelVoorDeKeuze(HerhaalSoort soort, string? verwacht)
    {
        // Tuesday 8 December 2026 is the second Tuesday of the month.
        Assert.Equal(verwacht, HerhalingKeuze.Maak(soort, new DateOnly(2026, 12, 8), null));
    }

    [Fact]
    public void Maak_VijfdeWeekWordtLaatsteVanDeMaand()
    {
        Assert.Equal("FREQ=MONTHLY;BYDAY=-1TU", HerhalingKeuze.Maak(HerhaalSoort.Maandelijks, new DateOnly(2026, 12, 29), null));
    }

    [Fact]
    public void Maak_TotEnMet_NeemtDeLaatsteDagMee()
    {
        var regel = HerhalingKeuze.Maak(HerhaalSoort.Wekelijks, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15));
        var start = new DateTime(2026, 12, 1, 10, 0, 0);

        var datums = Herhaling.Voorkomens(start, regel, Utc(2026, 11, 1), Utc(2027, 3, 1)).ToList();

        Assert.Equal([Utc(2026, 12, 1, 9), Utc(2026, 12, 8, 9), Utc(2026, 12, 15, 9)], datums);
    }

    [Theory]
    [InlineData(HerhaalSoort.Wekelijks)]
    [InlineData(HerhaalSoort.Tweewekelijks)]
    [InlineData(HerhaalSoort.Maandelijks)]
    public void Lees_GeeftDeKeuzeEnDeEinddatumTerug(HerhaalSoort soort)
    {
        var regel = HerhalingKeuze.Maak(soort, new DateOnly(2026, 12, 8), new DateOnly(2027, 6, 30));

        var (gelezen, tot) = HerhalingKeuze.Lees(regel);

        Assert.Equal(soort, gelezen);
        Assert.Equal(new DateOnly(2027, 6, 30), tot);
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU,TH")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU")]
    public void Lees_AndereRegel_IsEigen(string regel)
    {
        Assert.Equal(HerhaalSoort.Eigen, HerhalingKeuze.Lees(regel).Soort);
        Assert.Equal(regel, HerhalingKeuze.Maak(HerhaalSoort.Eigen, new DateOnly(2026, 12, 8), null, regel));
    }

    [Theory]
    [InlineData("Koffie & Praat in de Hille!", "koffie-praat-in-de-hille")]
    [InlineData("Café Één — met crème brûlée", "cafe-een-met-creme-brulee")]
    [InlineData("!!!", "activiteit")]
    public void Slug_MaaktEenLeesbaarAdres(string titel, string verwacht)
    {
        Assert.Equal(verwacht, ActiviteitBeheer.Slug(titel));
    }
}

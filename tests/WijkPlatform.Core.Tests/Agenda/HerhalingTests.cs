using WijkPlatform.Core.Agenda;
using Xunit;

namespace WijkPlatform.Core.Tests.Agenda;

public sealed class HerhalingTests
{
    private static DateTime Utc(int jaar, int maand, int dag, int uur = 0, int minuut = 0) =>
        new(jaar, maand, dag, uur, minuut, 0, DateTimeKind.Utc);

    [Fact]
    public void Voorkomens_EenmaligBinnenVenster_GeeftStartInUtc()
    {
        var start = new DateTime(2026, 7, 1, 14, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, null, Utc(2026, 7, 1), Utc(2026, 7, 2)).ToList();

        var voorkomen = Assert.Single(voorkomens);
        Assert.Equal(Utc(2026, 7, 1, 12), voorkomen);
        Assert.Equal(DateTimeKind.Utc, voorkomen.Kind);
    }

    [Fact]
    public void Voorkomens_EenmaligBuitenVenster_GeeftNiets()
    {
        var start = new DateTime(2026, 7, 1, 14, 0, 0);

        var ervoor = Herhaling.Voorkomens(start, null, Utc(2026, 6, 1), Utc(2026, 7, 1));
        var erna = Herhaling.Voorkomens(start, null, Utc(2026, 7, 2), Utc(2026, 8, 1));

        Assert.Empty(ervoor);
        Assert.Empty(erna);
    }

    [Fact]
    public void Voorkomens_EenmaligOpEindeVenster_ValtErBuiten()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var opEinde = Herhaling.Voorkomens(start, null, Utc(2026, 1, 1), Utc(2026, 1, 6, 9));
        var opBegin = Herhaling.Voorkomens(start, null, Utc(2026, 1, 6, 9), Utc(2026, 1, 7));

        Assert.Empty(opEinde);
        Assert.Equal([Utc(2026, 1, 6, 9)], opBegin);
    }

    [Fact]
    public void Voorkomens_WekelijksOverZomertijd_BlijftOmTienUurLokaal()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;BYDAY=TU", Utc(2026, 3, 20), Utc(2026, 4, 4)).ToList();

        Assert.Equal([Utc(2026, 3, 24, 9), Utc(2026, 3, 31, 8)], voorkomens);
        Assert.All(voorkomens, v => Assert.Equal(DateTimeKind.Utc, v.Kind));
    }

    [Fact]
    public void Voorkomens_WekelijksOverWintertijd_BlijftOmTienUurLokaal()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;BYDAY=TU", Utc(2026, 10, 16), Utc(2026, 10, 31)).ToList();

        Assert.Equal([Utc(2026, 10, 20, 8), Utc(2026, 10, 27, 9)], voorkomens);
        Assert.All(voorkomens, v => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(Herhaling.NaarLokaal(v))));
    }

    [Fact]
    public void Voorkomens_OmDeWeek_SlaatWekenOver()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;INTERVAL=2", Utc(2026, 1, 1), Utc(2026, 2, 28));

        Assert.Equal([Utc(2026, 1, 6, 9), Utc(2026, 1, 20, 9), Utc(2026, 2, 3, 9), Utc(2026, 2, 17, 9)], voorkomens);
    }

    [Fact]
    public void Voorkomens_TweedeDinsdagVanDeMaand_GeeftElkeMaandDieDinsdag()
    {
        var start = new DateTime(2026, 1, 13, 19, 30, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=MONTHLY;BYDAY=2TU", Utc(2026, 1, 1), Utc(2026, 5, 1));

        Assert.Equal(
            [Utc(2026, 1, 13, 18, 30), Utc(2026, 2, 10, 18, 30), Utc(2026, 3, 10, 18, 30), Utc(2026, 4, 14, 17, 30)],
            voorkomens);
    }

    [Fact]
    public void Voorkomens_LaatsteZaterdagVanDeMaand_GeeftElkeMaandDieZaterdag()
    {
        var start = new DateTime(2026, 1, 31, 14, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=MONTHLY;BYDAY=-1SA", Utc(2026, 1, 1), Utc(2026, 6, 1));

        Assert.Equal(
            [Utc(2026, 1, 31, 13), Utc(2026, 2, 28, 13), Utc(2026, 3, 28, 13), Utc(2026, 4, 25, 12), Utc(2026, 5, 30, 12)],
            voorkomens);
    }

    [Fact]
    public void Voorkomens_MetCount_StoptNaHetAantal()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;COUNT=3", Utc(2026, 1, 1), Utc(2027, 1, 1));

        Assert.Equal([Utc(2026, 1, 6, 9), Utc(2026, 1, 13, 9), Utc(2026, 1, 20, 9)], voorkomens);
    }

    [Fact]
    public void Voorkomens_MetCountEnLaterVenster_TeltVanafDeStart()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;COUNT=3", Utc(2026, 1, 14), Utc(2027, 1, 1));

        Assert.Equal([Utc(2026, 1, 20, 9)], voorkomens);
    }

    [Fact]
    public void Voorkomens_MetUntil_StoptOpDieDatumInclusief()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;UNTIL=20260127T090000Z", Utc(2026, 1, 1), Utc(2027, 1, 1));

        Assert.Equal([Utc(2026, 1, 6, 9), Utc(2026, 1, 13, 9), Utc(2026, 1, 20, 9), Utc(2026, 1, 27, 9)], voorkomens);
    }

    [Fact]
    public void Voorkomens_MeerdereDagenPerWeek_GeeftElkeDag()
    {
        var start = new DateTime(2026, 1, 5, 9, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY;BYDAY=MO,WE,FR", Utc(2026, 1, 1), Utc(2026, 1, 17));

        Assert.Equal(
            [Utc(2026, 1, 5, 8), Utc(2026, 1, 7, 8), Utc(2026, 1, 9, 8), Utc(2026, 1, 12, 8), Utc(2026, 1, 14, 8), Utc(2026, 1, 16, 8)],
            voorkomens);
    }

    [Fact]
    public void Voorkomens_VoorkomenOpEindeVenster_ValtErBuiten()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY", Utc(2026, 1, 6, 9), Utc(2026, 1, 20, 9));

        Assert.Equal([Utc(2026, 1, 6, 9), Utc(2026, 1, 13, 9)], voorkomens);
    }

    [Fact]
    public void Voorkomens_VoorkomenBegonVoorVenster_WordtNietGegeven()
    {
        var start = new DateTime(2026, 1, 6, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY", Utc(2026, 1, 13, 9, 30), Utc(2026, 1, 28));

        Assert.Equal([Utc(2026, 1, 20, 9), Utc(2026, 1, 27, 9)], voorkomens);
    }

    [Fact]
    public void Voorkomens_VensterVoorStart_GeeftNiets()
    {
        var start = new DateTime(2026, 3, 3, 10, 0, 0);

        var voorkomens = Herhaling.Voorkomens(start, "FREQ=WEEKLY", Utc(2026, 1, 1), Utc(2026, 3, 3, 9));

        Assert.Empty(voorkomens);
    }

    [Fact]
    public void NaarUtc_ZomerEnWinter_TrektJuisteVerschuivingAf()
    {
        var zomer = Herhaling.NaarUtc(new DateTime(2026, 7, 1, 12, 0, 0));
        var winter = Herhaling.NaarUtc(new DateTime(2026, 12, 1, 12, 0, 0));

        Assert.Equal(Utc(2026, 7, 1, 10), zomer);
        Assert.Equal(Utc(2026, 12, 1, 11), winter);
        Assert.Equal(DateTimeKind.Utc, zomer.Kind);
    }

    [Fact]
    public void NaarUtc_TijdInDeZomertijdSprong_GebruiktVerschuivingVanVoorDeSprong()
    {
        var utc = Herhaling.NaarUtc(new DateTime(2026, 3, 29, 2, 30, 0));

        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void NaarUtc_DubbeleTijdInOktober_KiestDeEersteZoalsDeReeks()
    {
        var eenmalig = Herhaling.NaarUtc(new DateTime(2026, 10, 25, 2, 30, 0));
        var reeks = Herhaling.Voorkomens(new DateTime(2026, 10, 25, 2, 30, 0), "FREQ=DAILY;COUNT=1",
            new DateTime(2026, 10, 24, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 26, 0, 0, 0, DateTimeKind.Utc)).Single();

        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), eenmalig);
        Assert.Equal(reeks, eenmalig);
    }

    [Fact]
    public void NaarUtc_LokaleKind_WordtAlsAmsterdamseTijdGelezen()
    {
        var utc = Herhaling.NaarUtc(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Local));

        Assert.Equal(Utc(2026, 7, 1, 10), utc);
    }

    [Fact]
    public void NaarLokaal_ZomerEnWinter_TeltJuisteVerschuivingOp()
    {
        var zomer = Herhaling.NaarLokaal(Utc(2026, 7, 1, 10));
        var winter = Herhaling.NaarLokaal(Utc(2026, 12, 1, 11));

        Assert.Equal(new DateTime(2026, 7, 1, 12, 0, 0), zomer);
        Assert.Equal(new DateTime(2026, 12, 1, 12, 0, 0), winter);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Controleer_Leeg_GeeftNull(string? regel)
    {
        var resultaat = Herhaling.Controleer(regel);

        Assert.Null(resultaat);
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=TU")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2")]
    [InlineData("FREQ=MONTHLY;BYDAY=2TU")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1SA")]
    [InlineData("FREQ=WEEKLY;COUNT=3")]
    [InlineData("FREQ=WEEKLY;UNTIL=20260127T090000Z")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,WE,FR")]
    public void Controleer_GeldigeRegel_GeeftRegelTerug(string regel)
    {
        var resultaat = Herhaling.Controleer(regel);

        Assert.Equal(regel, resultaat);
    }

    [Fact]
    public void Controleer_RegelMetSpaties_GeeftGetrimdeRegel()
    {
        var resultaat = Herhaling.Controleer("  FREQ=WEEKLY;BYDAY=TU \n");

        Assert.Equal("FREQ=WEEKLY;BYDAY=TU", resultaat);
    }

    [Theory]
    [InlineData("FREQ=SOMETIMES")]
    [InlineData("hello")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("FREQ=WEEKLY;COUNT=drie")]
    public void Controleer_OngeldigeRegel_GooitFormatException(string regel)
    {
        var fout = Assert.Throws<FormatException>(() => Herhaling.Controleer(regel));

        Assert.Contains(regel, fout.Message, StringComparison.Ordinal);
    }
}

using WijkPlatform.Core.Agenda;
using Xunit;

namespace WijkPlatform.Core.Tests.Agenda;

public sealed class PlanningTests
{
    private static readonly DateTime December = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Januari = new(2027, 1, 11, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Datums_Openingstijden_GevenElkeOpenDagMetEigenTijden()
    {
        var bron = Bron(openingstijden:
        [
            new Openingstijd { Dag = DayOfWeek.Tuesday, Van = new(10, 0), Tot = new(14, 0) },
            new Openingstijd { Dag = DayOfWeek.Thursday, Van = new(13, 30), Tot = new(16, 0) },
        ]);

        var datums = Planning.Datums(bron, December, December.AddDays(7)).ToList();

        Assert.Equal(2, datums.Count);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), datums[0].StartUtc);
        Assert.Equal(new DateTime(2026, 12, 1, 13, 0, 0, DateTimeKind.Utc), datums[0].EindUtc);
        Assert.Equal(new DateTime(2026, 12, 3, 12, 30, 0, DateTimeKind.Utc), datums[1].StartUtc);
    }

    [Fact]
    public void Datums_SluitingOverDeFeestdagen_LaatDieDagenWeg()
    {
        var bron = Bron(
            openingstijden: [new Openingstijd { Dag = DayOfWeek.Tuesday, Van = new(10, 0), Tot = new(14, 0) }],
            uitzonderingen: [new Uitzondering { Datum = new(2026, 12, 24), TotEnMet = new(2027, 1, 1), Reden = "Kerstvakantie" }]);

        var dagen = Planning.Datums(bron, December, Januari).Select(d => d.StartUtc.Day).ToList();

        Assert.Equal([1, 8, 15, 22, 5], dagen);
    }

    [Fact]
    public void Datums_UitzonderingOpEenDag_IsEenExdate()
    {
        var bron = Bron(herhaling: "FREQ=WEEKLY;BYDAY=WE", uitzonderingen: [new Uitzondering { Datum = new(2026, 12, 9) }]);

        var dagen = Planning.Datums(bron, December, December.AddDays(21)).Select(d => d.StartUtc.Day).ToList();

        Assert.Equal([2, 16], dagen);
    }

    [Fact]
    public void Datums_VerplaatsteDatum_StaatOpDeNieuweTijdMetDeOudeErbij()
    {
        var bron = Bron(herhaling: "FREQ=WEEKLY;BYDAY=WE", uitzonderingen:
            [new Uitzondering { Datum = new(2026, 12, 9), NieuweStartLokaal = new(2026, 12, 10, 19, 0, 0), Reden = "Op donderdag" }]);

        var datums = Planning.Datums(bron, December, December.AddDays(14)).ToList();

        var verplaatst = Assert.Single(datums, d => d.OorspronkelijkeStartUtc is not null);
        Assert.Equal(new DateTime(2026, 12, 10, 18, 0, 0, DateTimeKind.Utc), verplaatst.StartUtc);
        Assert.Equal(new DateTime(2026, 12, 10, 20, 0, 0, DateTimeKind.Utc), verplaatst.EindUtc);
        Assert.Equal(new DateTime(2026, 12, 9, 18, 0, 0, DateTimeKind.Utc), verplaatst.OorspronkelijkeStartUtc);
        Assert.Equal("Op donderdag", verplaatst.Toelichting);
        Assert.Equal(2, datums.Count);
    }

    [Fact]
    public void Datums_NaarVolgendeWeekVerplaatst_ValtInHetVensterVanDieWeek()
    {
        var bron = Bron(herhaling: "FREQ=WEEKLY;BYDAY=WE", uitzonderingen:
            [new Uitzondering { Datum = new(2026, 12, 2), NieuweStartLokaal = new(2026, 12, 8, 19, 0, 0) }]);

        var week = Planning.Datums(bron, new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 14, 0, 0, 0, DateTimeKind.Utc))
            .Select(d => d.StartUtc.Day).ToList();

        Assert.Equal([8, 9], week);
    }

    [Fact]
    public void Datums_OpeningstijdenVoorDeEersteDag_TellenNiet()
    {
        var bron = Bron(start: new DateTime(2026, 12, 7, 10, 0, 0),
            openingstijden: [new Openingstijd { Dag = DayOfWeek.Tuesday, Van = new(10, 0), Tot = new(12, 0) }]);

        var dagen = Planning.Datums(bron, December, December.AddDays(14)).Select(d => d.StartUtc.Day).ToList();

        Assert.Equal([8], dagen);
    }

    private static Planning.Bron Bron(string? herhaling = null, DateTime? start = null, List<Openingstijd>? openingstijden = null,
        List<Uitzondering>? uitzonderingen = null) =>
        new(start ?? new DateTime(2026, 1, 7, 19, 0, 0), 120, herhaling, openingstijden ?? [], uitzonderingen ?? []);
}

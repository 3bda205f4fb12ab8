using WijkPlatform.Core.Agenda;
using Xunit;

namespace WijkPlatform.Core.Tests.Agenda;

public sealed class PeriodesTests
{
    // Tuesday 24 November 2026, 10:30 in Oss (09:30 UTC, winter time).
    private static readonly DateTime Nu = new(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Bereken_Vandaag_LooptVanNuTotMiddernacht()
    {
        var (van, tot) = Periodes.Bereken(Periode.Vandaag, null, null, Nu);

        Assert.Equal(Nu, van);
        Assert.Equal(new DateTime(2026, 11, 24, 23, 0, 0, DateTimeKind.Utc), tot);
    }

    [Fact]
    public void Bereken_Morgen_IsDeHeleVolgendeDag()
    {
        var (van, tot) = Periodes.Bereken(Periode.Morgen, null, null, Nu);

        Assert.Equal(new DateTime(2026, 11, 24, 23, 0, 0, DateTimeKind.Utc), van);
        Assert.Equal(new DateTime(2026, 11, 25, 23, 0, 0, DateTimeKind.Utc), tot);
    }

    [Fact]
    public void Bereken_DezeWeek_LooptTotEnMetZondag()
    {
        var (_, tot) = Periodes.Bereken(Periode.DezeWeek, null, null, Nu);

        Assert.Equal(new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc), tot);
    }

    [Fact]
    public void Bereken_Weekend_IsZaterdagEnZondag()
    {
        var (van, tot) = Periodes.Bereken(Periode.Weekend, null, null, Nu);

        Assert.Equal(new DateTime(2026, 11, 27, 23, 0, 0, DateTimeKind.Utc), van);
        Assert.Equal(new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc), tot);
    }

    [Fact]
    public void Bereken_WeekendOpZondag_IsAlleenNogDeRestVanZondag()
    {
        var zondag = new DateTime(2026, 11, 29, 14, 0, 0, DateTimeKind.Utc);

        var (van, tot) = Periodes.Bereken(Periode.Weekend, null, null, zondag);

        Assert.Equal(zondag, van);
        Assert.Equal(new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc), tot);
    }

    [Fact]
    public void Bereken_EigenDatumsInDeZomer_GebruiktZomertijd()
    {
        var (van, tot) = Periodes.Bereken(Periode.Datums, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 2), Nu);

        Assert.Equal(new DateTime(2027, 6, 30, 22, 0, 0, DateTimeKind.Utc), van);
        Assert.Equal(new DateTime(2027, 7, 2, 22, 0, 0, DateTimeKind.Utc), tot);
    }
}

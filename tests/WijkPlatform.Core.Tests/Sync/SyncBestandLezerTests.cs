using System.Globalization;
using System.Xml.Linq;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Sync;
using Xunit;

namespace WijkPlatform.Core.Tests.Sync;

public sealed class SyncBestandLezerTests
{
    private static readonly Dictionary<(string Soort, string Alias), int> Ids = new()
    {
        [("Locaties", "buurthuis-de-schakel")] = 7,
        [("Wijken", "buurthuis-de-schakel")] = 3,
        [("Wijken", "ruwaard")] = 12,
    };

    private static SyncBestandLezer Lezer(params XElement[] velden) =>
        new(new XElement("item", velden), (soort, alias) => Ids.TryGetValue((soort, alias), out var id) ? id : null);

    [Fact]
    public void Tekst_MetSpaties_GeeftGetrimdeTekst()
    {
        var lezer = Lezer(new XElement("naam", "  Koffieochtend \n"));

        var tekst = lezer.Tekst("naam");

        Assert.Equal("Koffieochtend", tekst);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Tekst_Leeg_GooitSyncFoutMetElementnaam(string waarde)
    {
        var lezer = Lezer(new XElement("naam", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Tekst("naam"));

        Assert.Contains("<naam>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tekst_Ontbreekt_GooitSyncFoutMetElementnaam()
    {
        var lezer = Lezer(new XElement("andere", "x"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Tekst("naam"));

        Assert.Contains("<naam>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptioneleTekst_MetSpaties_GeeftGetrimdeTekst()
    {
        var lezer = Lezer(new XElement("omschrijving", "\n  Elke week koffie.  "));

        var tekst = lezer.OptioneleTekst("omschrijving");

        Assert.Equal("Elke week koffie.", tekst);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void OptioneleTekst_Leeg_GeeftNull(string waarde)
    {
        var lezer = Lezer(new XElement("omschrijving", waarde));

        var tekst = lezer.OptioneleTekst("omschrijving");

        Assert.Null(tekst);
    }

    [Fact]
    public void OptioneleTekst_Ontbreekt_GeeftNull()
    {
        var lezer = Lezer();

        var tekst = lezer.OptioneleTekst("omschrijving");

        Assert.Null(tekst);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(" true ", true)]
    public void JaNee_TrueOfFalse_GeeftWaarde(string waarde, bool verwacht)
    {
        var lezer = Lezer(new XElement("gratis", waarde));

        var resultaat = lezer.JaNee("gratis", standaard: !verwacht);

        Assert.Equal(verwacht, resultaat);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void JaNee_Ontbreekt_GeeftStandaard(bool standaard)
    {
        var lezer = Lezer();

        var resultaat = lezer.JaNee("gratis", standaard);

        Assert.Equal(standaard, resultaat);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("1")]
    [InlineData("True")]
    public void JaNee_AndereTekst_GooitSyncFoutMetElementnaam(string waarde)
    {
        var lezer = Lezer(new XElement("gratis", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.JaNee("gratis"));

        Assert.Contains("<gratis>", fout.Message, StringComparison.Ordinal);
        Assert.Contains($"'{waarde}'", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 40 ", 40)]
    [InlineData("-3", -3)]
    public void Getal_HeelGetal_GeeftGetal(string waarde, int verwacht)
    {
        var lezer = Lezer(new XElement("plaatsen", waarde));

        var getal = lezer.Getal("plaatsen", standaard: 99);

        Assert.Equal(verwacht, getal);
    }

    [Fact]
    public void Getal_Ontbreekt_GeeftStandaard()
    {
        var lezer = Lezer();

        var getal = lezer.Getal("plaatsen", standaard: 25);

        Assert.Equal(25, getal);
    }

    [Fact]
    public void OptioneelGetal_Ontbreekt_GeeftNull()
    {
        var lezer = Lezer(new XElement("plaatsen", ""));

        var getal = lezer.OptioneelGetal("plaatsen");

        Assert.Null(getal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("twaalf")]
    [InlineData("99999999999")]
    public void Getal_GeenHeelGetal_GooitSyncFoutMetElementnaam(string waarde)
    {
        var lezer = Lezer(new XElement("plaatsen", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Getal("plaatsen"));

        Assert.Contains("<plaatsen>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kommagetal_PuntAlsDecimaalteken_GeeftGetal()
    {
        var lezer = Lezer(new XElement("latitude", "51.7654"));

        var getal = lezer.Kommagetal("latitude");

        Assert.Equal(51.7654, getal);
    }

    [Fact]
    public void Kommagetal_OnderNederlandseCultuur_LeestPuntAlsDecimaalteken()
    {
        var lezer = Lezer(new XElement("longitude", "5.5321"));
        var vorige = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");

        double? getal;
        try
        {
            getal = lezer.Kommagetal("longitude");
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
        }

        Assert.Equal(5.5321, getal);
    }

    [Fact]
    public void Kommagetal_Ontbreekt_GeeftNull()
    {
        var lezer = Lezer();

        var getal = lezer.Kommagetal("latitude");

        Assert.Null(getal);
    }

    [Theory]
    [InlineData("51,7654")]
    [InlineData("noord")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Kommagetal_GeenGetalMetPunt_GooitSyncFoutMetElementnaam(string waarde)
    {
        var lezer = Lezer(new XElement("latitude", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Kommagetal("latitude"));

        Assert.Contains("<latitude>", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.50", 250)]
    [InlineData("2.5", 250)]
    [InlineData("0", 0)]
    [InlineData("12", 1200)]
    [InlineData("0.05", 5)]
    public void BedragInCenten_BedragInEuro_GeeftCenten(string waarde, int verwacht)
    {
        var lezer = Lezer(new XElement("prijs", waarde));

        var centen = lezer.BedragInCenten("prijs");

        Assert.Equal(verwacht, centen);
    }

    [Fact]
    public void BedragInCenten_Ontbreekt_GeeftNul()
    {
        var lezer = Lezer();

        var centen = lezer.BedragInCenten("prijs");

        Assert.Equal(0, centen);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("gratis")]
    [InlineData("€2.50")]
    [InlineData("0.005")]
    public void BedragInCenten_GeenBedrag_GooitSyncFoutMetElementnaam(string waarde)
    {
        var lezer = Lezer(new XElement("prijs", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.BedragInCenten("prijs"));

        Assert.Contains("<prijs>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BedragInCenten_TeGrootVoorCenten_GooitSyncFoutMetElementnaam()
    {
        var lezer = Lezer(new XElement("prijs", "99999999"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.BedragInCenten("prijs"));

        Assert.Contains("<prijs>", fout.Message, StringComparison.Ordinal);
    }

    // A Dutch editor writes 2,50 for two euros fifty; reading the comma as a thousands separator would make it €250.
    [Fact]
    public void BedragInCenten_KommaAlsDecimaalteken_GooitSyncFout()
    {
        var lezer = Lezer(new XElement("prijs", "2,50"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.BedragInCenten("prijs"));

        Assert.Contains("<prijs>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LokaleTijd_ZonderSeconden_GeeftOngespecificeerdeTijd()
    {
        var lezer = Lezer(new XElement("start", "2026-01-06T10:00"));

        var tijd = lezer.LokaleTijd("start");

        Assert.Equal(new DateTime(2026, 1, 6, 10, 0, 0), tijd);
        Assert.Equal(DateTimeKind.Unspecified, tijd.Kind);
    }

    [Fact]
    public void LokaleTijd_MetSeconden_GeeftTijdMetSeconden()
    {
        var lezer = Lezer(new XElement("start", " 2026-07-14T19:30:15 "));

        var tijd = lezer.LokaleTijd("start");

        Assert.Equal(new DateTime(2026, 7, 14, 19, 30, 15), tijd);
        Assert.Equal(DateTimeKind.Unspecified, tijd.Kind);
    }

    [Theory]
    [InlineData("06-01-2026 10:00")]
    [InlineData("2026-01-06")]
    [InlineData("2026-01-06T10:00Z")]
    [InlineData("2026-01-06T25:00")]
    public void LokaleTijd_AndereNotatie_GooitSyncFoutMetElementnaam(string waarde)
    {
        var lezer = Lezer(new XElement("start", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.LokaleTijd("start"));

        Assert.Contains("<start>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LokaleTijd_Ontbreekt_GooitSyncFoutMetElementnaam()
    {
        var lezer = Lezer();

        var fout = Assert.Throws<SyncFoutException>(() => lezer.LokaleTijd("start"));

        Assert.Contains("<start>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keuze_BekendeNaam_GeeftWaarde()
    {
        var lezer = Lezer(new XElement("doelgroep", "Ouderen"));

        var doelgroep = lezer.Keuze("doelgroep", Doelgroep.Iedereen);

        Assert.Equal(Doelgroep.Ouderen, doelgroep);
    }

    [Fact]
    public void Keuze_Ontbreekt_GeeftStandaard()
    {
        var lezer = Lezer();

        var doelgroep = lezer.Keuze("doelgroep", Doelgroep.Mantelzorgers);

        Assert.Equal(Doelgroep.Mantelzorgers, doelgroep);
    }

    [Theory]
    [InlineData("Senioren")]
    [InlineData("ouderen")]
    [InlineData("99")]
    [InlineData("4")]
    public void Keuze_OnbekendeNaam_GooitSyncFoutMetToegestaneNamen(string waarde)
    {
        var lezer = Lezer(new XElement("doelgroep", waarde));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Keuze("doelgroep", Doelgroep.Iedereen));

        Assert.Contains("<doelgroep>", fout.Message, StringComparison.Ordinal);
        Assert.Contains($"'{waarde}'", fout.Message, StringComparison.Ordinal);
        Assert.Contains("Mantelzorgers", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verwijzing_BekendeAlias_GeeftIdVanDieSoort()
    {
        var lezer = Lezer(new XElement("locatie", " buurthuis-de-schakel "));

        var locatieId = lezer.Verwijzing("locatie", "Locaties");
        var wijkId = lezer.Verwijzing("locatie", "Wijken");

        Assert.Equal(7, locatieId);
        Assert.Equal(3, wijkId);
    }

    [Fact]
    public void Verwijzing_OnbekendeAlias_GooitSyncFoutMetAlias()
    {
        var lezer = Lezer(new XElement("locatie", "bibliotheek"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Verwijzing("locatie", "Locaties"));

        Assert.Contains("<locatie>", fout.Message, StringComparison.Ordinal);
        Assert.Contains("'bibliotheek'", fout.Message, StringComparison.Ordinal);
        Assert.Contains("Locaties", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verwijzing_AliasVanAndereSoort_GooitSyncFout()
    {
        var lezer = Lezer(new XElement("wijk", "ruwaard"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Verwijzing("wijk", "Locaties"));

        Assert.Contains("'ruwaard'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verwijzing_Ontbreekt_GooitSyncFoutMetElementnaam()
    {
        var lezer = Lezer(new XElement("locatie", ""));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Verwijzing("locatie", "Locaties"));

        Assert.Contains("<locatie>", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptioneleVerwijzing_Ontbreekt_GeeftNull()
    {
        var lezer = Lezer();

        var id = lezer.OptioneleVerwijzing("wijk", "Wijken");

        Assert.Null(id);
    }

    [Fact]
    public void OptioneleVerwijzing_BekendeAlias_GeeftId()
    {
        var lezer = Lezer(new XElement("wijk", "ruwaard"));

        var id = lezer.OptioneleVerwijzing("wijk", "Wijken");

        Assert.Equal(12, id);
    }

    [Fact]
    public void OptioneleVerwijzing_OnbekendeAlias_GooitSyncFoutMetAlias()
    {
        var lezer = Lezer(new XElement("wijk", "schadewijk"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.OptioneleVerwijzing("wijk", "Wijken"));

        Assert.Contains("'schadewijk'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Herhaling_GeldigeRegel_GeeftGetrimdeRegel()
    {
        var lezer = Lezer(new XElement("herhaling", "  FREQ=MONTHLY;BYDAY=2TU  "));

        var regel = lezer.Herhaling("herhaling");

        Assert.Equal("FREQ=MONTHLY;BYDAY=2TU", regel);
    }

    [Fact]
    public void Herhaling_Ontbreekt_GeeftNull()
    {
        var lezer = Lezer(new XElement("herhaling", " "));

        var regel = lezer.Herhaling("herhaling");

        Assert.Null(regel);
    }

    [Fact]
    public void Herhaling_OngeldigeRegel_GooitSyncFoutMetElementnaam()
    {
        var lezer = Lezer(new XElement("herhaling", "FREQ=SOMETIMES"));

        var fout = Assert.Throws<SyncFoutException>(() => lezer.Herhaling("herhaling"));

        Assert.Contains("<herhaling>", fout.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(fout.InnerException);
    }
}

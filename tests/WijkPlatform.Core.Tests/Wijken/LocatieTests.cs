using WijkPlatform.Core.Wijken;
using Xunit;

namespace WijkPlatform.Core.Tests.Wijken;

public sealed class LocatieTests
{
    [Fact]
    public void Adres_MetPostcode_ZetPostcodeVoorPlaats()
    {
        var locatie = new Locatie
        {
            Slug = "buurthuis-de-schakel",
            Naam = "Buurthuis De Schakel",
            Straat = "Kerkstraat 12",
            Postcode = "5341 AB",
            Plaats = "Oss",
        };

        var adres = locatie.Adres;

        Assert.Equal("Kerkstraat 12, 5341 AB Oss", adres);
    }

    [Fact]
    public void Adres_ZonderPostcode_GeeftStraatEnPlaats()
    {
        var locatie = new Locatie
        {
            Slug = "wijkcentrum",
            Naam = "Wijkcentrum",
            Straat = "Molenstraat 3",
            Plaats = "Berghem",
        };

        var adres = locatie.Adres;

        Assert.Equal("Molenstraat 3, Berghem", adres);
    }

    [Fact]
    public void Adres_ZonderPlaats_GebruiktOss()
    {
        var locatie = new Locatie { Slug = "bieb", Naam = "Bibliotheek", Straat = "Raadhuislaan 10" };

        var adres = locatie.Adres;

        Assert.Equal("Raadhuislaan 10, Oss", adres);
    }
}

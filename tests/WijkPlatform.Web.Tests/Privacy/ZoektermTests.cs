using WijkPlatform.Core.Privacy;

namespace WijkPlatform.Web.Tests.Privacy;

public sealed class ZoektermTests
{
    [Theory]
    [InlineData("06 12345678")]
    [InlineData("06-1234 5678")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31 (0)6 12 34 56 78")]
    [InlineData("0031612345678")]
    [InlineData("(06) 123.456.78")]
    public void Probeer_SchrijfwijzenVanEenNummer_ZelfdeWaarde(string invoer)
    {
        Assert.True(Zoekterm.Probeer(invoer, out var zoekterm, out _));

        Assert.Equal("0612345678", zoekterm!.Waarde);
        Assert.True(zoekterm.KomtVoorIn("Bel me op +31 6-1234 5678 na zes uur."));
        Assert.True(zoekterm.KomtVoorIn("tel. 0612345678"));
        Assert.False(zoekterm.KomtVoorIn("rekening 106123456789"));
        Assert.Equal("Bel [verwijderd].", zoekterm.Vervang("Bel 06 - 12 34 56 78."));
    }

    [Fact]
    public void Probeer_EmailMetHoofdlettersEnSpaties_KleineLettersEnAlleenHeleAdres()
    {
        Assert.True(Zoekterm.Probeer("  Jan.Jansen@Example.NL ", out var zoekterm, out _));

        Assert.Equal("jan.jansen@example.nl", zoekterm!.Waarde);
        Assert.True(zoekterm.IsGelijk("JAN.JANSEN@example.nl"));
        Assert.True(zoekterm.KomtVoorIn("Mail naar JAN.jansen@example.nl graag."));
        Assert.False(zoekterm.KomtVoorIn("mail piet.jan.jansen@example.nl"));
        Assert.False(zoekterm.KomtVoorIn("jan.jansen@example.nl.evil"));
    }

    [Theory]
    [InlineData("naam")]
    [InlineData("12")]
    [InlineData("jan@@example.nl")]
    [InlineData("jan @example.nl")]
    public void Probeer_GeenAdresOfNummer_Melding(string invoer)
    {
        Assert.False(Zoekterm.Probeer(invoer, out var zoekterm, out var fout));

        Assert.Null(zoekterm);
        Assert.False(string.IsNullOrEmpty(fout));
    }
}

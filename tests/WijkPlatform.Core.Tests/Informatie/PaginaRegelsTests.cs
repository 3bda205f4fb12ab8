using WijkPlatform.Core.Informatie;
using Xunit;

namespace WijkPlatform.Core.Tests.Informatie;

public sealed class PaginaRegelsTests
{
    [Theory]
    [InlineData("buurtfeest-2027")]
    [InlineData("over")]
    [InlineData("a1")]
    public void Controleer_GoedAdres_GeenMelding(string slug) => Assert.Null(PaginaRegels.Controleer(slug));

    [Theory]
    [InlineData("activiteiten")]
    [InlineData("zoeken")]
    [InlineData("nieuwsbrief")]
    [InlineData("Buurtfeest")]
    [InlineData("buurt feest")]
    [InlineData("buurt--feest")]
    [InlineData("-buurt")]
    [InlineData("buurt/feest")]
    [InlineData("")]
    public void Controleer_FoutAdres_GeeftMelding(string slug) => Assert.NotNull(PaginaRegels.Controleer(slug));

    [Fact]
    public void SlugUit_MaaktAdresVanTitel() =>
        Assert.Equal("cafe-in-de-ruwaard-2027", PaginaRegels.SlugUit("Café in de Ruwaard (2027)!"));
}

using WijkPlatform.Core.Agenda;
using Xunit;

namespace WijkPlatform.Core.Tests.Agenda;

public sealed class UploadAfbeeldingTests
{
    private const string Sleutel = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(4000, new[] { 480, 960, 1600 })]
    [InlineData(1600, new[] { 480, 960, 1600 })]
    [InlineData(1000, new[] { 480, 960, 1000 })]
    [InlineData(700, new[] { 480, 700 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(300, new[] { 300 })]
    public void BreedtesVoor_FotoBreedte_GeeftNooitBredereVersies(int breedte, int[] verwacht)
    {
        var breedtes = UploadAfbeelding.BreedtesVoor(breedte);

        Assert.Equal(verwacht, breedtes);
    }

    [Fact]
    public void Bronnen_GrooteUpload_GeeftSrcsetVanAlleVersiesEnDeMaat()
    {
        var pad = $"/media/uploads/{Sleutel}-1600x1200.webp";

        var bron = UploadAfbeelding.Bronnen(pad);

        Assert.NotNull(bron);
        Assert.Equal(pad, bron.Src);
        Assert.Equal(
            $"/media/uploads/{Sleutel}-480.webp 480w, /media/uploads/{Sleutel}-960.webp 960w, {pad} 1600w",
            bron.Srcset);
        Assert.Equal(UploadAfbeelding.StandaardSizes, bron.Sizes);
        Assert.Equal((1600, 1200), (bron.Breedte, bron.Hoogte));
    }

    [Fact]
    public void Bronnen_SmalleUpload_NoemtAlleenVersiesDieErZijn()
    {
        var pad = $"/media/uploads/{Sleutel}-700x500.webp";

        var bron = UploadAfbeelding.Bronnen(pad, sizes: "20rem");

        Assert.NotNull(bron);
        Assert.Equal($"/media/uploads/{Sleutel}-480.webp 480w, {pad} 700w", bron.Srcset);
        Assert.Equal("20rem", bron.Sizes);
    }

    [Fact]
    public void Bronnen_KleinerDanKleinsteBreedte_GeeftEenVersie()
    {
        var pad = $"/media/uploads/{Sleutel}-400x600.webp";

        var bron = UploadAfbeelding.Bronnen(pad);

        Assert.NotNull(bron);
        Assert.Equal($"{pad} 400w", bron.Srcset);
        Assert.Equal((400, 600), (bron.Breedte, bron.Hoogte));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/media/activiteiten/koffie.svg")]
    [InlineData("/media/activiteiten/wandelen.svg")]
    [InlineData("/media/uploads/0123456789ABCDEF0123456789ABCDEF-1600x1200.webp")]
    [InlineData("/media/uploads/0123456789abcdef0123456789abcdef-480.webp")]
    [InlineData("/media/uploads/0123456789abcdef0123456789abcdef-1600x1200.jpg")]
    [InlineData("/media/uploads/../0123456789abcdef0123456789abcdef-1600x1200.webp")]
    [InlineData("https://voorbeeld.nl/media/uploads/0123456789abcdef0123456789abcdef-1600x1200.webp")]
    [InlineData("/media/uploads/0123456789abcdef0123456789abcdef-1600x1200.webp?v=1")]
    [InlineData("/media/uploads/0123456789abcdef0123456789abcdef-0x1200.webp")]
    [InlineData("/media/uploads/0123456789abcdef0123456789abcdef-1600x1200.webp\n")]
    public void Bronnen_GeenUploadPad_GeeftNull(string? pad)
    {
        var bron = UploadAfbeelding.Bronnen(pad);

        Assert.Null(bron);
    }

    [Fact]
    public void Bestandsnamen_GeldigeSleutel_PassenBijBronnen()
    {
        var pad = UploadAfbeelding.Pad(UploadAfbeelding.BestandsnaamGrootste(Sleutel, 1000, 750));

        var bron = UploadAfbeelding.Bronnen(pad);

        Assert.NotNull(bron);
        Assert.Contains(UploadAfbeelding.Pad(UploadAfbeelding.Bestandsnaam(Sleutel, 960)) + " 960w", bron.Srcset, StringComparison.Ordinal);
        Assert.True(pad.Length <= 300, "Activiteit.Afbeelding houdt 300 tekens.");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("kort")]
    [InlineData("0123456789abcdef0123456789abcdef\n")]
    public void Bestandsnaam_OngeldigeSleutel_Gooit(string sleutel)
    {
        Assert.Throws<ArgumentException>(() => UploadAfbeelding.Bestandsnaam(sleutel, 480));
    }

    [Fact]
    public void Melding_Weigeringen_NoemenDeGrenzen()
    {
        var teGroot = AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.TeGroot).Melding;
        var teVeelPixels = AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.TeVeelPixels).Melding;
        var heic = AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.Heic).Melding;

        Assert.StartsWith("Deze foto is groter dan 10 MB.", teGroot, StringComparison.Ordinal);
        Assert.Contains("40 megapixel", teVeelPixels, StringComparison.Ordinal);
        Assert.Contains("12.000 pixels", teVeelPixels, StringComparison.Ordinal);
        Assert.Contains("JPEG", heic, StringComparison.Ordinal);
    }

    [Fact]
    public void Melding_ElkeWeigering_HeeftEenTekst()
    {
        var weigeringen = Enum.GetValues<AfbeeldingStatus>().Where(s => s != AfbeeldingStatus.Opgeslagen);

        Assert.All(weigeringen, s => Assert.False(string.IsNullOrWhiteSpace(AfbeeldingUitkomst.Geweigerd(s).Melding)));
        Assert.Null(AfbeeldingUitkomst.Opgeslagen($"/media/uploads/{Sleutel}-480x360.webp", 480, 360).Melding);
    }

    [Fact]
    public void Geweigerd_MetStatusOpgeslagen_Gooit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.Opgeslagen));
    }
}

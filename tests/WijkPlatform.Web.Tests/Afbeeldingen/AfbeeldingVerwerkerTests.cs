using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NetVips;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Adapters.Afbeeldingen;

namespace WijkPlatform.Web.Tests.Afbeeldingen;

/// <summary>The real libvips on photos made in code; every test has its own folder.</summary>
public sealed partial class AfbeeldingVerwerkerTests : IDisposable
{
    private readonly string map = Path.Combine(Path.GetTempPath(), $"wijk-afbeeldingen-test-{Guid.NewGuid():N}");
    private readonly NetVipsAfbeeldingVerwerker verwerker;

    public AfbeeldingVerwerkerTests() => verwerker = new(new AfbeeldingMap(map));

    [Fact]
    public void LibVips_UitNetVipsNative_IsGeladen()
    {
        Assert.True(ModuleInitializer.VipsInitialized, ModuleInitializer.Exception?.ToString());
        Assert.True(NetVips.NetVips.AtLeastLibvips(8, 15), "keep=none (alle metadata weg) vraagt libvips 8.15 of nieuwer.");
    }

    [Fact]
    public async Task Verwerk_JpegMetExifGpsEnP3_MaaktWebpInDrieBreedtesZonderMetadata()
    {
        var jpeg = TestFotos.JpegMetExif(2000, 1500, orientatie: 1, metP3: true);
        using (var invoer = Image.NewFromBuffer(jpeg))
        {
            Assert.Contains("exif-ifd3-GPSLatitude", invoer.GetFields());
            Assert.Contains("xmp-data", invoer.GetFields());
            Assert.Contains("icc-profile-data", invoer.GetFields());
        }

        var uitkomst = await VerwerkAsync(jpeg);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        Assert.Matches(UploadPad(), uitkomst.Pad);
        Assert.EndsWith("-1600x1200.webp", uitkomst.Pad, StringComparison.Ordinal);
        Assert.Equal((1600, 1200), (uitkomst.Breedte, uitkomst.Hoogte));
        Assert.True(uitkomst.Pad.Length <= 300);
        var versies = Versies(uitkomst.Pad);
        Assert.Equal([480, 960, 1600], versies.Select(v => v.Breedte));
        foreach (var (breedte, bestand) in versies)
        {
            var bytes = await File.ReadAllBytesAsync(bestand, TestContext.Current.CancellationToken);
            using var uit = Image.NewFromBuffer(bytes);
            Assert.Equal("webpload_buffer", uit.Get("vips-loader"));
            Assert.Equal(breedte, uit.Width);
            Assert.Equal(breedte * 3 / 4, uit.Height);
            ZonderMetadata(uit, bytes);
        }
    }

    [Fact]
    public async Task Verwerk_FotoInDisplayP3_KomtInSrgbUit()
    {
        var jpeg = TestFotos.JpegMetExif(800, 600, orientatie: 1, metP3: true);

        var uitkomst = await VerwerkAsync(jpeg);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        using var uit = Image.NewFromFile(Versies(uitkomst.Pad)[^1].Bestand);
        // In P3 numbers this red is about (205, 55, 40); shown without its profile it would look faded.
        LijktOp(TestFotos.Rood, uit.Getpoint(uit.Width / 4, uit.Height / 2));
        LijktOp(TestFotos.Blauw, uit.Getpoint(uit.Width * 3 / 4, uit.Height / 2));
    }

    [Fact]
    public async Task Verwerk_JpegMetOrientatie6_StaatRechtop()
    {
        // Stored 1200 × 800 with red on the left; orientation 6 means: turn a quarter clockwise to show it.
        var jpeg = TestFotos.JpegMetExif(1200, 800, orientatie: 6);

        var uitkomst = await VerwerkAsync(jpeg);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        Assert.Equal((800, 1200), (uitkomst.Breedte, uitkomst.Hoogte));
        Assert.Equal([480, 800], Versies(uitkomst.Pad).Select(v => v.Breedte));
        using var uit = Image.NewFromFile(Versies(uitkomst.Pad)[^1].Bestand);
        Assert.DoesNotContain("orientation", uit.GetFields());
        LijktOp(TestFotos.Rood, uit.Getpoint(uit.Width / 2, uit.Height / 4));
        LijktOp(TestFotos.Blauw, uit.Getpoint(uit.Width / 2, uit.Height * 3 / 4));
    }

    [Fact]
    public async Task Verwerk_SmalleJpegMetOrientatie6_TeltDeRechtopBreedte()
    {
        var jpeg = TestFotos.JpegMetExif(600, 400, orientatie: 6);

        var uitkomst = await VerwerkAsync(jpeg);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        Assert.EndsWith("-400x600.webp", uitkomst.Pad, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(map));
    }

    [Fact]
    public async Task Verwerk_Png_MaaktNooitBredereVersieDanHetOrigineel()
    {
        var png = TestFotos.Png(700, 500);

        var uitkomst = await VerwerkAsync(png);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        Assert.Equal((700, 500), (uitkomst.Breedte, uitkomst.Hoogte));
        var versies = Versies(uitkomst.Pad);
        Assert.Equal([480, 700], versies.Select(v => v.Breedte));
        Assert.Equal(versies.Count, Directory.GetFiles(map).Length);
        foreach (var (breedte, bestand) in versies)
        {
            using var uit = Image.NewFromFile(bestand);
            Assert.Equal(breedte, uit.Width);
        }
    }

    [Fact]
    public async Task Verwerk_WebpMetExifGps_MaaktVersiesZonderMetadata()
    {
        var webp = TestFotos.WebpMetExif(1000, 800);
        using (var invoer = Image.NewFromBuffer(webp))
        {
            Assert.Contains("exif-ifd3-GPSLongitude", invoer.GetFields());
        }

        var uitkomst = await VerwerkAsync(webp);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        var versies = Versies(uitkomst.Pad);
        Assert.Equal([480, 960, 1000], versies.Select(v => v.Breedte));
        foreach (var (breedte, bestand) in versies)
        {
            var bytes = await File.ReadAllBytesAsync(bestand, TestContext.Current.CancellationToken);
            using var uit = Image.NewFromBuffer(bytes);
            Assert.Equal(breedte, uit.Width);
            ZonderMetadata(uit, bytes);
        }
    }

    [Fact]
    public async Task Verwerk_ZelfdeFotoTweeKeer_KrijgtTweeOnraadbareNamen()
    {
        var png = TestFotos.Png(500, 300);

        var eerste = await VerwerkAsync(png);
        var tweede = await VerwerkAsync(png);

        Assert.True(eerste.IsOpgeslagen && tweede.IsOpgeslagen);
        Assert.NotEqual(eerste.Pad, tweede.Pad);
        Assert.Matches(UploadPad(), eerste.Pad);
        Assert.Matches(UploadPad(), tweede.Pad);
    }

    [Theory]
    [InlineData("Dit is een tekstbestand met de naam vakantie.jpg.")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<!DOCTYPE html><html><body>Geen foto</body></html>")]
    public async Task Verwerk_TekstMetFotonaam_WeigertAlsGeenFoto(string tekst)
    {
        var uitkomst = await VerwerkAsync(Encoding.UTF8.GetBytes(tekst));

        Geweigerd(uitkomst, AfbeeldingStatus.GeenFoto);
        Assert.Equal("Dit bestand is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-foto.", uitkomst.Melding);
    }

    [Fact]
    public async Task Verwerk_GifOfAvif_WeigertAlsGeenFoto()
    {
        using var beeld = TestFotos.Tweekleurig(200, 100);
        var gif = beeld.GifsaveBuffer();
        var avif = beeld.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1);

        var gifUitkomst = await VerwerkAsync(gif);
        var avifUitkomst = await VerwerkAsync(avif);

        // libvips can read both; only the three formats the site serves are let through.
        Geweigerd(gifUitkomst, AfbeeldingStatus.GeenFoto);
        Geweigerd(avifUitkomst, AfbeeldingStatus.GeenFoto);
    }

    [Fact]
    public async Task Verwerk_Heic_WeigertMetAdviesOmJpegTeBewaren()
    {
        var uitkomst = await VerwerkAsync(TestFotos.HeicKop());

        Geweigerd(uitkomst, AfbeeldingStatus.Heic);
        Assert.Contains("Bewaar de foto als JPEG", uitkomst.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verwerk_Leeg_Weigert()
    {
        var uitkomst = await VerwerkAsync([]);

        Geweigerd(uitkomst, AfbeeldingStatus.Leeg);
    }

    [Fact]
    public async Task Verwerk_EenByteMeerDan10MB_WeigertAlsTeGroot()
    {
        var bytes = new byte[UploadAfbeelding.MaxBytes + 1];
        TestFotos.Png(100, 100).CopyTo(bytes, 0);

        var uitkomst = await VerwerkAsync(bytes);

        Geweigerd(uitkomst, AfbeeldingStatus.TeGroot);
        Assert.StartsWith("Deze foto is groter dan 10 MB.", uitkomst.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verwerk_Precies10MB_WordtGeaccepteerd()
    {
        // A small JPEG with zeros after its end marker: libjpeg stops at the marker, the size is exactly the limit.
        var bytes = new byte[UploadAfbeelding.MaxBytes];
        TestFotos.JpegMetExif(640, 480, orientatie: 1).CopyTo(bytes, 0);

        var uitkomst = await VerwerkAsync(bytes);

        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
    }

    [Fact]
    public async Task Verwerk_StroomDieOverZijnLengteLiegt_TeltWatErKomt()
    {
        await using var stroom = new Stroom(TestFotos.Png(100, 100), totaal: 11 * 1024 * 1024, opgegevenLengte: 1000);

        var uitkomst = await verwerker.VerwerkAsync(stroom, TestContext.Current.CancellationToken);

        Geweigerd(uitkomst, AfbeeldingStatus.TeGroot);
    }

    [Fact]
    public async Task Verwerk_GroteStroom_StoptKortNa10MB()
    {
        // Large enough to show the reading stops early, small enough that a reader without a limit fails, not hangs.
        await using var stroom = new Stroom(TestFotos.Png(100, 100), totaal: 200L * 1024 * 1024, opgegevenLengte: 0);

        var uitkomst = await verwerker.VerwerkAsync(stroom, TestContext.Current.CancellationToken);

        Geweigerd(uitkomst, AfbeeldingStatus.TeGroot);
        Assert.InRange(stroom.Gelezen, UploadAfbeelding.MaxBytes, UploadAfbeelding.MaxBytes + (1024 * 1024));
    }

    [Fact]
    public async Task Verwerk_PngBomVan30000Bij30000_WeigertOpDeKopZonderTeDecoderen()
    {
        var bom = TestFotos.PngBom(30_000, 30_000);
        Assert.InRange(bom.Length, 1, 1024 * 1024);
        var klok = Stopwatch.StartNew();

        var uitkomst = await VerwerkAsync(bom);

        Geweigerd(uitkomst, AfbeeldingStatus.TeVeelPixels);
        Assert.StartsWith("Deze foto is te groot in pixels (meer dan 40 megapixel", uitkomst.Melding, StringComparison.Ordinal);
        // Decoding would take many seconds for 900 megapixel; reading the header takes milliseconds.
        Assert.True(klok.Elapsed < TimeSpan.FromSeconds(3), $"Weigeren duurde {klok.Elapsed}.");
        // libvips counts what it allocates, process-wide: the decoded bomb alone would be 900 MB.
        Assert.True(NetVips.Stats.MemHighwater < 512L * 1024 * 1024, $"libvips gebruikte tot {NetVips.Stats.MemHighwater} bytes.");
    }

    [Fact]
    public async Task Verwerk_JpegVan48Megapixel_WeigertAlsTeVeelPixels()
    {
        using var zwart = Image.Black(8000, 6000);
        var jpeg = zwart.JpegsaveBuffer(q: 50);

        var uitkomst = await VerwerkAsync(jpeg);

        Geweigerd(uitkomst, AfbeeldingStatus.TeVeelPixels);
    }

    [Fact]
    public async Task Verwerk_ZijdeLangerDan12000_WeigertMaarPreciesDeGrensMag()
    {
        using var teLang = Image.Black(12_001, 8);
        using var precies = Image.Black(12_000, 8);

        var teLangUitkomst = await VerwerkAsync(teLang.PngsaveBuffer());
        Geweigerd(teLangUitkomst, AfbeeldingStatus.TeVeelPixels);
        var preciesUitkomst = await VerwerkAsync(precies.PngsaveBuffer());

        Assert.True(preciesUitkomst.IsOpgeslagen, preciesUitkomst.Melding);
    }

    [Fact]
    public async Task Verwerk_AfgebrokenJpeg_WeigertAlsBeschadigd()
    {
        var jpeg = TestFotos.Ruis(800, 600, b => b.JpegsaveBuffer(q: 90));

        var uitkomst = await VerwerkAsync(jpeg[..(jpeg.Length * 6 / 10)]);

        Geweigerd(uitkomst, AfbeeldingStatus.Beschadigd);
        Assert.Equal("Deze foto is beschadigd of niet helemaal aangekomen. Kies de foto opnieuw, of kies een andere foto.", uitkomst.Melding);
    }

    [Fact]
    public async Task Verwerk_AfgebrokenPng_WeigertAlsBeschadigd()
    {
        var png = TestFotos.Ruis(800, 600, b => b.PngsaveBuffer());

        var uitkomst = await VerwerkAsync(png[..(png.Length * 6 / 10)]);

        Geweigerd(uitkomst, AfbeeldingStatus.Beschadigd);
    }

    [Fact]
    public async Task Verwerk_JpegKopMetOnzin_WeigertAlsBeschadigd()
    {
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes(new string('x', 4000))];

        var uitkomst = await VerwerkAsync(bytes);

        Geweigerd(uitkomst, AfbeeldingStatus.Beschadigd);
    }

    public void Dispose()
    {
        if (Directory.Exists(map))
        {
            Directory.Delete(map, recursive: true);
        }
    }

    private async Task<AfbeeldingUitkomst> VerwerkAsync(byte[] bytes)
    {
        using var stroom = new MemoryStream(bytes, writable: false);
        var uitkomst = await verwerker.VerwerkAsync(stroom, TestContext.Current.CancellationToken);
        // Temporary files are hidden and removed, whatever the outcome.
        Assert.DoesNotContain(Directory.Exists(map) ? Directory.GetFiles(map) : [], f => Path.GetFileName(f).StartsWith('.'));
        return uitkomst;
    }

    private void Geweigerd(AfbeeldingUitkomst uitkomst, AfbeeldingStatus status)
    {
        Assert.Equal(status, uitkomst.Status);
        Assert.False(uitkomst.IsOpgeslagen);
        Assert.Null(uitkomst.Pad);
        Assert.False(string.IsNullOrWhiteSpace(uitkomst.Melding));
        Assert.Empty(Directory.Exists(map) ? Directory.GetFiles(map) : []);
    }

    /// <summary>Each width from the srcset of the stored path, with the file it names in this test's folder.</summary>
    private List<(int Breedte, string Bestand)> Versies(string pad)
    {
        var bron = UploadAfbeelding.Bronnen(pad);
        Assert.NotNull(bron);
        return bron.Srcset.Split(", ").Select(deel =>
        {
            var (url, breedte) = (deel.Split(' ')[0], deel.Split(' ')[1]);
            var bestand = Path.Combine(map, url[(UploadAfbeelding.UrlMap.Length + 1)..]);
            Assert.True(File.Exists(bestand), $"{url} staat in de srcset maar is niet gemaakt.");
            return (int.Parse(breedte.TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture), bestand);
        }).ToList();
    }

    private static void ZonderMetadata(Image uit, byte[] bytes)
    {
        var velden = uit.GetFields();
        Assert.DoesNotContain(velden, v => v.StartsWith("exif", StringComparison.Ordinal)
            || v.Contains("gps", StringComparison.OrdinalIgnoreCase)
            || v is "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation");
        // The WebP container holds metadata in chunks of its own; none may be there.
        var tekst = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("EXIF", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("XMP ", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("ICCP", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Testcamera", tekst, StringComparison.Ordinal);
    }

    private static void LijktOp(byte[] verwacht, double[] pixel)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(verwacht[i] - pixel[i]) <= 12,
                $"Verwacht ({string.Join(", ", verwacht)}), gekregen ({string.Join(", ", pixel)}).");
        }
    }

    [GeneratedRegex("^/media/uploads/[0-9a-f]{32}-[0-9]+x[0-9]+\\.webp$")]
    private static partial Regex UploadPad();

    /// <summary>Sends <paramref name="begin"/> followed by zeros up to <paramref name="totaal"/> bytes, whatever
    /// <see cref="Length"/> says; counts what was read.</summary>
    private sealed class Stroom(byte[] begin, long totaal, long opgegevenLengte) : Stream
    {
        public long Gelezen { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => opgegevenLengte;

        public override long Position
        {
            get => Gelezen;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var aantal = (int)Math.Min(count, totaal - Gelezen);
            Array.Clear(buffer, offset, aantal);
            if (Gelezen < begin.Length)
            {
                var deel = (int)Math.Min(aantal, begin.Length - Gelezen);
                Array.Copy(begin, Gelezen, buffer, offset, deel);
            }

            Gelezen += aantal;
            return aantal;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace WijkPlatform.Web.Tests.Afbeeldingen;

/// <summary>Photos made in code with NetVips, so every test knows exactly what went in.</summary>
internal static class TestFotos
{
    public static readonly byte[] Rood = [220, 30, 30];
    public static readonly byte[] Blauw = [30, 30, 220];

    /// <summary>Red on the left half, blue on the right: which side ends up on top shows how it was turned.</summary>
    public static Image Tweekleurig(int breedte, int hoogte)
    {
        using var links = Image.Black(breedte / 2, hoogte).NewFromImage(Rood.Select(b => (double)b).ToArray());
        using var rechts = Image.Black(breedte - (breedte / 2), hoogte).NewFromImage(Blauw.Select(b => (double)b).ToArray());
        using var samen = links.Join(rechts, Enums.Direction.Horizontal);
        return samen.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>A camera photo as a phone makes it: EXIF with make and GPS position, the orientation tag, XMP that
    /// repeats the position, and a Display P3 colour profile.</summary>
    public static byte[] JpegMetExif(int breedte, int hoogte, int orientatie, bool metP3 = false)
    {
        using var beeld = Tweekleurig(breedte, hoogte);
        using var kleuren = metP3 ? beeld.IccTransform("p3") : beeld.Copy();
        using var metGegevens = MetGegevens(kleuren, orientatie);
        return metGegevens.JpegsaveBuffer(q: 92);
    }

    public static byte[] WebpMetExif(int breedte, int hoogte)
    {
        using var beeld = Tweekleurig(breedte, hoogte);
        using var metGegevens = MetGegevens(beeld, orientatie: 1);
        return metGegevens.WebpsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    public static byte[] Png(int breedte, int hoogte)
    {
        using var beeld = Tweekleurig(breedte, hoogte);
        return beeld.PngsaveBuffer();
    }

    /// <summary>Grey noise does not compress, so a cut-off file misses real picture data.</summary>
    public static byte[] Ruis(int breedte, int hoogte, Func<Image, byte[]> bewaar)
    {
        using var ruis = Image.Gaussnoise(breedte, hoogte, mean: 128, sigma: 40);
        using var grijs = ruis.Cast(Enums.BandFormat.Uchar);
        return bewaar(grijs);
    }

    /// <summary>A real decompression bomb: a 1-bit PNG of only zeros. A few hundred kilobytes on disk, one byte per
    /// pixel once decoded (900 MB at 30000 × 30000).</summary>
    public static byte[] PngBom(int breedte, int hoogte)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var kop = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(kop, breedte);
        BinaryPrimitives.WriteInt32BigEndian(kop.AsSpan(4), hoogte);
        kop[8] = 1; // bit depth; colour type 0 (grey), compression, filter and interlace 0
        SchrijfBlok(png, "IHDR", kop);

        using var gegevens = new MemoryStream();
        using (var zlib = new ZLibStream(gegevens, CompressionLevel.Optimal, leaveOpen: true))
        {
            var regel = new byte[1 + ((breedte + 7) / 8)]; // filter byte 0, then the pixels
            for (var y = 0; y < hoogte; y++)
            {
                zlib.Write(regel);
            }
        }

        SchrijfBlok(png, "IDAT", gegevens.ToArray());
        SchrijfBlok(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The first bytes of an iPhone photo: an ISO-BMFF 'ftyp' box of brand heic.</summary>
    public static byte[] HeicKop() =>
        [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]];

    private static Image MetGegevens(Image beeld, int orientatie) => beeld.Mutate(m =>
    {
        m.Set(GValue.GIntType, "orientation", orientatie);
        m.Set(GValue.GStrType, "exif-ifd0-Make", "Testcamera");
        m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
        m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "51/1 45/1 30/1");
        m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
        m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "5/1 31/1 10/1");
        m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
            "<rdf:Description xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='51,45.5N'/></rdf:RDF></x:xmpmeta>"));
    });

    private static void SchrijfBlok(Stream png, string soort, byte[] inhoud)
    {
        Span<byte> getal = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(getal, inhoud.Length);
        png.Write(getal);
        var soortEnInhoud = Encoding.ASCII.GetBytes(soort).Concat(inhoud).ToArray();
        png.Write(soortEnInhoud);
        BinaryPrimitives.WriteUInt32BigEndian(getal, Crc32(soortEnInhoud));
        png.Write(getal);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Initiatieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Initiatieven;

public sealed class BijlageKeuringTests
{
    private static readonly UTF8Encoding StrengUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const string NietAannemen = "Dit soort bestand kunnen we niet aannemen.";
    private const string TeGroot = "Dit bestand wordt uitgepakt veel te groot.";

    [Fact]
    public void Keur_Pdf_IsPdf() => AssertType(BijlageType.Pdf, "application/pdf", ".pdf", Pdf());

    [Fact]
    public void Keur_Jpeg_IsJpeg() => AssertType(BijlageType.Jpeg, "image/jpeg", ".jpg", Jpeg());

    [Fact]
    public void Keur_Png_IsPng() => AssertType(BijlageType.Png, "image/png", ".png", Png());

    [Fact]
    public void Keur_Docx_IsDocx() =>
        AssertType(BijlageType.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", Docx());

    [Fact]
    public void Keur_Xlsx_IsXlsx() =>
        AssertType(BijlageType.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", Xlsx());

    [Fact]
    public void Keur_TekstMetPdfNaam_Geweigerd() =>
        AssertGeweigerd(Encoding.UTF8.GetBytes("Dit is gewoon tekst, ook al heet het begroting.pdf\n"), NietAannemen);

    [Fact]
    public void Keur_Html_Geweigerd() =>
        AssertGeweigerd(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), NietAannemen);

    [Fact]
    public void Keur_Programma_Geweigerd()
    {
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);

        AssertGeweigerd(exe, NietAannemen);
    }

    [Fact]
    public void Keur_PdfHandtekeningNietAanHetBegin_Geweigerd() =>
        AssertGeweigerd([.. " "u8, .. Pdf()], NietAannemen);

    [Fact]
    public void Keur_ZipZonderContentTypes_Geweigerd() =>
        AssertGeweigerd(Zip(("word/document.xml", Document)), "Dit is geen Word- of Excel-bestand.");

    [Fact]
    public void Keur_ZipMetContentTypesZonderWordOfExcel_Geweigerd() =>
        AssertGeweigerd(Zip(("[Content_Types].xml", ContentTypes("application/vnd.ms-powerpoint")), ("ppt/presentation.xml", "<p/>")), NietAannemen);

    [Fact]
    public void Keur_AfgebrokenZip_Beschadigd()
    {
        var docx = Docx();

        AssertGeweigerd(docx[..(docx.Length / 2)], "Het bestand is beschadigd.");
    }

    [Fact]
    public void Keur_ZipMetOnzinCentraleMap_BeschadigdZonderUitzondering()
    {
        // A local header signature followed by an end record that points far outside the file.
        var bytes = new byte[200];
        "PK\x03\x04"u8.CopyTo(bytes);
        var eind = bytes.AsSpan(bytes.Length - 22);
        "PK\x05\x06"u8.CopyTo(eind);
        eind[10] = 1;
        eind[8] = 1;
        BitConverter.TryWriteBytes(eind[12..], 46);
        BitConverter.TryWriteBytes(eind[16..], int.MaxValue);

        AssertGeweigerd(bytes, "Het bestand is beschadigd.");
    }

    [Fact]
    public void Keur_ZipBomVerhouding_Geweigerd()
    {
        // 20 MB of zeros packs into about 20 kB: a ratio far above 100.
        var bom = ZipMet(DocxOnderdelen, ("word/media/leeg.bin", 20L * 1024 * 1024, false));

        Assert.True(bom.Length < 1024 * 1024);
        AssertGeweigerd(bom, TeGroot);
    }

    [Fact]
    public void Keur_ZipUitgepaktBovenHonderdMegabyte_Geweigerd()
    {
        // 2 MB that does not pack keeps the ratio under 100, so only the 100 MB limit can refuse this one.
        var bom = ZipMet(DocxOnderdelen, ("word/media/ruis.bin", 2L * 1024 * 1024, true), ("word/media/leeg.bin", 110L * 1024 * 1024, false));

        Assert.True(bom.Length * 100L > 112L * 1024 * 1024);
        AssertGeweigerd(bom, TeGroot);
    }

    [Fact]
    public void Keur_ZipMetTeVeelOnderdelen_Geweigerd()
    {
        var onderdelen = Enumerable.Range(0, 2001).Select(n => ($"word/media/{n}.xml", "<x/>")).ToList();
        onderdelen.Add(("[Content_Types].xml", ContentTypes(DocxType)));
        onderdelen.Add(("word/document.xml", Document));

        AssertGeweigerd(Zip([.. onderdelen]), "te veel onderdelen");
    }

    [Fact]
    public void Keur_BovenTienMegabyte_Geweigerd()
    {
        var groot = new byte[InitiatiefRegels.MaxBijlageBytes + 1];
        Pdf().CopyTo(groot, 0);

        AssertGeweigerd(groot, "groter dan 10 MB");
    }

    [Fact]
    public void Keur_PreciesTienMegabyte_Aangenomen()
    {
        var precies = new byte[InitiatiefRegels.MaxBijlageBytes];
        Pdf().CopyTo(precies, 0);

        AssertType(BijlageType.Pdf, "application/pdf", ".pdf", precies);
    }

    [Fact]
    public void Keur_Leeg_Geweigerd() => AssertGeweigerd([], "Het bestand is leeg.");

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\system32\\begroting.pdf", "begroting.pdf")]
    [InlineData("C:\\Users\\jan\\Documenten\\Begroting 2026.PDF", "Begroting 2026.pdf")]
    [InlineData("/var/www/wwwroot/index.html", "index.pdf")]
    [InlineData("begroting\u0000.pdf", "begroting.pdf")]
    [InlineData("be\u0007gro\u001Bting\r\n.pdf", "begroting.pdf")]
    [InlineData("factuur\u202Efdp.exe", "factuurfdp.pdf")]
    [InlineData("\u2066rekening\u2069\u200F.pdf", "rekening.pdf")]
    [InlineData("a<b>c:d*e?f\"g|h.pdf", "abcdefgh.pdf")]
    [InlineData("..", "bijlage.pdf")]
    [InlineData("...pdf", "bijlage.pdf")]
    [InlineData("", "bijlage.pdf")]
    [InlineData(null, "bijlage.pdf")]
    [InlineData("\u202E\u0000", "bijlage.pdf")]
    [InlineData("café-ontmoeting.docx", "café-ontmoeting.pdf")]
    public void VeiligeNaam_GevaarlijkeNaam_WordtSchoon(string? naam, string verwacht)
    {
        Assert.Equal(verwacht, BijlagenOpslag.VeiligeNaam(naam, ".pdf"));
    }

    [Fact]
    public void VeiligeNaam_LangeNaam_HoogstensHonderdTekensPlusExtensie()
    {
        var naam = BijlagenOpslag.VeiligeNaam(new string('x', 300) + ".pdf", ".pdf");

        Assert.Equal(new string('x', 100) + ".pdf", naam);
    }

    [Fact]
    public void VeiligeNaam_LangeNaamMetEmoji_BreektGeenTekenDoormidden()
    {
        // 99 letters and then emoji: a cut at exactly 100 UTF-16 units would leave half a surrogate pair, which is not
        // valid text (PostgreSQL refuses it, browsers show garbage).
        var naam = BijlagenOpslag.VeiligeNaam(new string('x', 99) + string.Concat(Enumerable.Repeat("\U0001F389", 5)) + ".pdf", ".pdf");

        Assert.Equal(new string('x', 99) + ".pdf", naam);
        Assert.Equal(naam.Length, Encoding.UTF8.GetString(StrengUtf8.GetBytes(naam)).Length);
    }

    [Fact]
    public void VeiligeNaam_LosseSurrogaat_WordtGeenOngeldigeTekst()
    {
        var naam = BijlagenOpslag.VeiligeNaam("brief\uD800.pdf", ".pdf");

        Assert.Equal(naam, Encoding.UTF8.GetString(StrengUtf8.GetBytes(naam)));
        Assert.StartsWith("brief", naam, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OntvangAsync_GroterDanTienMegabyteZonderLengte_GeweigerdEnNietBewaard()
    {
        using var opslag = new TijdelijkeOpslag(new Scanner(ScanUitslag.Schoon));
        await using var bron = new AlleenLezen(new byte[InitiatiefRegels.MaxBijlageBytes + 1]);

        var uitkomst = await opslag.Opslag.OntvangAsync(bron, "groot.pdf", BijlageSoort.Aanvraag, TestContext.Current.CancellationToken);

        Assert.Null(uitkomst.Bijlage);
        Assert.Contains("groter dan 10 MB", uitkomst.Fout, StringComparison.Ordinal);
        Assert.False(opslag.Scanner.Gevraagd);
        Assert.Empty(opslag.Bestanden());
    }

    [Theory]
    [InlineData(ScanUitslag.Besmet, "virus")]
    [InlineData(ScanUitslag.Fout, "opnieuw")]
    public async Task OntvangAsync_ScannerKeurtAf_GeweigerdEnNietBewaard(ScanUitslag uitslag, string melding)
    {
        using var opslag = new TijdelijkeOpslag(new Scanner(uitslag));
        await using var bron = new MemoryStream(Pdf());

        var uitkomst = await opslag.Opslag.OntvangAsync(bron, "begroting.pdf", BijlageSoort.Aanvraag, TestContext.Current.CancellationToken);

        Assert.Null(uitkomst.Bijlage);
        Assert.Contains(melding, uitkomst.Fout, StringComparison.Ordinal);
        Assert.True(opslag.Scanner.Gevraagd);
        Assert.Empty(opslag.Bestanden());
    }

    [Fact]
    public async Task OntvangAsync_GoedBestand_BewaardOnderWillekeurigeNaamMetScanUitslag()
    {
        using var opslag = new TijdelijkeOpslag(new Scanner(ScanUitslag.Schoon));
        await using var bron = new AlleenLezen(Docx());

        var uitkomst = await opslag.Opslag.OntvangAsync(bron, "../plan.exe", BijlageSoort.Aanvraag, TestContext.Current.CancellationToken);

        var bijlage = Assert.IsType<InitiatiefBijlage>(uitkomst.Bijlage);
        Assert.Equal("plan.docx", bijlage.Naam);
        Assert.Matches("^[0-9a-f]{32}\\.docx$", bijlage.Opslag);
        Assert.Equal("schoon", bijlage.Scan);
        Assert.Equal(Path.Combine(opslag.Map, bijlage.Opslag), Assert.Single(opslag.Bestanden()));
        await using var terug = opslag.Opslag.Open(bijlage.Opslag);
        Assert.NotNull(terug);
        Assert.Null(opslag.Opslag.Open("../" + bijlage.Opslag));
    }

    private static void AssertType(BijlageType type, string contentType, string extensie, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        var keur = BijlageKeuring.Keur(stream, bytes.Length);

        Assert.True(keur.IsGoed, keur.Fout);
        Assert.Equal((type, contentType, extensie), (keur.Type!.Value, keur.ContentType, keur.Extensie));
        Assert.Equal(0, stream.Position);
    }

    private static void AssertGeweigerd(byte[] bytes, string melding)
    {
        using var stream = new MemoryStream(bytes);

        var keur = BijlageKeuring.Keur(stream, bytes.Length);

        Assert.False(keur.IsGoed);
        Assert.Null(keur.Type);
        Assert.Contains(melding, keur.Fout, StringComparison.Ordinal);
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string Document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Buurtfeest</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] Pdf() => Encoding.ASCII.GetBytes("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """);

    private static byte[] Jpeg() =>
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
        0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9,
    ];

    /// <summary>A 1×1 transparent PNG.</summary>
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static string ContentTypes(string hoofdType) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"/main.xml\" ContentType=\"{hoofdType}\"/></Types>";

    private static string Relaties(string doel) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{doel}\"/></Relationships>";

    private static (string, string)[] DocxOnderdelen =>
    [
        ("[Content_Types].xml", ContentTypes(DocxType).Replace("/main.xml", "/word/document.xml", StringComparison.Ordinal)),
        ("_rels/.rels", Relaties("word/document.xml")),
        ("word/document.xml", Document),
    ];

    private static byte[] Docx() => Zip(DocxOnderdelen);

    private static byte[] Xlsx() => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
            .Replace("/main.xml", "/xl/workbook.xml", StringComparison.Ordinal)),
        ("_rels/.rels", Relaties("xl/workbook.xml")),
        ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Begroting\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tent</t></is></c></row></sheetData></worksheet>"));

    private static byte[] Zip(params (string Naam, string Inhoud)[] onderdelen) =>
        ZipMet(onderdelen);

    /// <summary>A zip with the given text parts and large parts of <c>Grootte</c> bytes: random bytes (which do not
    /// pack) or zeros (which pack about a thousand times), written in blocks so the test never holds them in memory.</summary>
    private static byte[] ZipMet((string Naam, string Inhoud)[] onderdelen, params (string Naam, long Grootte, bool Willekeurig)[] groot)
    {
        using var uit = new MemoryStream();
        using (var zip = new ZipArchive(uit, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in onderdelen)
            {
                using var s = zip.CreateEntry(naam).Open();
                s.Write(Encoding.UTF8.GetBytes(inhoud));
            }

            var blok = new byte[1024 * 1024];
            foreach (var (naam, grootte, willekeurig) in groot)
            {
                using var s = zip.CreateEntry(naam, willekeurig ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                for (long over = grootte; over > 0; over -= blok.Length)
                {
                    if (willekeurig)
                    {
                        RandomNumberGenerator.Fill(blok);
                    }
                    else
                    {
                        Array.Clear(blok);
                    }

                    s.Write(blok, 0, (int)Math.Min(blok.Length, over));
                }
            }
        }

        return uit.ToArray();
    }

    private sealed class Scanner(ScanUitslag uitslag) : IVirusScanner
    {
        public bool Gevraagd { get; private set; }

        public Task<ScanResultaat> ScanAsync(Stream inhoud, CancellationToken cancellationToken)
        {
            Gevraagd = true;
            return Task.FromResult(new ScanResultaat(uitslag, uitslag == ScanUitslag.Schoon ? "schoon" : "niet goed"));
        }
    }

    /// <summary>An upload as it arrives: it can be read once, and its length is not known up front.</summary>
    private sealed class AlleenLezen(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    private sealed class TijdelijkeOpslag : IDisposable
    {
        public TijdelijkeOpslag(Scanner scanner)
        {
            Scanner = scanner;
            Map = Path.Combine(Path.GetTempPath(), $"wijk-bijlagen-{Guid.NewGuid():N}");
            var opties = Options.Create(new InitiatiefOptions { BijlagenMap = Map });
            Opslag = new BijlagenOpslag(opties, new Omgeving(), scanner, TimeProvider.System, new GeenFotoSchoonmaker());
        }

        public Scanner Scanner { get; }
        public string Map { get; }
        public BijlagenOpslag Opslag { get; }

        public string[] Bestanden() => Directory.Exists(Map) ? Directory.GetFiles(Map) : [];

        public void Dispose()
        {
            if (Directory.Exists(Map))
            {
                Directory.Delete(Map, recursive: true);
            }
        }
    }

    private sealed class Omgeving : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "WijkPlatform.Core.Tests";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

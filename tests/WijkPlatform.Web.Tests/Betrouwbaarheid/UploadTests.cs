using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NetVips;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Afbeeldingen;
using WijkPlatform.Web.Tests.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.AanvraagHulp;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Every upload of the site through its real forms: attachments of an initiatief request (checked by content,
/// scanned by a clamd on loopback that speaks the INSTREAM protocol and knows the EICAR signature, photos written anew)
/// and activity photos (decoded and saved as WebP). Each kind of hostile file must be refused with a Dutch message
/// beside the field, or stored without what made it hostile. All files are made here, in code.</summary>
public sealed partial class UploadTests(UploadTests.App app) : IClassFixture<UploadTests.App>
{
    private static readonly string Eicar = ClamAvScannerTests.Eicar;

    /// <summary>The request form with ClamAV set to a clamd on 127.0.0.1 that finds EICAR.</summary>
    public sealed class App : AanvraagApp
    {
        private readonly ClamAvScannerTests.NepClamd clamd = ClamAvScannerTests.NepClamd.Start(ClamAvScannerTests.NepClamd.Gedrag.Antwoordt);

        public int Scans => clamd.Ontvangen.Count;

        protected override void Instellingen(IWebHostBuilder builder)
        {
            base.Instellingen(builder);
            builder.UseSetting("Virusscan:ClamAV:Host", "127.0.0.1");
            builder.UseSetting("Virusscan:ClamAV:Port", clamd.Poort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await clamd.DisposeAsync();
        }
    }

    public static TheoryData<string> Geweigerd => [.. GeweigerdeBijlagen().Keys];

    private static Dictionary<string, (string Naam, Func<byte[]> Maak, string Type, string Melding)> GeweigerdeBijlagen() => new()
    {
        ["eicar-als-tekst"] = ("eicar.com", () => Encoding.ASCII.GetBytes(Eicar), "application/octet-stream", "Dit soort bestand kunnen we niet aannemen."),
        ["eicar-in-pdf"] = ("offerte.pdf", () => Encoding.ASCII.GetBytes("%PDF-1.4\n" + Eicar + "\n%%EOF\n"), "application/pdf", "In dit bestand zit mogelijk een virus."),
        ["eicar-in-docx"] = ("plan.docx", () => Office("word/document.xml", ("word/media/eicar.txt", Encoding.ASCII.GetBytes(Eicar))), Docx, "In dit bestand zit mogelijk een virus."),
        ["eicar-achter-jpeg"] = ("foto.jpg", () => [.. TestFotos.JpegMetExif(64, 48, 1), .. Encoding.ASCII.GetBytes(Eicar)], "image/jpeg", "In dit bestand zit mogelijk een virus."),
        ["pdf-met-javascript"] = ("begroting.pdf", () => PdfMet("/OpenAction<</S/JavaScript/JS(app.alert\\(1\\))>>"), "application/pdf", "Deze PDF bevat een script"),
        ["pdf-met-verstopte-javascript"] = ("begroting.pdf", () => PdfMet("/OpenAction<</S/J#61vaScript/JS(app.alert\\(1\\))>>"), "application/pdf", "Deze PDF bevat een script"),
        ["pdf-met-ingesloten-bestand"] = ("begroting.pdf", () => PdfMet("/Names<</EmbeddedFiles<</Names[(a.exe)<</Type/Filespec/EF<</F 9 0 R>>>>]>>>>"), "application/pdf", "Deze PDF bevat een script"),
        ["svg-met-script"] = ("tekening.svg", () => "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray(), "image/svg+xml", "Dit soort bestand kunnen we niet aannemen."),
        ["html-als-jpg"] = ("foto.jpg", () => "<html><script>alert(1)</script></html>"u8.ToArray(), "image/jpeg", "Dit soort bestand kunnen we niet aannemen."),
        ["docx-zipbom-1gb"] = ("plan.docx", () => Office("word/document.xml", ("word/media/nul.bin", null)), Docx, "Dit bestand wordt uitgepakt veel te groot."),
        ["xlsx-zipbom-1gb"] = ("cijfers.xlsx", () => Office("xl/workbook.xml", ("xl/media/nul.bin", null)), Xlsx, "Dit bestand wordt uitgepakt veel te groot."),
        ["docx-3000-onderdelen"] = ("plan.docx", () => Office("word/document.xml", [.. Enumerable.Range(0, 3000).Select(n => ($"word/x/{n}.xml", (byte[]?)[]))]), Docx, "te veel onderdelen"),
        ["png-bom-50000x50000"] = ("kaart.png", () => PngBom.Value, "image/png", "te groot in pixels"),
        ["jpeg-kop-50000x50000"] = ("kaart.jpg", () => JpegMetKop(50_000, 50_000), "image/jpeg", "te groot in pixels"),
    };

    [Theory]
    [MemberData(nameof(Geweigerd))]
    public async Task Bijlage_VijandigBestand_GeweigerdMetMeldingEnNietsBewaard(string soort)
    {
        var (naam, maak, type, melding) = GeweigerdeBijlagen()[soort];
        var bytes = maak();
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 5);
        var bestandenVoor = Directory.Exists(app.BijlagenMap) ? Directory.GetFiles(app.BijlagenMap).Length : 0;
        var piekVoor = Environment.WorkingSet;

        var klok = Stopwatch.StartNew();
        var antwoord = await UploadAsync(client, sleutel, (naam, bytes, type));
        klok.Stop();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync(Ct);
        var fout = FoutBijVeld().Match(html);
        Assert.True(fout.Success, "Geen melding bij het bestandsveld.");
        Assert.Contains(melding, WebUtility.HtmlDecode(fout.Groups[1].Value), StringComparison.Ordinal);
        Assert.Empty((await InitiatiefAsync(app, email)).Bijlagen);
        Assert.Equal(bestandenVoor, Directory.Exists(app.BijlagenMap) ? Directory.GetFiles(app.BijlagenMap).Length : 0);

        Meetboek.Noteer(Meetboek.Uploads, $"bijlage geweigerd: {soort}", new Dictionary<string, object>
        {
            ["bestand (kB)"] = Math.Round(bytes.Length / 1024.0, 1),
            ["geweigerd"] = 1,
            ["duur (s)"] = Math.Round(klok.Elapsed.TotalSeconds, 2),
            ["groei werkgeheugen (MB)"] = Math.Max(0, (Environment.WorkingSet - piekVoor) / (1024 * 1024)),
        });
    }

    public static TheoryData<string> Schoongemaakt => ["jpeg-met-gps", "jpeg-met-html", "jpeg-met-zip", "png-met-html", "png-als-pdf"];

    [Theory]
    [MemberData(nameof(Schoongemaakt))]
    public async Task Bijlage_FotoMetMetadataOfTweedeBestand_BewaardZonder(string soort)
    {
        var html = "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();
        var (naam, bytes, type) = soort switch
        {
            "jpeg-met-gps" => ("locatie.jpg", TestFotos.JpegMetExif(320, 240, 1), "image/jpeg"),
            "jpeg-met-html" => ("foto.jpg", [.. TestFotos.JpegMetExif(320, 240, 1), .. html], "image/jpeg"),
            "jpeg-met-zip" => ("foto.jpg", [.. TestFotos.JpegMetExif(320, 240, 1), .. Office("word/document.xml")], "image/jpeg"),
            "png-met-html" => ("tekening.png", [.. TestFotos.Png(40, 30), .. html], "image/png"),
            _ => ("begroting.pdf", TestFotos.Png(40, 30), "application/pdf"),
        };
        var email = NieuwEmail();
        using var client = app.MaakClient();
        var sleutel = await NaarStapAsync(client, email, 5);

        var antwoord = await UploadAsync(client, sleutel, (naam, bytes, type));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var bijlage = Assert.Single((await InitiatiefAsync(app, email)).Bijlagen);
        var opgeslagen = await File.ReadAllBytesAsync(Path.Combine(app.BijlagenMap, bijlage.Opslag), Ct);
        var tekst = Encoding.Latin1.GetString(opgeslagen);
        Assert.DoesNotContain("<script", tekst, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PK\u0003\u0004", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Testcamera", tekst, StringComparison.Ordinal);
        // The content decides the type, whatever the name and the browser said.
        Assert.Equal(type == "image/jpeg" ? "image/jpeg" : "image/png", bijlage.ContentType);
        Assert.EndsWith(type == "image/jpeg" ? ".jpg" : ".png", bijlage.Naam, StringComparison.Ordinal);
        using var beeld = Image.NewFromBuffer(opgeslagen);
        Assert.DoesNotContain(beeld.GetFields(), v => v.StartsWith("exif", StringComparison.Ordinal) || v == "xmp-data");
        Assert.Equal(type == "image/jpeg" ? 320 : 40, beeld.Width);

        Meetboek.Noteer(Meetboek.Uploads, $"bijlage bewaard zonder metadata of aanhangsel: {soort}", new Dictionary<string, object>
        {
            ["bestand (kB)"] = Math.Round(bytes.Length / 1024.0, 1),
            ["bewaard (kB)"] = Math.Round(opgeslagen.Length / 1024.0, 1),
            ["opgeschoond"] = 1,
        });
    }

    public static TheoryData<string> Fotos => ["jpeg-met-gps", "eicar-in-jpeg", "jpeg-met-html", "svg-met-script", "png-bom-50000x50000", "jpeg-kop-50000x50000"];

    [Theory]
    [MemberData(nameof(Fotos))]
    public async Task ActiviteitFoto_VijandigOfMetGps_GeweigerdOfSchoonGeserveerd(string soort)
    {
        var bytes = soort switch
        {
            "jpeg-met-gps" => TestFotos.JpegMetExif(800, 600, 1),
            "eicar-in-jpeg" => MetCommentaar(TestFotos.JpegMetExif(800, 600, 1), Eicar),
            "jpeg-met-html" => [.. TestFotos.JpegMetExif(800, 600, 1), .. "<html><script>alert(1)</script></html>"u8.ToArray()],
            "svg-met-script" => "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray(),
            "png-bom-50000x50000" => PngBom.Value,
            _ => JpegMetKop(50_000, 50_000),
        };
        var weigeren = soort is "svg-met-script" or "png-bom-50000x50000" or "jpeg-kop-50000x50000";
        using var client = await app.IngelogdAsync(Collectieven.BeheerHulp.Wijkraad);
        var titel = $"Fototest {Guid.NewGuid():N}";
        var velden = await Collectieven.BeheerHulp.FormulierAsync(app, titel, "wijkraad-ruwaard");
        velden["Input.AfbeeldingAlt"] = "Buren in het park";

        var klok = Stopwatch.StartNew();
        var antwoord = await Collectieven.BeheerHulp.PostMetFotoAsync(client, "/beheer/activiteiten/nieuw", velden, bytes, "/beheer/activiteiten/nieuw");
        klok.Stop();

        var activiteit = await Collectieven.BeheerHulp.ActiviteitAsync(app, titel);
        if (weigeren)
        {
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync(Ct));
            Assert.Matches(soort == "svg-met-script" ? "Dit bestand is geen foto" : "Deze foto is te groot in pixels", html);
            Assert.Null(activiteit);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.NotNull(activiteit?.Afbeelding);
            // What a visitor's browser gets, read back through the site.
            var geserveerd = await client.GetByteArrayAsync(activiteit.Afbeelding, Ct);
            var tekst = Encoding.Latin1.GetString(geserveerd);
            Assert.DoesNotContain("EICAR", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("Testcamera", tekst, StringComparison.Ordinal);
            using var beeld = Image.NewFromBuffer(geserveerd);
            Assert.DoesNotContain(beeld.GetFields(), v => v.StartsWith("exif", StringComparison.Ordinal) || v.Contains("GPS", StringComparison.Ordinal) || v == "xmp-data");
        }

        Meetboek.Noteer(Meetboek.Uploads, weigeren ? $"activiteitfoto geweigerd: {soort}" : $"activiteitfoto geserveerd zonder GPS of aanhangsel: {soort}",
            new Dictionary<string, object>
            {
                ["bestand (kB)"] = Math.Round(bytes.Length / 1024.0, 1),
                [weigeren ? "geweigerd" : "opgeschoond"] = 1,
                ["duur (s)"] = Math.Round(klok.Elapsed.TotalSeconds, 2),
            });
    }

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>900 MB of pixels once decoded, a few hundred kilobytes on disk; made once for the whole class.</summary>
    private static readonly Lazy<byte[]> PngBom = new(() => TestFotos.PngBom(50_000, 50_000));

    private static async Task<string> NaarStapAsync(HttpClient client, string email, int stap)
    {
        var sleutel = await BeginAsync(client, email);
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 2, Idee()), $"/initiatief/aanvragen/{sleutel}/3");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 3, Deelnemers()), $"/initiatief/aanvragen/{sleutel}/4");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 4, Begroting(("Boodschappen", "250"))), $"/initiatief/aanvragen/{sleutel}/{stap}");
        return sleutel;
    }

    /// <summary>A Word or Excel file by its parts; a part without content is a gigabyte of zeros, about a megabyte packed.</summary>
    private static byte[] Office(string hoofdDeel, params (string Naam, byte[]? Inhoud)[] extra)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in new[] { ("[Content_Types].xml", (byte[]?)"<Types/>"u8.ToArray()), (hoofdDeel, "<x/>"u8.ToArray()) }.Concat(extra))
            {
                // Stored, not deflated, for a small part: a scanner that reads the bytes as they are finds the signature.
                using var deel = zip.CreateEntry(naam, inhoud is null ? CompressionLevel.Optimal : CompressionLevel.NoCompression).Open();
                if (inhoud is not null)
                {
                    deel.Write(inhoud);
                    continue;
                }

                var nullen = new byte[1024 * 1024];
                for (var i = 0; i < 1024; i++)
                {
                    deel.Write(nullen);
                }
            }
        }

        return buffer.ToArray();
    }

    private static byte[] PdfMet(string catalogus) => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R{catalogus}>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
        "trailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A real small JPEG whose frame header claims another size: libvips reads only that header.</summary>
    private static byte[] JpegMetKop(int breedte, int hoogte)
    {
        var jpeg = TestFotos.JpegMetExif(16, 16, 1);
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                jpeg[i + 5] = (byte)(hoogte >> 8);
                jpeg[i + 6] = (byte)hoogte;
                jpeg[i + 7] = (byte)(breedte >> 8);
                jpeg[i + 8] = (byte)breedte;
                return jpeg;
            }
        }

        throw new InvalidOperationException("Geen framekop in de JPEG.");
    }

    /// <summary>The text in a JPEG comment segment (COM) straight after the start marker.</summary>
    private static byte[] MetCommentaar(byte[] jpeg, string tekst)
    {
        var inhoud = Encoding.ASCII.GetBytes(tekst);
        var lengte = inhoud.Length + 2;
        return [.. jpeg[..2], 0xFF, 0xFE, (byte)(lengte >> 8), (byte)lengte, .. inhoud, .. jpeg[2..]];
    }

    [GeneratedRegex("""id="fout-[^"]*Bestanden"[^>]*>(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex FoutBijVeld();
}

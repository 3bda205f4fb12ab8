using System.IO.Compression;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>The kinds of file an applicant may send, told apart by their content, never by the name or the
/// content type the browser claims.</summary>
public enum BijlageType
{
    Pdf,
    Jpeg,
    Png,
    Docx,
    Xlsx,
}

public sealed record BijlageKeur(BijlageType? Type, string? Fout)
{
    public bool IsGoed => Type is not null;

    public string ContentType => Type switch
    {
        BijlageType.Pdf => "application/pdf",
        BijlageType.Jpeg => "image/jpeg",
        BijlageType.Png => "image/png",
        BijlageType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        BijlageType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    public string Extensie => Type switch
    {
        BijlageType.Pdf => ".pdf",
        BijlageType.Jpeg => ".jpg",
        BijlageType.Png => ".png",
        BijlageType.Docx => ".docx",
        BijlageType.Xlsx => ".xlsx",
        _ => "",
    };
}

/// <summary>Checks an uploaded file by its bytes: PDF, JPEG and PNG by their signatures, DOCX and XLSX by opening the
/// zip and finding the part that makes them a Word or Excel file. Zips with many entries, a large unpacked size or a
/// high compression ratio are refused, so a zip bomb never gets unpacked further down the line.</summary>
public static class BijlageKeuring
{
    public const string ToegestaanTekst = "PDF, JPG, PNG, Word (DOCX) of Excel (XLSX)";
    private const int MaxZipOnderdelen = 2000;
    private const long MaxUitgepakt = 100L * 1024 * 1024;
    private const int MaxVerhouding = 100;

    public static BijlageKeur Keur(Stream inhoud, long lengte)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        if (lengte <= 0)
        {
            return new(null, "Het bestand is leeg.");
        }

        if (lengte > InitiatiefRegels.MaxBijlageBytes)
        {
            return new(null, "Het bestand is groter dan 10 MB. Maak het kleiner of stuur het in delen.");
        }

        Span<byte> kop = stackalloc byte[8];
        inhoud.Position = 0;
        var gelezen = inhoud.ReadAtLeast(kop, kop.Length, throwOnEndOfStream: false);
        kop = kop[..gelezen];
        inhoud.Position = 0;

        if (kop.StartsWith("%PDF-"u8))
        {
            return HeeftActieveInhoud(inhoud)
                ? new(null, "Deze PDF bevat een script of een ingesloten bestand. Dat nemen we niet aan. " +
                    "Sla het opnieuw op als gewone PDF (bijvoorbeeld met 'Afdrukken naar PDF') en probeer het nog eens.")
                : new(BijlageType.Pdf, null);
        }

        if (kop.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return new(BijlageType.Jpeg, null);
        }

        if (kop.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return new(BijlageType.Png, null);
        }

        if (kop.StartsWith("PK\x03\x04"u8))
        {
            return KeurOfficeBestand(inhoud, lengte);
        }

        return new(null, $"Dit soort bestand kunnen we niet aannemen. Stuur een {ToegestaanTekst}.");
    }

    // What makes a PDF do something when it is opened, rather than show pages: scripts, launching programs, files
    // carried inside, Flash. A budget or a quote never needs them.
    private static readonly byte[][] ActieveNamen =
        [.. new[] { "/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA" }.Select(System.Text.Encoding.ASCII.GetBytes)];

    /// <summary>Looks for the PDF names of <see cref="ActieveNamen"/> in the bytes, also written with #xx escapes.
    /// Names inside compressed object streams are not seen; the wijkteam opens attachments as downloads, in a viewer
    /// that asks before it runs anything.</summary>
    private static bool HeeftActieveInhoud(Stream inhoud)
    {
        var bytes = new byte[inhoud.Length];
        inhoud.Position = 0;
        inhoud.ReadExactly(bytes);
        inhoud.Position = 0;
        var tekst = OntsnapNamen(bytes);
        foreach (var naam in ActieveNamen)
        {
            for (var plek = tekst.AsSpan().IndexOf(naam); plek >= 0;)
            {
                var na = plek + naam.Length;
                // A whole name only: "/JS" but not "/JSON".
                if (na >= tekst.Length || !char.IsAsciiLetterOrDigit((char)tekst[na]))
                {
                    return true;
                }

                var verder = tekst.AsSpan(na).IndexOf(naam);
                plek = verder < 0 ? -1 : na + verder;
            }
        }

        return false;
    }

    /// <summary>PDF lets a name spell a character as #xx (/J#61vaScript is /JavaScript).</summary>
    private static byte[] OntsnapNamen(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)'#') < 0)
        {
            return bytes;
        }

        var uit = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '#' && i + 2 < bytes.Length && Uri.IsHexDigit((char)bytes[i + 1]) && Uri.IsHexDigit((char)bytes[i + 2]))
            {
                uit.Add(Convert.ToByte(System.Text.Encoding.ASCII.GetString(bytes, i + 1, 2), 16));
                i += 2;
            }
            else
            {
                uit.Add(bytes[i]);
            }
        }

        return [.. uit];
    }

    private static BijlageKeur KeurOfficeBestand(Stream inhoud, long lengte)
    {
        try
        {
            using var zip = new ZipArchive(inhoud, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipOnderdelen)
            {
                return new(null, "Dit bestand bestaat uit te veel onderdelen. Sla het opnieuw op of stuur een PDF.");
            }

            long uitgepakt = 0;
            foreach (var onderdeel in zip.Entries)
            {
                uitgepakt += onderdeel.Length;
            }

            if (uitgepakt > MaxUitgepakt || uitgepakt > lengte * MaxVerhouding)
            {
                return new(null, "Dit bestand wordt uitgepakt veel te groot. Sla het opnieuw op of stuur een PDF.");
            }

            var namen = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!namen.Contains("[Content_Types].xml"))
            {
                return new(null, $"Dit is geen Word- of Excel-bestand. Stuur een {ToegestaanTekst}.");
            }

            if (namen.Contains("word/document.xml"))
            {
                return new(BijlageType.Docx, null);
            }

            if (namen.Contains("xl/workbook.xml"))
            {
                return new(BijlageType.Xlsx, null);
            }

            return new(null, $"Dit soort bestand kunnen we niet aannemen. Stuur een {ToegestaanTekst}.");
        }
        catch (InvalidDataException)
        {
            return new(null, "Het bestand is beschadigd. Sla het opnieuw op en probeer het nog eens.");
        }
        finally
        {
            inhoud.Position = 0;
        }
    }
}

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
            return new(BijlageType.Pdf, null);
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

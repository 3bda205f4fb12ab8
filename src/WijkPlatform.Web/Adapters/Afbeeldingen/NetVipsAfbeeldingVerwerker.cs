using System.Buffers;
using System.Security.Cryptography;
using NetVips;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Adapters.Afbeeldingen;

/// <summary>libvips does the work: the format is taken from the content, the size from the header before any pixel
/// is decoded, then the photo is turned upright, stripped of all metadata (EXIF with GPS, XMP, IPTC, ICC after
/// conversion to sRGB) and written as WebP in the widths of <see cref="UploadAfbeelding"/>.</summary>
internal sealed class NetVipsAfbeeldingVerwerker : IAfbeeldingVerwerker
{
    // libvips' largest coordinate; as the height of a thumbnail it means "as tall as the width makes it".
    private const int VrijeHoogte = 10_000_000;

    // Truncated: a photo cut off mid-upload is refused instead of stored with a grey bottom. Not Warning: many phone
    // and camera JPEGs carry harmless oddities that libjpeg warns about.
    private const string LaadOpties = "fail_on=truncated";

    // Two photos at a time; more volunteers uploading at once wait a moment instead of filling memory and every core.
    private static readonly SemaphoreSlim Tegelijk = new(2, 2);

    private readonly AfbeeldingMap map;

    public NetVipsAfbeeldingVerwerker(AfbeeldingMap map)
    {
        this.map = map;
        BeperkLibVips();
    }

    public async Task<AfbeeldingUitkomst> VerwerkAsync(Stream inhoud, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var bytes = await LeesAsync(inhoud, cancellationToken);
        if (bytes is null)
        {
            return AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.TeGroot);
        }

        if (bytes.Length == 0)
        {
            return AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.Leeg);
        }

        if (!IsJpegPngOfWebp(bytes))
        {
            return AfbeeldingUitkomst.Geweigerd(IsHeif(bytes) ? AfbeeldingStatus.Heic : AfbeeldingStatus.GeenFoto);
        }

        IReadOnlyList<Versie> versies;
        await Tegelijk.WaitAsync(cancellationToken);
        try
        {
            var gemaakt = Maak(bytes, cancellationToken);
            if (gemaakt.Weigering is { } weigering)
            {
                return AfbeeldingUitkomst.Geweigerd(weigering);
            }

            versies = gemaakt.Versies;
        }
        finally
        {
            Tegelijk.Release();
        }

        return await BewaarAsync(versies, cancellationToken);
    }

    /// <summary>Reads at most <see cref="UploadAfbeelding.MaxBytes"/>; null when there is more. Counts what actually
    /// arrives: a Content-Length or <see cref="Stream.Length"/> is the sender's word, not a fact.</summary>
    private static async Task<byte[]?> LeesAsync(Stream inhoud, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var blok = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int gelezen;
            while ((gelezen = await inhoud.ReadAsync(blok, cancellationToken)) > 0)
            {
                if (buffer.Length + gelezen > UploadAfbeelding.MaxBytes)
                {
                    return null;
                }

                buffer.Write(blok, 0, gelezen);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(blok);
        }

        return buffer.ToArray();
    }

    /// <summary>A JPEG, PNG or WebP by its first bytes, whatever its name said. Only these three loaders ever see an
    /// upload (see <see cref="BeperkLibVips"/>).</summary>
    private static bool IsJpegPngOfWebp(ReadOnlySpan<byte> bytes)
    {
        string? lader = bytes switch
        {
            [0xFF, 0xD8, 0xFF, ..] => "VipsForeignLoadJpegBuffer",
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "VipsForeignLoadPngBuffer",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "VipsForeignLoadWebpBuffer",
            _ => null,
        };

        // libvips looks at the content too; both must agree before it decodes anything.
        return lader is not null && Image.FindLoadBuffer(bytes) == lader;
    }

    /// <summary>An ISO-BMFF file of a HEIF brand: what an iPhone saves. The libvips here decodes HEIF only with AV1
    /// (AVIF), not the HEVC of a HEIC photo, so it gets its own message instead of a failed decode.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8)
        && bytes[8..12] is var merk
        && (merk.SequenceEqual("heic"u8) || merk.SequenceEqual("heix"u8) || merk.SequenceEqual("heim"u8)
            || merk.SequenceEqual("heis"u8) || merk.SequenceEqual("hevc"u8) || merk.SequenceEqual("hevx"u8)
            || merk.SequenceEqual("mif1"u8) || merk.SequenceEqual("msf1"u8));

    private static Gemaakt Maak(byte[] bytes, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> breedtes;
        try
        {
            // Sequential access reads the header only; pixels are decoded when a result is asked for.
            using var kop = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            if (kop.Width > UploadAfbeelding.MaxZijde || kop.Height > UploadAfbeelding.MaxZijde
                || (long)kop.Width * kop.Height > UploadAfbeelding.MaxPixels)
            {
                return new(AfbeeldingStatus.TeVeelPixels, []);
            }

            breedtes = UploadAfbeelding.BreedtesVoor(IsGekanteld(kop) ? kop.Height : kop.Width);
        }
        catch (VipsException)
        {
            return new(AfbeeldingStatus.Beschadigd, []);
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // thumbnail turns the photo upright by its EXIF orientation and, for JPEG and WebP, decodes at a smaller
            // scale when it can. The largest version is kept in memory; that decodes the whole file now, so a
            // truncated one fails here, and the smaller versions are made from it without decoding again.
            using var geschaald = Image.ThumbnailBuffer(bytes, breedtes[^1], optionString: LaadOpties, height: VrijeHoogte,
                size: Enums.Size.Down);
            using var srgb = NaarSrgb(geschaald);
            using var grootste = srgb.CopyMemory();
            var versies = new List<Versie>(breedtes.Count);
            foreach (var breedte in breedtes.Take(breedtes.Count - 1))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var kleiner = grootste.ThumbnailImage(breedte, height: VrijeHoogte, size: Enums.Size.Down, noRotate: true);
                versies.Add(new(breedte, kleiner.Height, Webp(kleiner)));
            }

            versies.Add(new(grootste.Width, grootste.Height, Webp(grootste)));
            return new(null, versies);
        }
        catch (VipsException)
        {
            return new(AfbeeldingStatus.Beschadigd, []);
        }
    }

    /// <summary>EXIF orientations 5 to 8 turn the photo a quarter, so its upright width is the stored height.</summary>
    private static bool IsGekanteld(Image kop) =>
        kop.Contains("orientation") && kop.Get("orientation") is int orientatie && orientatie >= 5;

    /// <summary>The files carry no ICC profile, and a browser shows an image without one as sRGB; so a photo in
    /// another colour space (Display P3 of a phone, Adobe RGB of a camera) is converted first, or its colours fade.</summary>
    private static Image NaarSrgb(Image beeld)
    {
        if (beeld.Contains("icc-profile-data"))
        {
            try
            {
                return beeld.IccTransform("srgb", embedded: true);
            }
            catch (VipsException)
            {
                // A profile lcms cannot read: keep the colours as they are rather than refuse the photo.
            }
        }

        return beeld.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw
            ? beeld.Copy()
            : beeld.Colourspace(Enums.Interpretation.Srgb);
    }

    private static byte[] Webp(Image beeld) =>
        beeld.WebpsaveBuffer(q: 82, smartSubsample: true, keep: Enums.ForeignKeep.None);

    private async Task<AfbeeldingUitkomst> BewaarAsync(IReadOnlyList<Versie> versies, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(map.Pad);
        var sleutel = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var grootste = versies[^1];
        var klaar = new List<string>(versies.Count);
        try
        {
            // The largest last: its name is the stored path, so when it exists every smaller version exists too.
            foreach (var versie in versies)
            {
                var naam = ReferenceEquals(versie, grootste)
                    ? UploadAfbeelding.BestandsnaamGrootste(sleutel, versie.Breedte, versie.Hoogte)
                    : UploadAfbeelding.Bestandsnaam(sleutel, versie.Breedte);
                var doel = Path.Combine(map.Pad, naam);
                await SchrijfAsync(doel, versie.Webp, cancellationToken);
                klaar.Add(doel);
            }
        }
        catch
        {
            foreach (var bestand in klaar)
            {
                File.Delete(bestand);
            }

            throw;
        }

        return AfbeeldingUitkomst.Opgeslagen(
            UploadAfbeelding.Pad(UploadAfbeelding.BestandsnaamGrootste(sleutel, grootste.Breedte, grootste.Hoogte)),
            grootste.Breedte, grootste.Hoogte);
    }

    /// <summary>Written under a hidden temporary name, flushed to disk, then renamed in one step: a reader sees the
    /// whole file or none, also when the process dies halfway.</summary>
    private static async Task SchrijfAsync(string doel, byte[] inhoud, CancellationToken cancellationToken)
    {
        var tijdelijk = Path.Combine(Path.GetDirectoryName(doel)!, $".{Path.GetFileName(doel)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var bestand = new FileStream(tijdelijk, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0,
                FileOptions.Asynchronous))
            {
                await bestand.WriteAsync(inhoud, cancellationToken);
                bestand.Flush(flushToDisk: true);
            }

            File.Move(tijdelijk, doel, overwrite: false);
        }
        finally
        {
            File.Delete(tijdelijk);
        }
    }

    /// <summary>Process-wide libvips settings. Only the JPEG, PNG and WebP loaders may run, so a crafted file can
    /// never reach the others (TIFF, SVG, GIF, HEIF …) whatever its first bytes; and no operation cache, which
    /// would keep uploads in memory for reuse that never comes.</summary>
    internal static void BeperkLibVips()
    {
        Operation.Block("VipsForeignLoad", true);
        Operation.Block("VipsForeignLoadJpeg", false);
        Operation.Block("VipsForeignLoadPng", false);
        Operation.Block("VipsForeignLoadWebp", false);
        Cache.Max = 0;
    }

    private sealed record Versie(int Breedte, int Hoogte, byte[] Webp);

    private sealed record Gemaakt(AfbeeldingStatus? Weigering, IReadOnlyList<Versie> Versies);
}

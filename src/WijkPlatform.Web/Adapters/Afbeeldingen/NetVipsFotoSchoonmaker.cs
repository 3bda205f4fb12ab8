using NetVips;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Adapters.Afbeeldingen;

/// <summary>Decodes a photo attachment with the same loaders and pixel limits as activity photos and saves it again in
/// its own format, keeping only the colour profile: EXIF with GPS, XMP, IPTC, comments and anything after the image
/// data are gone. The photo is turned upright first, because the orientation tag goes with the rest.</summary>
internal sealed class NetVipsFotoSchoonmaker : IFotoSchoonmaker
{
    // Attachments are rare next to page views; one at a time keeps a burst of large photos from filling memory.
    private static readonly SemaphoreSlim Tegelijk = new(1, 1);

    public NetVipsFotoSchoonmaker() => NetVipsAfbeeldingVerwerker.BeperkLibVips();

    public async Task<SchoneFoto> MaakSchoonAsync(byte[] foto, BijlageType type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(foto);
        await Tegelijk.WaitAsync(cancellationToken);
        try
        {
            return MaakSchoon(foto, type);
        }
        finally
        {
            Tegelijk.Release();
        }
    }

    private static SchoneFoto MaakSchoon(byte[] foto, BijlageType type)
    {
        try
        {
            // The header only: a bomb is refused before one pixel is decoded.
            using (var kop = Image.NewFromBuffer(foto, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated))
            {
                if (kop.Width > UploadAfbeelding.MaxZijde || kop.Height > UploadAfbeelding.MaxZijde
                    || (long)kop.Width * kop.Height > UploadAfbeelding.MaxPixels)
                {
                    return new(null, AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.TeVeelPixels).Melding);
                }
            }

            using var beeld = Image.NewFromBuffer(foto, failOn: Enums.FailOn.Truncated);
            using var rechtop = beeld.Autorot();
            var schoon = type == BijlageType.Png
                ? rechtop.PngsaveBuffer(keep: Enums.ForeignKeep.Icc)
                : rechtop.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.Icc);
            return new(schoon, null);
        }
        catch (VipsException)
        {
            return new(null, AfbeeldingUitkomst.Geweigerd(AfbeeldingStatus.Beschadigd).Melding);
        }
    }
}

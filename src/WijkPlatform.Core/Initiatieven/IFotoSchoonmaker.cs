namespace WijkPlatform.Core.Initiatieven;

/// <summary>A photo attachment written anew (<see cref="Inhoud"/>), or a Dutch reason why it cannot be used.</summary>
public sealed record SchoneFoto(byte[]? Inhoud, string? Fout);

/// <summary>Writes a JPEG or PNG attachment anew from its pixels before it is stored: no EXIF (the GPS position of
/// the phone that took it), XMP, comments or bytes after the image, so neither a location nor a second file hidden in
/// the photo (HTML, a zip) reaches the wijkteam; and a photo with more pixels than any camera makes (a decompression
/// bomb) is refused from its header, before it is decoded.</summary>
public interface IFotoSchoonmaker
{
    Task<SchoneFoto> MaakSchoonAsync(byte[] foto, BijlageType type, CancellationToken cancellationToken);
}

/// <summary>For a host without an image library (the Core tests): keeps the photo as it came. The web site replaces it
/// with the libvips one.</summary>
internal sealed class GeenFotoSchoonmaker : IFotoSchoonmaker
{
    public Task<SchoneFoto> MaakSchoonAsync(byte[] foto, BijlageType type, CancellationToken cancellationToken) =>
        Task.FromResult(new SchoneFoto(foto, null));
}

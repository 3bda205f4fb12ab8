using System.Globalization;
using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Agenda;

/// <summary>The rules for an uploaded activity photo and the names of the files made from it.</summary>
/// <remarks>
/// One upload becomes a WebP file per width in <see cref="Breedtes"/> that is smaller than the photo, plus one at the
/// photo's own width up to the largest of them (never wider than the original). The path stored in
/// <see cref="Activiteit.Afbeelding"/> names that largest file and carries its size:
/// <c>/media/uploads/{sleutel}-{breedte}x{hoogte}.webp</c>; the smaller ones are <c>{sleutel}-{breedte}.webp</c>.
/// So a view gets the whole srcset and the intrinsic size from the stored path alone, without a database column per
/// version, and the path still works as a plain <c>src</c>. The price: the ladder is part of every stored path, so
/// widths may only be added above the largest one; removing or inserting one would promise files old uploads lack.
/// </remarks>
public static partial class UploadAfbeelding
{
    public const int MaxMegabytes = 10;
    public const long MaxBytes = MaxMegabytes * 1024L * 1024L;

    /// <summary>Counted from the header before a pixel is decoded, so a small file that unpacks into gigabytes
    /// (a decompression bomb) is refused cheaply. 40 megapixel is more than any phone camera makes.</summary>
    public const long MaxPixels = 40_000_000;

    public const int MaxZijde = 12_000;

    /// <summary>Where the files are served; the folder on disk is a setting of the host.</summary>
    public const string UrlMap = "/media/uploads";

    /// <summary>The image column of an activity page is at most 40rem wide.</summary>
    public const string StandaardSizes = "(min-width: 42rem) 40rem, 100vw";

    public static IReadOnlyList<int> Breedtes { get; } = [480, 960, 1600];

    /// <summary>The widths of the files made from a photo that is <paramref name="breedte"/> wide once upright.</summary>
    public static IReadOnlyList<int> BreedtesVoor(int breedte)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(breedte);
        return VersiesTot(Math.Min(breedte, Breedtes[^1]));
    }

    public static string Bestandsnaam(string sleutel, int breedte) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sleutel(sleutel)}-{breedte}.webp");

    public static string BestandsnaamGrootste(string sleutel, int breedte, int hoogte) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sleutel(sleutel)}-{breedte}x{hoogte}.webp");

    public static string Pad(string bestandsnaam) => $"{UrlMap}/{bestandsnaam}";

    /// <summary>srcset, sizes and intrinsic size for a stored upload path; null for any other path (the seed images
    /// under /media/activiteiten, an empty value), which a view shows as a plain <c>src</c>.</summary>
    public static ResponsieveAfbeelding? Bronnen(string? pad, string sizes = StandaardSizes)
    {
        if (pad is null || GrootsteVersie().Match(pad) is not { Success: true } treffer
            || !int.TryParse(treffer.Groups["breedte"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var breedte)
            || !int.TryParse(treffer.Groups["hoogte"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var hoogte))
        {
            return null;
        }

        var sleutel = treffer.Groups["sleutel"].Value;
        var srcset = VersiesTot(breedte).Select(b => b == breedte
            ? string.Create(CultureInfo.InvariantCulture, $"{pad} {b}w")
            : string.Create(CultureInfo.InvariantCulture, $"{Pad(Bestandsnaam(sleutel, b))} {b}w"));
        return new ResponsieveAfbeelding(pad, string.Join(", ", srcset), sizes, breedte, hoogte);
    }

    private static List<int> VersiesTot(int grootste) => [.. Breedtes.Where(b => b < grootste), grootste];

    private static string Sleutel(string sleutel) => SleutelVorm().IsMatch(sleutel)
        ? sleutel
        : throw new ArgumentException("Een sleutel is 32 kleine hexadecimale tekens.", nameof(sleutel));

    [GeneratedRegex("^[0-9a-f]{32}\\z")]
    private static partial Regex SleutelVorm();

    [GeneratedRegex(@"^/media/uploads/(?<sleutel>[0-9a-f]{32})-(?<breedte>[1-9][0-9]{0,4})x(?<hoogte>[1-9][0-9]{0,4})\.webp\z")]
    private static partial Regex GrootsteVersie();
}

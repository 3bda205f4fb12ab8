using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>The secret in a personal link: 256 random bits, shown once as 43 URL-safe characters; only its
/// SHA-256 is stored, so a copy of the database gives no working links.</summary>
public static class Sleutel
{
    public const int Lengte = 43;

    public static (string Sleutel, byte[] Hash) Nieuw()
    {
        var sleutel = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (sleutel, Hash(sleutel));
    }

    public static byte[] Hash(string sleutel) => SHA256.HashData(Encoding.ASCII.GetBytes(sleutel));

    /// <summary>False for anything that cannot be a link we made, so it never reaches the database.</summary>
    public static bool IsGeldig(string? sleutel) =>
        sleutel is { Length: Lengte } && sleutel.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>The code an authenticator app shows (RFC 6238 as Identity checks it: HMAC-SHA1, 30 seconds, 6 digits).
/// Always on the real clock: Identity compares codes with DateTimeOffset.UtcNow, not with the site's TimeProvider, so
/// the test host's fixed clock (<see cref="VasteKlok"/>) must not be used here.</summary>
public static class Totp
{
    private const string Alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Sleutel, DateTimeOffset? tijd = null)
    {
        var stap = (tijd ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        Span<byte> teller = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(teller, stap);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; HMAC does not rest on SHA1's collision resistance.
        var hash = HMACSHA1.HashData(Base32(base32Sleutel), teller);
#pragma warning restore CA5350
        var begin = hash[^1] & 0x0F;
        var getal = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(begin, 4)) & 0x7FFFFFFF) % 1_000_000;
        return getal.ToString("D6", CultureInfo.InvariantCulture);
    }

    public static byte[] Base32(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var schoon = string.Concat(tekst.Where(c => !char.IsWhiteSpace(c) && c != '=')).ToUpperInvariant();
        var bytes = new List<byte>(schoon.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in schoon)
        {
            var waarde = Alfabet.IndexOf(c, StringComparison.Ordinal);
            if (waarde < 0)
            {
                throw new FormatException($"'{c}' hoort niet in Base32.");
            }

            buffer = (buffer << 5) | waarde;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}

using System.Security.Cryptography;
using System.Text;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>The codes in nieuwsbrief links: 256 random bits as 43 URL-safe characters, like every personal link.
/// One confirmation code covers all wijken asked for at once; each subscription stores its own hash of the code and
/// its wijk, so the unique index on the hash still holds.</summary>
public static class NieuwsbriefCode
{
    public static string Nieuw() => Sleutel.Nieuw().Sleutel;

    public static bool IsGeldig(string? code) => Sleutel.IsGeldig(code);

    public static string BevestigHash(string code, int wijkId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{code}/{wijkId}"))));
}

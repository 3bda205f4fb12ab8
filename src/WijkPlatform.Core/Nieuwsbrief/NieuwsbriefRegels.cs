using System.Text.RegularExpressions;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Core.Nieuwsbrief;

public static partial class NieuwsbriefRegels
{
    public const int MaxEmail = AanmeldRegels.MaxEmail;

    public const string Soort = "nieuwsbrief";
    public const string SoortBevestigen = "nieuwsbrief.bevestigen";

    /// <summary>The same check as the sign-up form: a plain address, and no control or direction characters, which
    /// the pattern alone lets through (a null byte, a line break that could add a header, a right-to-left override).</summary>
    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= MaxEmail && AanmeldRegels.IsLeesbaar(email) && EmailVorm().IsMatch(email.Trim());

    [GeneratedRegex(@"^[^@\s<>()\[\]\\,;:""]+@[^@\s<>()\[\]\\,;:""]+\.[^@\s<>()\[\]\\,;:"".]{2,}$")]
    private static partial Regex EmailVorm();
}

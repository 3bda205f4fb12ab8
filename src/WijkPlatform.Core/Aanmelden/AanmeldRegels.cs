using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>What a sign-up may contain, shared by the public form, the counter form and the database mapping.</summary>
public static partial class AanmeldRegels
{
    public const int MaxNaam = 100;
    public const int MaxEmail = 254;
    public const int MaxTelefoon = 20;
    public const int MaxOpmerking = 500;

    /// <summary>Addresses are compared and stored in lower case, so "Fatima@X.nl" and "fatima@x.nl" are one person.</summary>
    public static string? NormaliseerEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>Keeps digits and a leading +, so "06 - 12 34 56 78" and "0612345678" are the same number.</summary>
    public static string? NormaliseerTelefoon(string? telefoon)
    {
        if (string.IsNullOrWhiteSpace(telefoon))
        {
            return null;
        }

        var t = telefoon.Trim();
        var cijfers = new string(t.Where(char.IsAsciiDigit).ToArray());
        return t.StartsWith('+') ? "+" + cijfers : cijfers;
    }

    /// <summary>A Dutch number (10 digits from 0) or an international one (+ or 00 and 9 to 15 digits).</summary>
    public static bool IsTelefoon(string? telefoon) =>
        telefoon is not null && TelefoonTekens().IsMatch(telefoon.Trim()) && NormaliseerTelefoon(telefoon) is { } n
        && (NederlandsNummer().IsMatch(n) || InternationaalNummer().IsMatch(n));

    /// <summary>False for text with control characters (a null byte, an escape) or direction overrides, which can make
    /// a name look like something else on the organiser's list. Line breaks are allowed where asked.</summary>
    public static bool IsLeesbaar(string? tekst, bool regelsToegestaan = false) =>
        tekst is null || !tekst.Any(c => (char.IsControl(c) && !(regelsToegestaan && c is '\n' or '\r' or '\t'))
            || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF');

    [GeneratedRegex(@"^\+?[0-9 ()\-.]+$")]
    private static partial Regex TelefoonTekens();

    [GeneratedRegex(@"^0[1-9][0-9]{8}$")]
    private static partial Regex NederlandsNummer();

    [GeneratedRegex(@"^(\+|00)[1-9][0-9]{8,14}$")]
    private static partial Regex InternationaalNummer();
}

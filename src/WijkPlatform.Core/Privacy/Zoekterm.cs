using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Privacy;

public enum ZoektermSoort
{
    Email,
    Telefoon,
}

/// <summary>What a privacy request is about: one e-mail address (trimmed, lower case) or one phone number (digits only,
/// with +31 / 0031 written as the Dutch 0, so "+31 6 1234 5678", "0031612345678" and "06-12345678" are one number).</summary>
public sealed partial class Zoekterm
{
    public const string Vervanging = "[verwijderd]";

    private readonly Regex tekstPatroon;

    private Zoekterm(ZoektermSoort soort, string waarde)
    {
        Soort = soort;
        Waarde = waarde;
        tekstPatroon = soort == ZoektermSoort.Email
            ? new Regex($"(?<![A-Za-z0-9._%+-]){Regex.Escape(waarde)}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : TelefoonPatroon(waarde);
    }

    public ZoektermSoort Soort { get; }

    /// <summary>The normalised value: the address in lower case, or the phone number as digits.</summary>
    public string Waarde { get; }

    /// <summary>A short piece that every spelling of the value contains, for a cheap first filter in the database
    /// before <see cref="KomtVoorIn"/> decides in memory: the address itself, or the last two digits of the number.</summary>
    public string Grof => Soort == ZoektermSoort.Email ? Waarde : Waarde[^2..];

    public static bool Probeer(string? invoer, out Zoekterm? zoekterm, out string? fout)
    {
        zoekterm = null;
        fout = null;
        var tekst = (invoer ?? "").Trim();
        if (tekst.Length == 0)
        {
            fout = "Vul een e-mailadres of telefoonnummer in.";
            return false;
        }

        if (tekst.Length > 254 || tekst.Any(char.IsControl))
        {
            fout = "Vul een e-mailadres (zoals naam@voorbeeld.nl) of een telefoonnummer (zoals 06 12345678) in.";
            return false;
        }

        if (tekst.Contains('@', StringComparison.Ordinal))
        {
            if (!IsEmail(tekst))
            {
                fout = "Dit is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.nl.";
                return false;
            }

            zoekterm = new Zoekterm(ZoektermSoort.Email, tekst.ToLowerInvariant());
            return true;
        }

        if (NormaliseerTelefoon(tekst) is { } nummer && TelefoonTekens().IsMatch(tekst))
        {
            zoekterm = new Zoekterm(ZoektermSoort.Telefoon, nummer);
            return true;
        }

        fout = "Vul een e-mailadres (zoals naam@voorbeeld.nl) of een telefoonnummer (zoals 06 12345678) in.";
        return false;
    }

    /// <summary>Digits only, +31 / 0031 / 31 before a number written as 0…; null when it cannot be a phone number
    /// (fewer than 8 or more than 15 digits).</summary>
    public static string? NormaliseerTelefoon(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        var cijfers = new StringBuilder();
        foreach (var c in tekst)
        {
            if (char.IsAsciiDigit(c))
            {
                cijfers.Append(c);
            }
        }

        var nummer = cijfers.ToString();
        var internationaal = tekst.TrimStart().StartsWith('+') || nummer.StartsWith("00", StringComparison.Ordinal);
        if (nummer.StartsWith("0031", StringComparison.Ordinal))
        {
            nummer = "0" + nummer[4..].TrimStart('0');
        }
        else if (nummer.StartsWith("31", StringComparison.Ordinal) && (internationaal || nummer.Length >= 11))
        {
            nummer = "0" + nummer[2..].TrimStart('0');
        }
        else if (internationaal && !nummer.StartsWith("00", StringComparison.Ordinal))
        {
            nummer = "00" + nummer;
        }

        return nummer.Length is >= 8 and <= 16 ? nummer : null;
    }

    public bool IsGelijk(string? opgeslagen) => opgeslagen is not null && (Soort == ZoektermSoort.Email
        ? string.Equals(opgeslagen.Trim(), Waarde, StringComparison.OrdinalIgnoreCase)
        : NormaliseerTelefoon(opgeslagen) == Waarde);

    /// <summary>True when a free text names the address, or the number in any common spelling.</summary>
    public bool KomtVoorIn(string? tekst) => tekst is not null && tekstPatroon.IsMatch(tekst);

    /// <summary>The text with every mention replaced by <see cref="Vervanging"/>.</summary>
    public string? Vervang(string? tekst) => tekst is null ? null : tekstPatroon.Replace(tekst, Vervanging);

    /// <summary>For the page: the value as a person reads it back.</summary>
    public string Weergave => Soort == ZoektermSoort.Email ? Waarde
        : Waarde.StartsWith("06", StringComparison.Ordinal) && Waarde.Length == 10 ? $"06 {Waarde[2..]}" : Waarde;

    public string SoortNaam => Soort == ZoektermSoort.Email ? "e-mailadres" : "telefoonnummer";

    private static bool IsEmail(string tekst)
    {
        if (tekst.Any(char.IsWhiteSpace) || tekst.Count(c => c == '@') != 1)
        {
            return false;
        }

        try
        {
            var adres = new MailAddress(tekst);
            return adres.Address == tekst && adres.Host.Contains('.', StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The number with any separators between its digits, and for a Dutch number any way of writing the
    /// country code; not inside a longer run of digits.</summary>
    private static Regex TelefoonPatroon(string nummer)
    {
        const string Tussen = @"[\s\-./()]*";
        string voor;
        string rest;
        if (nummer.StartsWith('0') && !nummer.StartsWith("00", StringComparison.Ordinal))
        {
            voor = $@"(?:0|(?:\+|00){Tussen}31{Tussen}(?:(?:\(0\)|0){Tussen})?)";
            rest = nummer[1..];
        }
        else
        {
            voor = $@"(?:\+|00)?";
            rest = nummer.StartsWith("00", StringComparison.Ordinal) ? nummer[2..] : nummer;
        }

        var patroon = new StringBuilder(@"(?<![\d+])").Append(voor).Append(Tussen);
        for (var n = 0; n < rest.Length; n++)
        {
            patroon.Append(n == 0 ? "" : Tussen).Append(rest[n].ToString(CultureInfo.InvariantCulture));
        }

        return new Regex(patroon.Append(@"(?!\d)").ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"^\+?[\d\s\-./()]+$")]
    private static partial Regex TelefoonTekens();
}

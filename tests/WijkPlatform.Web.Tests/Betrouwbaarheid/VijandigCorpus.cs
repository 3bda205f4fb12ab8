using System.Globalization;
using System.Net;
using System.Text;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Malformed and hostile input, built from a few dozen base payloads (each of a kind: too long, odd Unicode,
/// markup, SQL, path traversal, odd numbers) times a set of mutations, the way a fuzzer varies what it sends.
/// Deterministic: the same list in the same order on every run, so a failure can be replayed.</summary>
public static class VijandigCorpus
{
    /// <summary>A call that proves script ran: the browser tests define it and look whether it was called.</summary>
    public const string Merkteken = "wijkXss";

    public sealed record Invoer(int Nummer, string Soort, string Basis, string Mutatie, string Waarde);

    /// <summary>The base payloads by kind.</summary>
    public static readonly IReadOnlyList<(string Soort, string Waarde)> Basis =
    [
        ("te lang", new string('x', 300)),
        ("te lang", new string('x', 5_000)),
        ("te lang", string.Concat(Enumerable.Repeat("ü€日", 1_500))),
        ("te lang", string.Concat(Enumerable.Repeat("Jan ", 20_000))),
        ("te lang", new string('a', 320) + "@example.nl"),
        ("unicode", "Jan\0Klaassen"),
        ("unicode", "\u202Eredoov nav kcehc"),
        ("unicode", "a\u2066b\u2069c\u200Fd"),
        ("unicode", "\u200B\u200C\u200D\uFEFF"),
        ("unicode", "\u001b[31mrood\u0007\u0001"),
        ("unicode", "e" + string.Concat(Enumerable.Repeat("\u0301\u0316\u0334", 200))),
        ("unicode", "👩‍👩‍👧‍👦🏳️‍🌈"),
        ("unicode", "half \uD800 surrogaat"),
        ("unicode", "\uFFFF\uFFFE\u0085\u2028\u2029"),
        ("unicode", "٢٥ ١٢ ۳"),
        ("unicode", "ｓｃｒｉｐｔ ａｄｍｉｎ"),
        ("unicode", "аdmin@еxample.nl"),
        ("html", $"<script>{Merkteken}(1)</script>"),
        ("html", $"<img src=x onerror={Merkteken}(2)>"),
        ("html", $"\"><svg onload={Merkteken}(3)>"),
        ("html", $"javascript:{Merkteken}(4)"),
        ("html", $"'-{Merkteken}(5)-'"),
        ("html", $"</textarea></title><script>{Merkteken}(6)</script>"),
        ("html", $"<iframe srcdoc=\"<script>parent.{Merkteken}(7)</script>\"></iframe>"),
        ("html", $"<a href=\"javascript:{Merkteken}(8)\">klik</a><b>vet</b>"),
        ("html", "{{constructor.constructor('" + Merkteken + "(9)')()}} ${7*7} @(1+1)"),
        ("html", $"<details open ontoggle={Merkteken}(10)>"),
        ("sql", "' OR '1'='1"),
        ("sql", "'; DROP TABLE \"Aanmeldingen\";--"),
        ("sql", "1 UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\"--"),
        ("sql", "%' AND 1=1 --"),
        ("sql", "\\'; SELECT pg_sleep(0);--"),
        ("pad", "../../../etc/passwd"),
        ("pad", "..\\..\\..\\windows\\win.ini"),
        ("pad", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("pad", "....//....//etc/passwd"),
        ("pad", "/etc/passwd\0.pdf"),
        ("pad", "file:///etc/passwd"),
        ("pad", "..%c0%af..%c0%afetc"),
        ("getal", "99999999999999999999999999"),
        ("getal", "-2147483649"),
        ("getal", "1e308"),
        ("getal", "NaN"),
        ("getal", "∞"),
        ("overig", "x\r\nBcc: iedereen@example.nl"),
        ("overig", "x\r\nEND:VEVENT\r\nBEGIN:VEVENT"),
        ("overig", "{0}{1}%s%n%x"),
        ("overig", "*:* OR titel:[* TO *]~ ^2 \\ \" ("),
        ("overig", "(a+)+$"),
        ("overig", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
        ("overig", "   "),
        ("overig", ""),
        ("overig", "%"),
        ("overig", "%ZZ%"),
    ];

    /// <summary>What a fuzzer does to each base payload.</summary>
    public static readonly IReadOnlyList<(string Naam, Func<string, string> Maak)> Mutaties =
    [
        ("zo", s => s),
        ("hoofdletters", s => s.ToUpperInvariant()),
        ("met naam ervoor", s => "Jan " + s),
        ("met tekst erna", s => s + " groet"),
        ("tussen aanhalingstekens", s => $"\"{s}\""),
        ("url-gecodeerd", UrlGecodeerd),
        ("dubbel url-gecodeerd", s => UrlGecodeerd(UrlGecodeerd(s))),
        ("html-entiteiten", WebUtility.HtmlEncode),
        ("nulbyte midden", s => s.Insert(s.Length / 2, "\0")),
        ("omkering ervoor", s => "\u202E" + s),
        ("drie keer", s => string.Concat(s, s, s)),
        ("tot 4000 tekens", s => s.Length == 0 ? new string(' ', 4_000) : string.Concat(Enumerable.Repeat(s, (4_000 / s.Length) + 1))[..4_000]),
        ("spaties eromheen", s => "  \t" + s + " \n "),
        ("regeleinden", s => "\r\n" + s + "\r\n\r\n"),
        ("in e-mailadres", s => $"a{s}@example.nl"),
        ("als domein", s => $"jan@{s}.nl"),
        ("breedschrift", s => new string([.. s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)])),
        ("met accenttekens", s => string.Concat(s.Select(c => c + "\u0308"))),
        ("zero-width tussen", s => string.Join('\u200B', s.ToCharArray())),
        ("omgekeerd", s => new string([.. s.Reverse()])),
        ("bom ervoor", s => "\uFEFF" + s),
        ("eerste helft", s => s[..(s.Length / 2)]),
        ("als json", s => $"{{\"waarde\":\"{s}\"}}"),
        ("als lijst", s => $"{s},{s};{s}"),
        ("base64", s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))),
        ("iso-datum erachter", s => s + "T10:00:00Z"),
        ("getal erachter", s => s + "42"),
    ];

    private static readonly Lazy<IReadOnlyList<Invoer>> Lijst = new(Bouw);

    /// <summary>Every distinct input, mutation by mutation, so consecutive inputs are of different kinds.</summary>
    public static IReadOnlyList<Invoer> Alle => Lijst.Value;

    private static List<Invoer> Bouw()
    {
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        var lijst = new List<Invoer>();
        foreach (var (mutatie, maak) in Mutaties)
        {
            foreach (var (soort, basis) in Basis)
            {
                var waarde = maak(basis);
                if (gezien.Add(waarde))
                {
                    lijst.Add(new Invoer(lijst.Count, soort, Kort(basis), mutatie, waarde));
                }
            }
        }

        return lijst;
    }

    /// <summary>Percent-encoding as a client would do it; a lone surrogate becomes the replacement character.</summary>
    private static string UrlGecodeerd(string s) => Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)));

    private static string Kort(string s) => s.Length <= 40 ? s : s[..40].ToString(CultureInfo.InvariantCulture) + "…";
}

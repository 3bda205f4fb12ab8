using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Informatie;

public sealed record LangeZin(string Tekst, int Woorden);

public sealed record LangWoord(string Woord, int Lettergrepen);

public sealed record MoeilijkWoord(string Woord, string Alternatief, int Aantal);

/// <summary>The outcome of <see cref="Taaltoets.Controleer"/>: what an editor needs to bring a text to taalniveau B1.</summary>
public sealed record TaaltoetsUitslag(
    int Zinnen,
    int Woorden,
    double GemiddeldeZinslengte,
    IReadOnlyList<LangeZin> LangeZinnen,
    IReadOnlyList<LangWoord> LangeWoorden,
    IReadOnlyList<MoeilijkWoord> MoeilijkeWoorden,
    double Leesbaarheid,
    bool B1Gehaald,
    string Oordeel)
{
    public bool IsLeeg => Woorden == 0;
}

/// <summary>A plain-language check for Dutch text written in Markdown: sentence length, long and difficult words with a
/// simpler alternative, and the Flesch-Douma readability score. Pure code: it reads only the word list embedded in
/// this assembly.</summary>
public static partial class Taaltoets
{
    public const int MaxWoordenPerZin = 20;
    public const int LangWoordLettergrepen = 4;
    public const int LangWoordLetters = 13;

    /// <summary>Flesch-Douma 60 and up reads as "normaal" to "makkelijk", the range guides for B1 aim at.</summary>
    public const double B1Drempel = 60;

    private static readonly Lazy<IReadOnlyList<(Regex Patroon, string Woord, string Alternatief)>> Lijst = new(LeesLijst);

    private static readonly string[] Afkortingen =
        ["bijv.", "bv.", "o.a.", "d.w.z.", "enz.", "etc.", "i.p.v.", "m.b.t.", "t.o.v.", "z.s.m.", "n.a.v.", "ca.", "nr.", "tel.", "o.b.v.", "a.u.b.", "mr.", "dr.", "mevr.", "dhr."];

    /// <summary>The entries of the difficult-word list as (word, simpler alternative), in file order.</summary>
    public static IEnumerable<(string Woord, string Alternatief)> MoeilijkeWoordenLijst => Lijst.Value.Select(l => (l.Woord, l.Alternatief));

    public static TaaltoetsUitslag Controleer(params string?[] markdownDelen)
    {
        ArgumentNullException.ThrowIfNull(markdownDelen);
        var zinnen = markdownDelen.SelectMany(Zinnen).ToList();
        var woordenPerZin = zinnen.Select(z => Woorden(z).ToList()).ToList();
        var alleWoorden = woordenPerZin.SelectMany(w => w).ToList();
        if (alleWoorden.Count == 0)
        {
            return new TaaltoetsUitslag(0, 0, 0, [], [], [], 0, false, "Er is nog geen tekst om te controleren.");
        }

        var zinnenMetWoorden = woordenPerZin.Count(w => w.Count > 0);
        var gemiddeld = (double)alleWoorden.Count / zinnenMetWoorden;
        var lettergrepen = alleWoorden.Sum(Lettergrepen);
        var score = Math.Round(206.84 - (0.77 * 100.0 * lettergrepen / alleWoorden.Count) - (0.93 * gemiddeld), 1);

        var lang = zinnen.Zip(woordenPerZin)
            .Where(z => z.Second.Count > MaxWoordenPerZin)
            .Select(z => new LangeZin(z.First, z.Second.Count))
            .ToList();
        var langeWoorden = alleWoorden
            .Where(w => w.Any(char.IsLetter))
            .Select(w => (Woord: w.ToLower(Nl), Grepen: Lettergrepen(w)))
            .Where(w => w.Grepen >= LangWoordLettergrepen || w.Woord.Count(char.IsLetter) > LangWoordLetters)
            .DistinctBy(w => w.Woord)
            .Select(w => new LangWoord(w.Woord, w.Grepen))
            .ToList();

        var platteTekst = string.Join(" ", zinnen);
        var moeilijk = Lijst.Value
            .Select(l => new MoeilijkWoord(l.Woord, l.Alternatief, l.Patroon.Count(platteTekst)))
            .Where(m => m.Aantal > 0)
            .ToList();

        var gehaald = score >= B1Drempel && lang.Count == 0;
        return new TaaltoetsUitslag(zinnenMetWoorden, alleWoorden.Count, Math.Round(gemiddeld, 1), lang, langeWoorden, moeilijk, score,
            gehaald, Oordeel(score, gehaald, lang.Count, moeilijk.Count));
    }

    private static string Oordeel(double score, bool gehaald, int langeZinnen, int moeilijkeWoorden)
    {
        if (gehaald)
        {
            return moeilijkeWoorden == 0
                ? "Goed zo: deze tekst is makkelijk genoeg om te lezen (taalniveau B1)."
                : "Deze tekst is makkelijk genoeg om te lezen (taalniveau B1). Kijk nog wel naar de moeilijke woorden hieronder.";
        }

        var wat = new List<string>();
        if (langeZinnen > 0)
        {
            wat.Add(langeZinnen == 1 ? "maak de lange zin korter" : $"maak de {langeZinnen} lange zinnen korter");
        }

        if (score < B1Drempel)
        {
            wat.Add("kies kortere en gewone woorden");
        }

        return $"Deze tekst is nog te moeilijk voor taalniveau B1: {string.Join(" en ", wat)}.";
    }

    /// <summary>The sentences a reader meets in Markdown: headings and list items count as sentences of their own, link
    /// targets, images, code and HTML tags are left out.</summary>
    public static IReadOnlyList<string> Zinnen(string? markdown)
    {
        var zinnen = new List<string>();
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return zinnen;
        }

        var alinea = new StringBuilder();
        var inCode = false;
        foreach (var ruweRegel in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var regel = ruweRegel.Trim();
            if (regel.StartsWith("```", StringComparison.Ordinal) || regel.StartsWith("~~~", StringComparison.Ordinal))
            {
                inCode = !inCode;
                Sluit();
                continue;
            }

            if (inCode || ruweRegel.StartsWith("    ", StringComparison.Ordinal) && alinea.Length == 0)
            {
                continue;
            }

            while (regel.StartsWith('>'))
            {
                regel = regel[1..].TrimStart();
            }

            if (regel.Length == 0 || Scheidingslijn().IsMatch(regel))
            {
                Sluit();
                continue;
            }

            var kop = Kop().Match(regel);
            var item = Lijstitem().Match(regel);
            if (kop.Success || item.Success)
            {
                Sluit();
                alinea.Append(kop.Success ? kop.Groups[1].Value : item.Groups[1].Value);
                Sluit(alsZin: true);
                continue;
            }

            alinea.Append(' ').Append(regel.Replace('|', ' '));
        }

        Sluit();
        return zinnen;

        void Sluit(bool alsZin = false)
        {
            var tekst = PlatteTekst(alinea.ToString());
            alinea.Clear();
            if (tekst.Length == 0)
            {
                return;
            }

            if (alsZin)
            {
                zinnen.Add(tekst);
                return;
            }

            zinnen.AddRange(Splits(tekst));
        }
    }

    /// <summary>Inline Markdown as read: "[de kaart](/kaart)" → "de kaart", no emphasis marks, tags or bare addresses.</summary>
    private static string PlatteTekst(string inline)
    {
        var t = Afbeelding().Replace(inline, " ");
        t = Link().Replace(t, "$1");
        t = Autolink().Replace(t, " ");
        t = Tag().Replace(t, " ");
        t = KaleUrl().Replace(t, " ");
        t = System.Net.WebUtility.HtmlDecode(t);
        t = Opmaak().Replace(t, "");
        return Witruimte().Replace(t, " ").Trim();
    }

    private static IEnumerable<string> Splits(string tekst)
    {
        // Abbreviations keep their dots out of the split; they are put back afterwards.
        var beschermd = Afkortingen.Aggregate(tekst, (t, a) =>
            Regex.Replace(t, $@"(?<![\p{{L}}]){Regex.Escape(a)}", a.Replace('.', '\u2024'), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1)));
        return Zinseinde().Split(beschermd)
            .Select(z => z.Replace('\u2024', '.').Trim())
            .Where(z => z.Length > 0);
    }

    public static IEnumerable<string> Woorden(string zin) => Woord().Matches(zin).Select(m => m.Value);

    /// <summary>Dutch syllables: each run of vowels is split into the vowel sounds Dutch writes with one, two or three
    /// letters ("aai", "oe", "ij" as i), longest first, so "mooie" is mooi-e and "piano" pi-a-no; a vowel with a
    /// diaeresis ("ideeën") always starts a new one.</summary>
    public static int Lettergrepen(string woord)
    {
        ArgumentNullException.ThrowIfNull(woord);
        if (!woord.Any(char.IsLetter))
        {
            return 1;
        }

        var aantal = 0;
        var klein = woord.ToLower(Nl);
        var i = 0;
        while (i < klein.Length)
        {
            if (!IsKlinker(klein[i]))
            {
                i++;
                continue;
            }

            var einde = i;
            while (einde < klein.Length && IsKlinker(klein[einde]) && (einde == i || !IsTrema(klein[einde])))
            {
                einde++;
            }

            var run = klein[i..einde];
            while (run.Length > 0)
            {
                var lengte = Math.Min(3, run.Length);
                while (lengte > 1 && !Klanken.Contains(run[..lengte]))
                {
                    lengte--;
                }

                aantal++;
                run = run[lengte..];
            }

            i = einde;
        }

        return Math.Max(1, aantal);
    }

    private static readonly HashSet<string> Klanken = new(StringComparer.Ordinal)
    {
        "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ou", "au", "ai", "oi", "aai", "ooi", "oei", "eeu", "ieu",
    };

    private static bool IsKlinker(char c) => "aeiouyáéíóúàèâêîôûäëïöü".Contains(c, StringComparison.Ordinal);

    private static bool IsTrema(char c) => "äëïöü".Contains(c, StringComparison.Ordinal);

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private static List<(Regex, string, string)> LeesLijst()
    {
        using var stroom = typeof(Taaltoets).Assembly.GetManifestResourceStream("WijkPlatform.Core.Informatie.MoeilijkeWoorden.txt")
            ?? throw new InvalidOperationException("De woordenlijst MoeilijkeWoorden.txt ontbreekt in de assembly.");
        using var lezer = new StreamReader(stroom, Encoding.UTF8);
        var lijst = new List<(Regex, string, string)>();
        while (lezer.ReadLine() is { } regel)
        {
            regel = regel.Trim();
            if (regel.Length == 0 || regel.StartsWith('#'))
            {
                continue;
            }

            var delen = regel.Split('→', 2, StringSplitOptions.TrimEntries);
            if (delen.Length != 2 || delen[0].Length == 0 || delen[1].Length == 0)
            {
                throw new InvalidOperationException($"Regel '{regel}' in MoeilijkeWoorden.txt heeft niet de vorm 'woord → alternatief'.");
            }

            var patroon = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(delen[0]).Replace("\\ ", "\\s+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            lijst.Add((patroon, delen[0], delen[1]));
        }

        return lijst;
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")]
    private static partial Regex Kop();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)])\s+(.*)$")]
    private static partial Regex Lijstitem();

    [GeneratedRegex(@"^([-*_]\s*){3,}$|^\|?[\s:|-]+\|[\s:|-]*$")]
    private static partial Regex Scheidingslijn();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Afbeelding();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?:https?|mailto|ftp):[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex KaleUrl();

    [GeneratedRegex(@"(\*\*|__|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|`|~~)")]
    private static partial Regex Opmaak();

    [GeneratedRegex(@"(?<=[.!?…])[""'”’)]*\s+")]
    private static partial Regex Zinseinde();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Woord();
}

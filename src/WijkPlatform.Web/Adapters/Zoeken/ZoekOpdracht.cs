using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using WijkPlatform.Core.Zoeken;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>A search text turned into a Lucene query, built term by term: the user's text never reaches Lucene's
/// query syntax, so characters like <c>*</c>, <c>:</c> or <c>(</c> are just characters. Also decides which words of a
/// document count as a match, for highlighting.</summary>
internal sealed class ZoekOpdracht
{
    private const float TitelGewicht = 3f;
    private const float PrefixGewicht = 0.8f;
    private const float FuzzyGewicht = 0.4f;
    private const int MinimalePrefix = 3;

    private ZoekOpdracht(IReadOnlyList<Zoekwoord> woorden) => Woorden = woorden;

    public IReadOnlyList<Zoekwoord> Woorden { get; }

    /// <param name="stammen">the analyzer of the index.</param>
    /// <param name="vormen">the same chain without the stemmer: the words as typed, for prefix matching.</param>
    public static ZoekOpdracht Maak(string tekst, Analyzer stammen, Analyzer vormen)
    {
        var schoon = Opschonen(tekst);
        var stamlijst = Analyse.Woorden(stammen, schoon, ZoekVraag.MaxWoorden);
        var vormlijst = Analyse.Woorden(vormen, schoon, ZoekVraag.MaxWoorden);
        var woorden = new List<Zoekwoord>(stamlijst.Count);
        for (var i = 0; i < stamlijst.Count; i++)
        {
            var stam = stamlijst[i].Term;
            // The stemmer only changes words, never drops one, so both lists line up.
            var vorm = vormlijst.Count == stamlijst.Count ? vormlijst[i].Term : stam;
            woorden.Add(new Zoekwoord(stam, vorm, Laatste: i == stamlijst.Count - 1));
        }

        return new ZoekOpdracht(woorden);
    }

    /// <summary>Control characters (a null byte, say) become spaces; the text is cut at <see cref="ZoekVraag.MaxLengte"/>.</summary>
    public static string Opschonen(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return "";
        }

        var schoon = new string(tekst.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (schoon.Length > ZoekVraag.MaxLengte)
        {
            var lengte = char.IsHighSurrogate(schoon[ZoekVraag.MaxLengte - 1]) ? ZoekVraag.MaxLengte - 1 : ZoekVraag.MaxLengte;
            schoon = schoon[..lengte];
        }

        return schoon;
    }

    /// <summary>Each word is one clause: its stem in the title (weighted most) or the text, the last word also as the
    /// start of a longer word (so "repa" finds "repair"), and every word of four letters or more also with a typo.
    /// With <paramref name="alleWoorden"/> a document must match every word; otherwise any word.</summary>
    public Query Query(bool alleWoorden)
    {
        var query = new BooleanQuery();
        foreach (var woord in Woorden)
        {
            query.Add(Clausule(woord), alleWoorden ? Occur.MUST : Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery Clausule(Zoekwoord woord)
    {
        var clausule = new BooleanQuery();
        foreach (var (veld, gewicht) in new[] { (ZoekVelden.Titel, TitelGewicht), (ZoekVelden.Tekst, 1f) })
        {
            clausule.Add(new TermQuery(new Term(veld, woord.Stam)) { Boost = gewicht }, Occur.SHOULD);
            foreach (var prefix in woord.Prefixen)
            {
                clausule.Add(new PrefixQuery(new Term(veld, prefix)) { Boost = gewicht * PrefixGewicht }, Occur.SHOULD);
            }

            if (woord.MaxEdits > 0)
            {
                var fuzzy = new FuzzyQuery(new Term(veld, woord.Stam), woord.MaxEdits, prefixLength: 1, maxExpansions: 50,
                    transpositions: true)
                { Boost = gewicht * FuzzyGewicht };
                clausule.Add(fuzzy, Occur.SHOULD);
            }
        }

        return clausule;
    }

    /// <summary>Whether an indexed term (a stem) matches any word of the query in the way the query does.</summary>
    public bool Past(string term)
    {
        foreach (var woord in Woorden)
        {
            if (term == woord.Stam
                || woord.Prefixen.Any(p => term.StartsWith(p, StringComparison.Ordinal))
                || (woord.MaxEdits > 0 && term.Length > 0 && term[0] == woord.Stam[0]
                    && Afstand(term, woord.Stam, woord.MaxEdits) <= woord.MaxEdits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edit distance counting a swap of two neighbours as one edit, as Lucene's FuzzyQuery does; stops
    /// counting above <paramref name="max"/>.</summary>
    internal static int Afstand(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var kosten = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + kosten);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <param name="Stam">the analysed word, as in the index.</param>
    /// <param name="Vorm">the word folded and lower-cased but not stemmed.</param>
    internal sealed record Zoekwoord(string Stam, string Vorm, bool Laatste)
    {
        /// <summary>One typo in a word of 4 to 6 letters, two in a longer one, none in a shorter one.</summary>
        public int MaxEdits { get; } = Stam.Length switch
        {
            < 4 => 0,
            <= 6 => 1,
            _ => 2,
        };

        /// <summary>Only the last word may be unfinished (the user is still typing it).</summary>
        public IReadOnlyList<string> Prefixen { get; } = Laatste
            ? new[] { Vorm, Stam }.Where(p => p.Length >= MinimalePrefix).Distinct(StringComparer.Ordinal).ToArray()
            : [];
    }
}

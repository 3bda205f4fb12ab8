using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>A search term and where its word stands in the original text.</summary>
internal readonly record struct Woord(string Term, int Start, int Einde);

internal static class Analyse
{
    public static List<Woord> Woorden(Analyzer analyzer, string tekst, int max = int.MaxValue)
    {
        var woorden = new List<Woord>();
        using var stroom = analyzer.GetTokenStream(ZoekVelden.Tekst, tekst);
        var term = stroom.AddAttribute<ICharTermAttribute>();
        var plaats = stroom.AddAttribute<IOffsetAttribute>();
        stroom.Reset();
        while (woorden.Count < max && stroom.IncrementToken())
        {
            woorden.Add(new Woord(term.ToString(), plaats.StartOffset, plaats.EndOffset));
        }

        stroom.End();
        return woorden;
    }
}

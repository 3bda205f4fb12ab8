using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>Dutch text to search terms: words, lower case, accents folded ("café" → "cafe", "cliënt" → "client"),
/// Dutch stop words dropped, then the Snowball Dutch stemmer ("wandelen" and "wandeling" → "wandel"). The same chain
/// runs over the documents and over the query. Without stemming it gives the words as typed, for prefix matching.</summary>
internal sealed class NederlandseAnalyzer(bool stammen = true) : Analyzer
{
    public const LuceneVersion Versie = LuceneVersion.LUCENE_48;

    /// <summary>The stems Lucene's own DutchAnalyzer fixes by hand, so "fiets" finds "fietsen" and "kind" "kinderen".</summary>
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Uitzonderingen = MaakUitzonderingen();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Versie, reader);
        TokenStream stroom = new StandardFilter(Versie, tokenizer);
        stroom = new LowerCaseFilter(Versie, stroom);
        stroom = new ASCIIFoldingFilter(stroom);
        // The Dutch stop list is plain ASCII, so it matches after folding.
        stroom = new StopFilter(Versie, stroom, DutchAnalyzer.DefaultStopSet);
        if (stammen)
        {
            stroom = new StemmerOverrideFilter(stroom, Uitzonderingen);
            stroom = new SnowballFilter(stroom, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        }

        return new TokenStreamComponents(tokenizer, stroom);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap MaakUitzonderingen()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("fiets", "fiets");
        builder.Add("bromfiets", "bromfiets");
        builder.Add("ei", "eier");
        builder.Add("kind", "kinder");
        return builder.Build();
    }
}

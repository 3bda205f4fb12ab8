using WijkPlatform.Web.Adapters.Zoeken;

namespace WijkPlatform.Web.Tests.Zoeken;

/// <summary>The Dutch analyzer, the query's matching rules and the fragments, without a host.</summary>
public sealed class ZoekOpdrachtTests
{
    private static readonly NederlandseAnalyzer Stammen = new();
    private static readonly NederlandseAnalyzer Vormen = new(stammen: false);

    [Theory]
    [InlineData("wandelen", "wandeling")]
    [InlineData("Café", "cafe")]
    [InlineData("cliëntondersteuning", "CLIENTONDERSTEUNING")]
    [InlineData("fietsen", "fiets")]
    [InlineData("kinderen", "kind")]
    [InlineData("activiteiten", "Activiteit")]
    public void Analyse_VerwanteWoorden_GevenDezelfdeTerm(string a, string b)
    {
        Assert.Equal(Term(a), Term(b));
    }

    [Fact]
    public void Analyse_Stopwoorden_VallenWeg()
    {
        var woorden = Analyse.Woorden(Stammen, "Wat is er te doen in de wijk?");

        Assert.Equal(["wijk"], woorden.Select(w => w.Term));
    }

    [Fact]
    public void Maak_TeveelWoorden_HoudtEerste10()
    {
        var opdracht = ZoekOpdracht.Maak(string.Join(' ', Enumerable.Range(1, 30).Select(i => $"woord{i}")), Stammen, Vormen);

        Assert.Equal(10, opdracht.Woorden.Count);
        Assert.True(opdracht.Woorden[^1].Laatste);
    }

    [Fact]
    public void Opschonen_LangeTekstMetNulbyte_KortEnZonderBesturingstekens()
    {
        var schoon = ZoekOpdracht.Opschonen("koffie\0" + new string('x', 500));

        Assert.Equal(200, schoon.Length);
        Assert.DoesNotContain('\0', schoon);
    }

    [Theory]
    [InlineData("repair", "repiar", true)] // swapped letters count as one edit
    [InlineData("repair", "repaid", true)]
    [InlineData("repair", "rapaid", false)] // two edits in a six-letter word
    [InlineData("bijeenkomst", "bijenkomts", true)] // two edits in a long word
    [InlineData("koffie", "toffie", false)] // the first letter must match
    [InlineData("kop", "kip", false)] // short words only match exactly
    public void Past_Tikfout_VolgtDeRegelsVanDeQuery(string gezocht, string inTekst, bool verwacht)
    {
        var opdracht = ZoekOpdracht.Maak(gezocht + " extra", Stammen, Vormen);

        Assert.Equal(verwacht, opdracht.Past(Term(inTekst)));
    }

    [Fact]
    public void Past_BeginVanLaatsteWoord_Past()
    {
        var opdracht = ZoekOpdracht.Maak("repair caf", Stammen, Vormen);

        Assert.True(opdracht.Past(Term("café")));
        Assert.False(opdracht.Past(Term("kapot")));
    }

    [Fact]
    public void Fragment_HtmlInTekst_IsGecodeerdEnAlleenTrefferGemarkeerd()
    {
        const string tekst = "Neem <script>alert('x')</script> & je schort mee naar het oliebollenfeest.";
        var opdracht = ZoekOpdracht.Maak("oliebollenfeest", Stammen, Vormen);
        var treffers = Analyse.Woorden(Stammen, tekst).Where(w => opdracht.Past(w.Term)).ToList();

        var html = Markeerder.Fragment(tekst, treffers);

        Assert.Equal("Neem &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; je schort mee naar het <mark>oliebollenfeest</mark>.", html);
    }

    [Fact]
    public void Fragment_LangeTekst_KnipRondDeTreffersOpWoordgrenzen()
    {
        var tekst = string.Join(' ', Enumerable.Repeat("gewone tekst zonder iets bijzonders", 20))
            + " hier staat de wandeling die je zoekt " + string.Join(' ', Enumerable.Repeat("en nog meer tekst", 20));
        var opdracht = ZoekOpdracht.Maak("wandelen", Stammen, Vormen);
        var treffers = Analyse.Woorden(Stammen, tekst).Where(w => opdracht.Past(w.Term)).ToList();

        var html = Markeerder.Fragment(tekst, treffers);

        Assert.StartsWith("… ", html, StringComparison.Ordinal);
        Assert.EndsWith(" …", html, StringComparison.Ordinal);
        Assert.Contains("<mark>wandeling</mark>", html, StringComparison.Ordinal);
        Assert.InRange(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length,
            100, Markeerder.Lengte + 4);
        Assert.DoesNotContain(" zonde ", html, StringComparison.Ordinal);
    }

    private static string Term(string woord) => Assert.Single(Analyse.Woorden(Stammen, woord)).Term;
}

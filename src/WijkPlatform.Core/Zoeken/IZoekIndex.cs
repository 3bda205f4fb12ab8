namespace WijkPlatform.Core.Zoeken;

/// <summary>Full-text search over activities, pages and organisations. The index is a copy of the database that a
/// server keeps itself (Web: Lucene.Net on local disk), so it can always be thrown away and rebuilt.</summary>
public interface IZoekIndex
{
    Task<ZoekAntwoord> ZoekAsync(ZoekVraag vraag, CancellationToken cancellationToken);
}

public enum ZoekSoort
{
    Activiteit,
    Pagina,
    Organisatie,
}

/// <summary>What someone searches for. Filters are slugs (<c>categorie</c>, <c>wijk</c>) as in the query string;
/// <paramref name="Pagina"/> counts from 1.</summary>
public sealed record ZoekVraag(string Tekst, string? Categorie, string? Wijk, ZoekSoort? Soort, int Pagina)
{
    public const int PerPagina = 20;

    /// <summary>Longer input is cut off; a search box needs no more and it bounds the work per request.</summary>
    public const int MaxLengte = 200;

    public const int MaxWoorden = 10;
}

/// <summary>One page of results, with counts per facet over all matches. Each facet group is counted with the
/// other groups' filters applied but not its own, so choosing one value still shows the alternatives.</summary>
public sealed record ZoekAntwoord(
    int Totaal,
    IReadOnlyList<ZoekTreffer> Treffers,
    IReadOnlyList<Facet> Categorieen,
    IReadOnlyList<Facet> Wijken,
    IReadOnlyList<Facet> Soorten)
{
    public static ZoekAntwoord Leeg { get; } = new(0, [], [], [], []);
}

/// <summary>One result. <paramref name="FragmentHtml"/> is HTML-encoded text in which only the matched words are
/// wrapped in <c>&lt;mark&gt;</c>; it is the one value a page may write without encoding it again.</summary>
public sealed record ZoekTreffer(ZoekSoort Soort, string Titel, string Url, string FragmentHtml, string? Categorie, string? Wijk);

/// <summary>A facet value: <paramref name="Waarde"/> goes into the query string, <paramref name="Naam"/> is shown.</summary>
public sealed record Facet(string Waarde, string Naam, int Aantal);

/// <summary>The query-string value and the Dutch name of each kind of result.</summary>
public static class ZoekSoorten
{
    public static string Waarde(ZoekSoort soort) => soort switch
    {
        ZoekSoort.Activiteit => "activiteit",
        ZoekSoort.Pagina => "pagina",
        ZoekSoort.Organisatie => "organisatie",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };

    /// <summary>The name of a group of results, as in the soort facet.</summary>
    public static string Naam(ZoekSoort soort) => soort switch
    {
        ZoekSoort.Activiteit => "Activiteiten",
        ZoekSoort.Pagina => "Informatie",
        ZoekSoort.Organisatie => "Organisaties",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };

    /// <summary>The label of one result.</summary>
    public static string Label(ZoekSoort soort) => soort switch
    {
        ZoekSoort.Activiteit => "Activiteit",
        ZoekSoort.Pagina => "Informatie",
        ZoekSoort.Organisatie => "Organisatie",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };

    public static ZoekSoort? Lees(string? waarde) =>
        Enum.GetValues<ZoekSoort>().Cast<ZoekSoort?>().FirstOrDefault(s => string.Equals(Waarde(s!.Value), waarde, StringComparison.Ordinal));
}

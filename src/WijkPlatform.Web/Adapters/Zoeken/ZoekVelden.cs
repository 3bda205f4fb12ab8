namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>The fields of a document in the index. Changing what is indexed means raising <see cref="Versie"/>:
/// an index of another version is emptied and built again at start.</summary>
internal static class ZoekVelden
{
    public const string Versie = "1";

    /// <summary>Kind of document, indexed as one term: lets a kind be replaced as a whole.</summary>
    public const string Soort = "soort";

    public const string Titel = "titel";

    /// <summary>Everything else that should be findable: summary, body, and the names of categorie, wijk, locatie
    /// and organisatie.</summary>
    public const string Tekst = "tekst";

    public const string Url = "url";

    /// <summary>Stored only: the plain text that result fragments are cut from.</summary>
    public const string Fragment = "fragment";

    // Doc values: read per matching document to count facets and filter, without loading stored fields.
    public const string FacetSoort = "f_soort";
    public const string FacetCategorie = "f_categorie";
    public const string FacetCategorieNaam = "f_categorie_naam";
    public const string FacetWijk = "f_wijk";
    public const string FacetWijkNaam = "f_wijk_naam";
}

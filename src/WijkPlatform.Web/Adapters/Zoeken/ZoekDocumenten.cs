using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Markdig;
using WijkPlatform.Core.Zoeken;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>Turns what <see cref="ZoekBron"/> reads into Lucene documents: searchable text without Markdown syntax,
/// stored fields for showing a result, doc values for the facets.</summary>
internal static partial class ZoekDocumenten
{
    public static Document Activiteit(ActiviteitDocument a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var omschrijving = PlatteTekst(a.Omschrijving);
        var document = Basis(ZoekSoort.Activiteit, a.Titel, "/activiteiten/" + a.Slug, Samen(a.Samenvatting, omschrijving),
            a.Samenvatting, omschrijving, a.CategorieNaam, a.WijkNaam, a.LocatieNaam, a.OrganisatieNaam);
        Facet(document, ZoekVelden.FacetCategorie, a.CategorieSlug);
        Facet(document, ZoekVelden.FacetCategorieNaam, a.CategorieNaam);
        Facet(document, ZoekVelden.FacetWijk, a.WijkSlug);
        Facet(document, ZoekVelden.FacetWijkNaam, a.WijkNaam);
        return document;
    }

    public static Document Pagina(PaginaDocument p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var inhoud = PlatteTekst(p.Inhoud);
        return Basis(ZoekSoort.Pagina, p.Titel, p.Url, Samen(p.Samenvatting, inhoud), p.Samenvatting, inhoud);
    }

    public static Document Organisatie(OrganisatieDocument o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var omschrijving = PlatteTekst(o.Omschrijving);
        var document = Basis(ZoekSoort.Organisatie, o.Naam, "/organisaties/" + o.Slug, omschrijving, omschrijving, o.WijkNaam);
        if (o.WijkSlug is not null && o.WijkNaam is not null)
        {
            Facet(document, ZoekVelden.FacetWijk, o.WijkSlug);
            Facet(document, ZoekVelden.FacetWijkNaam, o.WijkNaam);
        }

        return document;
    }

    /// <summary>Markdown as the words a reader sees: no #, *, _ or link targets ("[x](y)" → "x"), one space between words.
    /// Raw HTML in the source stays text here; it is encoded when shown.</summary>
    public static string PlatteTekst(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return Witruimte().Replace(Markdown.ToPlainText(markdown), " ").Trim();
    }

    private static Document Basis(ZoekSoort soort, string titel, string url, string fragment, params string?[] tekst)
    {
        var document = new Document
        {
            new StringField(ZoekVelden.Soort, ZoekSoorten.Waarde(soort), Field.Store.YES),
            new TextField(ZoekVelden.Titel, titel, Field.Store.YES),
            new TextField(ZoekVelden.Tekst, string.Join(" \n ", tekst.Where(t => !string.IsNullOrWhiteSpace(t))), Field.Store.NO),
            new StoredField(ZoekVelden.Url, url),
            new StoredField(ZoekVelden.Fragment, fragment),
        };
        Facet(document, ZoekVelden.FacetSoort, ZoekSoorten.Waarde(soort));
        return document;
    }

    private static string Samen(string? samenvatting, string tekst) =>
        string.IsNullOrWhiteSpace(samenvatting) ? tekst : Witruimte().Replace(samenvatting, " ").Trim() + " " + tekst;

    private static void Facet(Document document, string veld, string waarde) =>
        document.Add(new SortedDocValuesField(veld, new BytesRef(waarde)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WijkPlatform.Core.Zoeken;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Zoeken;

[EnableRateLimiting(Snelheidslimieten.Zoeken)]
public sealed class IndexModel(IZoekIndex zoekIndex) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Categorie { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    /// <summary>Null until something was searched for.</summary>
    public ZoekAntwoord? Antwoord { get; private set; }

    public int AantalPaginas => Antwoord is null ? 0 : Math.Max(1, (Antwoord.Totaal + ZoekVraag.PerPagina - 1) / ZoekVraag.PerPagina);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Control characters (a null byte) are never part of a search; they would only end up in the page.
        Q = Q is null ? null : new string(Q.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (Q is { Length: > ZoekVraag.MaxLengte })
        {
            Q = Q[..ZoekVraag.MaxLengte];
        }

        Categorie = Leeg(Categorie);
        Wijk = Leeg(Wijk);
        var soort = ZoekSoorten.Lees(Soort);
        Soort = soort is null ? null : Soort;
        Pagina = ModelState.IsValid ? Math.Clamp(Pagina, 1, 10_000) : 1;
        if (string.IsNullOrEmpty(Q))
        {
            return;
        }

        Antwoord = await zoekIndex.ZoekAsync(new ZoekVraag(Q, Categorie, Wijk, soort, Pagina), cancellationToken);
        if (Pagina > AantalPaginas)
        {
            Pagina = AantalPaginas;
            Antwoord = await zoekIndex.ZoekAsync(new ZoekVraag(Q, Categorie, Wijk, soort, Pagina), cancellationToken);
        }
    }

    /// <summary>This search with one filter set to <paramref name="waarde"/>, or cleared when it is null; back to page 1.</summary>
    public string? FilterLink(string filter, string? waarde)
    {
        var waarden = Waarden();
        waarden[filter] = waarde;
        waarden.Remove("pagina");
        return Url.Page("/Zoeken/Index", waarden);
    }

    public string? ZonderFiltersLink() => Url.Page("/Zoeken/Index", new { q = Q });

    public string? PaginaLink(int pagina)
    {
        var waarden = Waarden();
        waarden["pagina"] = pagina > 1 ? pagina : null;
        return Url.Page("/Zoeken/Index", waarden);
    }

    /// <summary>The name of the chosen value of a filter, from the facets; the value itself if no result has it.</summary>
    public static string Naam(IReadOnlyList<Facet> facetten, string waarde) =>
        facetten.FirstOrDefault(f => f.Waarde == waarde)?.Naam ?? waarde;

    private RouteValueDictionary Waarden() => new()
    {
        ["q"] = Q,
        ["categorie"] = Categorie,
        ["wijk"] = Wijk,
        ["soort"] = Soort,
        ["pagina"] = Pagina > 1 ? Pagina : null,
    };

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}

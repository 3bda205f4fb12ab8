using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Informatie;

public sealed class NieuwsModel(InformatieQueries informatie, WijkenQueries wijken) : PageModel
{
    public NieuwsLijst Lijst { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<WijkKaart> Wijken { get; private set; } = [];
    public string? Wijk { get; private set; }
    public string? WijkNaam { get; private set; }
    public Paginering Paginering { get; private set; } = null!;

    public async Task OnGetAsync(string? wijk, int? pagina, CancellationToken cancellationToken)
    {
        Wijken = await wijken.ActieveWijkenAsync(cancellationToken);

        // An unknown wijk in the address shows all news rather than an error: the filter is only a narrowing.
        var gekozen = Wijken.FirstOrDefault(w => w.Slug == wijk);
        (Wijk, WijkNaam) = (gekozen?.Slug, gekozen?.Naam);
        Lijst = await informatie.NieuwsAsync(Wijk, pagina ?? 1, cancellationToken);
        Paginering = new Paginering(Lijst.Pagina, Lijst.AantalPaginas, p =>
        {
            var delen = new List<string>();
            if (Wijk is not null)
            {
                delen.Add("wijk=" + Uri.EscapeDataString(Wijk));
            }

            if (p > 1)
            {
                delen.Add("pagina=" + p.ToString(CultureInfo.InvariantCulture));
            }

            return delen.Count == 0 ? "/nieuws" : "/nieuws?" + string.Join("&", delen);
        });
    }
}

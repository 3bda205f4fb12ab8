using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Beheer.Informatie;

[Authorize(Policy = WebServices.RedactieBeleid)]
public sealed class IndexModel(PaginaBeheer beheer) : PageModel
{
    public RedactieSoort Soort { get; private set; } = RedactieSoort.Paginas;
    public IReadOnlyList<PaginaRegel> Lijst { get; private set; } = [];

    [TempData]
    public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(string soort, CancellationToken cancellationToken)
    {
        if (RedactieSoort.Uit(soort) is not { } gekozen)
        {
            return NotFound();
        }

        Soort = gekozen;
        Lijst = await beheer.LijstAsync(Soort.Soort, cancellationToken);
        return Page();
    }
}

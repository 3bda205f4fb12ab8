using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Informatie;

public sealed class PaginaModel(InformatieQueries informatie) : PageModel
{
    public PaginaWeergave Pagina { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var pagina = await informatie.PaginaAsync(slug, cancellationToken);
        if (pagina is null)
        {
            return NotFound();
        }

        Pagina = pagina;
        return Page();
    }
}

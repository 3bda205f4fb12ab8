using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Informatie;

public sealed class NieuwsberichtModel(InformatieQueries informatie) : PageModel
{
    public PaginaWeergave Bericht { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var bericht = await informatie.NieuwsberichtAsync(slug, cancellationToken);
        if (bericht is null)
        {
            return NotFound();
        }

        Bericht = bericht;
        return Page();
    }
}

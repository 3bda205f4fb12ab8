using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Beheer.Informatie;

/// <summary>The saved text of a page or news item as the public page would show it, whatever its status.</summary>
[Authorize(Policy = WebServices.RedactieBeleid)]
public sealed class VoorbeeldModel(PaginaBeheer beheer, WijkDbContext db, TimeProvider clock) : PageModel
{
    public RedactieSoort Soort { get; private set; } = RedactieSoort.Paginas;
    public int Id { get; private set; }
    public PaginaWeergave Weergave { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string soort, int id, CancellationToken cancellationToken)
    {
        if (RedactieSoort.Uit(soort) is not { } gekozen || await beheer.LeesAsync(gekozen.Soort, id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        (Soort, Id) = (gekozen, id);
        var wijk = detail.Invoer.WijkId is int wijkId
            ? await db.Wijken.AsNoTracking().Where(w => w.Id == wijkId).Select(w => w.Naam).SingleOrDefaultAsync(cancellationToken)
            : null;
        Weergave = new PaginaWeergave(detail.Invoer.Slug, detail.Invoer.Titel, detail.Invoer.Samenvatting, detail.Invoer.Inhoud,
            detail.Invoer.EenvoudigeSamenvatting, detail.Soort, detail.GepubliceerdUtc ?? detail.PublicerenVanafUtc ?? clock.GetUtcNow().UtcDateTime, wijk);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}

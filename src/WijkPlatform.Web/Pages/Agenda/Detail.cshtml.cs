using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class DetailModel(AgendaQueries agenda, TimeProvider clock) : PageModel
{
    public ActiviteitDetail Activiteit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var detail = await agenda.DetailAsync(slug, clock.GetUtcNow().UtcDateTime, aantalDatums: 6, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Activiteit = detail;
        return Page();
    }
}

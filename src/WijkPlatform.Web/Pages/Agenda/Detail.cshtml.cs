using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Pages.Aanmelden;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class DetailModel(AgendaQueries agenda, AanmeldQueries aanmelden, TimeProvider clock, IOptions<AanmeldOptions> options)
    : PageModel
{
    public ActiviteitDetail Activiteit { get; private set; } = null!;

    /// <summary>The sign-up form with the places per date; null when the activity takes no sign-ups.</summary>
    public AanmeldFormulier? Formulier { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var detail = await agenda.DetailAsync(slug, nu, aantalDatums: 6, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Activiteit = detail;
        if (detail.AanmeldenNodig && !detail.IsDagontmoeting)
        {
            Formulier = await AanmeldFormulier.MaakAsync(detail, aanmelden, nu, options.Value.BewaarDagen, invoer: null, cancellationToken);
        }

        return Page();
    }
}

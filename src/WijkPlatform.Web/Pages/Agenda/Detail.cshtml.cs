using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Infrastructure;
using WijkPlatform.Web.Pages.Aanmelden;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class DetailModel(AgendaQueries agenda, AanmeldQueries aanmelden, GegevensCache cache, TimeProvider clock,
    IOptions<AanmeldOptions> options)
    : PageModel
{
    public ActiviteitDetail Activiteit { get; private set; } = null!;

    /// <summary>The sign-up form with the places per date; null when the activity takes no sign-ups.</summary>
    public AanmeldFormulier? Formulier { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        // The page itself is not stored (its form carries this visitor's token), so its data is.
        var (detail, plaatsen) = await cache.HaalAsync($"activiteit:{slug}", async () =>
        {
            var gevonden = await agenda.DetailAsync(slug, nu, aantalDatums: 6, cancellationToken);
            var stand = gevonden is { AanmeldenNodig: true, IsDagontmoeting: false }
                ? await aanmelden.PlaatsenAsync(gevonden.Slug, AanmeldFormulier.TeKiezen(gevonden, nu).Select(d => d.StartUtc).ToList(),
                    cancellationToken)
                : null;
            return (gevonden, stand);
        });
        if (detail is null)
        {
            return NotFound();
        }

        Activiteit = detail;
        if (plaatsen is not null)
        {
            Formulier = AanmeldFormulier.Maak(detail, plaatsen, nu, options.Value.BewaarDagen, invoer: null);
        }

        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Informatie;

/// <summary>One collective or partner: who they are, how to reach them, what they organise next and when their
/// walk-in places are open.</summary>
public sealed class OrganisatieModel(InformatieQueries informatie, AgendaQueries agenda, TimeProvider clock) : PageModel
{
    private const int Dagen = 60;

    public OrganisatieKaart Organisatie { get; private set; } = null!;

    public AgendaPagina Komend { get; private set; } = null!;

    public IReadOnlyList<DagontmoetingPlek> Inloop { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await informatie.OrganisatieAsync(slug, cancellationToken) is not { } organisatie)
        {
            return NotFound();
        }

        Organisatie = organisatie;
        var nu = clock.GetUtcNow().UtcDateTime;
        Inloop = await agenda.DagontmoetingAsync(nu, cancellationToken, organisatie.Slug);
        Komend = await agenda.ZoekAsync(new AgendaFilter
        {
            Organisatie = organisatie.Slug,
            VanUtc = nu,
            TotUtc = nu.AddDays(Dagen),
            ZonderDagontmoeting = true,
            PerPagina = 10,
        }, cancellationToken);
        return Page();
    }
}

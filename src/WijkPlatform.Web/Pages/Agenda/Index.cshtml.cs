using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class IndexModel(AgendaQueries agenda, WijkenQueries wijken, TimeProvider clock) : PageModel
{
    public const int Dagen = 14;

    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    public IReadOnlyList<WijkKaart> Wijken { get; private set; } = [];
    public IReadOnlyList<IGrouping<DateTime, VoorkomenKaart>> PerDag { get; private set; } = [];
    public int Aantal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Wijken = await wijken.ActieveWijkenAsync(cancellationToken);
        if (Wijk is not null && Wijken.All(w => w.Slug != Wijk))
        {
            Wijk = null;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var tot = Herhaling.NaarUtc(Herhaling.NaarLokaal(nu).Date.AddDays(Dagen));
        var voorkomens = await agenda.VoorkomensAsync(nu, tot, Wijk, cancellationToken);
        Aantal = voorkomens.Count;
        PerDag = voorkomens.GroupBy(v => Herhaling.NaarLokaal(v.StartUtc).Date).ToList();
    }
}

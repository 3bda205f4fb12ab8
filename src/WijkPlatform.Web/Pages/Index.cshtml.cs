using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages;

public sealed class IndexModel(AgendaQueries agenda, TimeProvider clock) : PageModel
{
    public IReadOnlyList<VoorkomenKaart> Vandaag { get; private set; } = [];
    public IReadOnlyList<VoorkomenKaart> DezeWeek { get; private set; } = [];
    public IReadOnlyList<VoorkomenKaart> DagontmoetingVandaag { get; private set; } = [];
    public DateTime NuUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NuUtc = clock.GetUtcNow().UtcDateTime;
        var begin = Herhaling.NaarUtc(Herhaling.NaarLokaal(NuUtc).Date);
        var morgen = Herhaling.NaarUtc(Herhaling.NaarLokaal(NuUtc).Date.AddDays(1));
        var week = Herhaling.NaarUtc(Herhaling.NaarLokaal(NuUtc).Date.AddDays(8));

        var voorkomens = await agenda.VoorkomensAsync(begin, week, wijkSlug: null, cancellationToken);
        DagontmoetingVandaag = voorkomens.Where(v => v.IsDagontmoeting && v.StartUtc < morgen && v.EindUtc > NuUtc).ToList();
        Vandaag = voorkomens.Where(v => !v.IsDagontmoeting && v.StartUtc < morgen && v.EindUtc > NuUtc).ToList();
        DezeWeek = voorkomens.Where(v => !v.IsDagontmoeting && v.StartUtc >= morgen).Take(12).ToList();
    }
}

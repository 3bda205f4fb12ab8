using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class DagontmoetingModel(AgendaQueries agenda, TimeProvider clock) : PageModel
{
    public sealed record Plek(string Slug, string Titel, string? Samenvatting, string Waar, IReadOnlyList<VoorkomenKaart> Tijden);

    public IReadOnlyList<Plek> Plekken { get; private set; } = [];
    public DateTime NuUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NuUtc = clock.GetUtcNow().UtcDateTime;
        var vandaag = Herhaling.NaarUtc(Herhaling.NaarLokaal(NuUtc).Date);
        var voorkomens = await agenda.VoorkomensAsync(vandaag, vandaag.AddDays(7), wijkSlug: null, cancellationToken);
        Plekken = voorkomens
            .Where(v => v.IsDagontmoeting)
            .GroupBy(v => v.Slug)
            .Select(g => new Plek(g.Key, g.First().Titel, g.First().Samenvatting, g.First().Locatie ?? g.First().Wijk, g.ToList()))
            .OrderBy(p => p.Titel, StringComparer.CurrentCulture)
            .ToList();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class IndexModel(AgendaQueries agenda, WijkenQueries wijken, TimeProvider clock) : PageModel
{
    public const int PerPagina = 20;

    [FromQuery]
    public AgendaVraag Vraag { get; set; } = new();

    public IReadOnlyList<WijkKaart> Wijken { get; private set; } = [];
    public IReadOnlyList<CategorieKaart> Categorieen { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();
    public AgendaPagina Resultaat { get; private set; } = new([], 0, 1, PerPagina);
    public AgendaFilter Filter { get; private set; } = null!;
    public IReadOnlyList<IGrouping<DateOnly, VoorkomenKaart>> PerDag { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Wijken = await wijken.ActieveWijkenAsync(cancellationToken);
        Categorieen = await agenda.CategorieenAsync(cancellationToken);
        Fouten = Vraag.Controleer(Wijken.Select(w => w.Slug), Categorieen.Select(c => c.Slug));
        Filter = Vraag.NaarFilter(clock.GetUtcNow().UtcDateTime, Fouten, PerPagina);
        Resultaat = await agenda.ZoekAsync(Filter, cancellationToken);
        PerDag = Resultaat.Items.GroupBy(v => DateOnly.FromDateTime(Herhaling.NaarLokaal(v.StartUtc))).ToList();
    }

    public string? Fout(string veld) => Fouten.TryGetValue(veld, out var fout) ? fout : null;
}

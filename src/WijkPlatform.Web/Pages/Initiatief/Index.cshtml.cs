using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>What a bewonersinitiatief is. The text is the editors' page "initiatief" from uSync; the amount and the
/// term come from the settings, so the page never promises something the form does not do.</summary>
public sealed class IndexModel(InformatieQueries informatie, IOptions<InitiatiefOptions> options) : PageModel
{
    public const string PaginaSlug = "initiatief";

    public PaginaWeergave? Pagina { get; private set; }

    public InitiatiefOptions Opties => options.Value;

    /// <summary>"6 weken" when the term is whole weeks, else "45 dagen".</summary>
    public string Beslistermijn => Opties.BeslistermijnDagen % 7 == 0
        ? $"{Opties.BeslistermijnDagen / 7} {(Opties.BeslistermijnDagen == 7 ? "week" : "weken")}"
        : $"{Opties.BeslistermijnDagen} dagen";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pagina = await informatie.PaginaAsync(PaginaSlug, cancellationToken);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Pages.Informatie;

/// <summary>Collectives and partners with what they offer soon; filtered by wijk and kind with a GET form, so every view
/// has its own address and works without JavaScript.</summary>
public sealed class OrganisatiesModel(InformatieQueries informatie, WijkenQueries wijken) : PageModel
{
    public static readonly IReadOnlyDictionary<string, OrganisatieSoort> Soorten = new Dictionary<string, OrganisatieSoort>
    {
        ["collectief"] = OrganisatieSoort.Collectief,
        ["partner"] = OrganisatieSoort.Partner,
    };

    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    public IReadOnlyList<WijkKaart> Wijken { get; private set; } = [];

    public IReadOnlyList<OrganisatieAanbod> Organisaties { get; private set; } = [];

    public Dictionary<string, string> Fouten { get; } = [];

    public string? GekozenWijk => Wijken.FirstOrDefault(w => w.Slug == Wijk)?.Naam;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Wijken = await wijken.ActieveWijkenAsync(cancellationToken);
        Wijk = string.IsNullOrWhiteSpace(Wijk) ? null : Wijk.Trim();
        Soort = string.IsNullOrWhiteSpace(Soort) ? null : Soort.Trim();
        if (Wijk is not null && Wijken.All(w => w.Slug != Wijk))
        {
            Fouten["wijk"] = "Deze wijk kennen we niet. Kies een wijk uit de lijst.";
            Wijk = null;
        }

        if (Soort is not null && !Soorten.ContainsKey(Soort))
        {
            Fouten["soort"] = "Kies collectieven, partners of allebei.";
            Soort = null;
        }

        Organisaties = await informatie.OrganisatieAanbodAsync(Wijk, Soort is null ? null : Soorten[Soort], cancellationToken);
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Informatie;

public sealed class OrganisatiesModel(InformatieQueries informatie) : PageModel
{
    public IReadOnlyList<OrganisatieKaart> Organisaties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisaties = await informatie.OrganisatiesAsync(cancellationToken);
}

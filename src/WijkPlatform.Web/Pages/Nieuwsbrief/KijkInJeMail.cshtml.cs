using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Pages.Nieuwsbrief;

public sealed class KijkInJeMailModel(IOptions<NieuwsbriefOptions> options) : PageModel
{
    public int BevestigDagen => options.Value.BevestigDagen;

    public void OnGet()
    {
    }
}

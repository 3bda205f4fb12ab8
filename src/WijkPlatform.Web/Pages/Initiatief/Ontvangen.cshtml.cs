using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>The answer after sending. The address holds the new secret, so the applicant can go straight to the
/// status page; the same link is in the confirmation mail.</summary>
public sealed class OntvangenModel(Aanvragen aanvragen) : PageModel
{
    public Core.Initiatieven.Initiatief Initiatief { get; private set; } = null!;

    public string Sleutel { get; private set; } = "";

    public string? Wijkteam { get; private set; }

    public async Task<IActionResult> OnGetAsync(string sleutel, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        var initiatief = await aanvragen.LaadAsync(sleutel, cancellationToken);
        if (initiatief is null)
        {
            return NotFound();
        }

        if (initiatief.Status == InitiatiefStatus.Concept)
        {
            return Redirect($"/initiatief/aanvragen/{sleutel}");
        }

        Initiatief = initiatief;
        Sleutel = sleutel;
        Wijkteam = await aanvragen.WijkteamNaamAsync(initiatief.WijkId, cancellationToken);
        return Page();
    }
}

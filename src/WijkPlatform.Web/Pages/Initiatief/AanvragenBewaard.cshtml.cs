using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>After "Opslaan en later verder": the concept is saved and the link to go on is in the applicant's mail.</summary>
public sealed class AanvragenBewaardModel(Aanvragen aanvragen) : PageModel
{
    public string Sleutel { get; private set; } = "";

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(string sleutel, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        var initiatief = await aanvragen.LaadAsync(sleutel, cancellationToken);
        if (initiatief is null)
        {
            return NotFound();
        }

        if (initiatief.Status != InitiatiefStatus.Concept)
        {
            return Redirect($"/initiatief/status/{sleutel}");
        }

        Sleutel = sleutel;
        Email = initiatief.Email;
        return Page();
    }
}

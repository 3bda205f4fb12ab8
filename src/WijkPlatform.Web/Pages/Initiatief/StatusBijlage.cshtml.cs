using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>Downloads one attachment of the request behind the secret. Always as a download with the content type found
/// when the file was checked, so a file is never shown as a page of this site.</summary>
public sealed class StatusBijlageModel(Aanvrager aanvrager, BijlagenOpslag opslag) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string sleutel, int id, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var bijlage = await aanvrager.BijlageAsync(sleutel, id, cancellationToken);
        if (bijlage is null || opslag.Open(bijlage.Opslag) is not { } inhoud)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(inhoud, bijlage.ContentType, bijlage.Naam);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Beheer.Initiatieven;

/// <summary>Downloads an attachment of a request. Always as a download with the content type found by the content
/// check, never rendered in the site's origin, so a file cannot run script on the back office.</summary>
public sealed class BijlageModel(WijkDbContext db, InitiatiefQueries queries, BijlagenOpslag opslag) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int bijlageId, CancellationToken cancellationToken)
    {
        if (await MedewerkerLezer.LeesAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        if (await queries.BijlageAsync(wie, id, bijlageId, cancellationToken) is not { } bijlage || opslag.Open(bijlage.Opslag) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(stream, bijlage.ContentType, bijlage.Naam);
    }
}

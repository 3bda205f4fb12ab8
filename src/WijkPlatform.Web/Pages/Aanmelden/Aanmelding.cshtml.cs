using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Aanmelden;

/// <summary>A resident's own sign-up behind the secret link: see it, put it in a calendar, cancel it. An unknown or
/// expired link gets a friendly page with status 404, never an error.</summary>
public sealed class AanmeldingModel(AanmeldQueries aanmelden, MeldAf.Handler meldAf) : PageModel
{
    public EigenAanmelding? Aanmelding { get; private set; }

    public bool NetAfgemeld { get; private set; }

    public async Task<IActionResult> OnGetAsync(string sleutel, bool afgemeld, CancellationToken cancellationToken)
    {
        Prive();
        Aanmelding = await aanmelden.DoorSleutelAsync(sleutel, cancellationToken);
        NetAfgemeld = afgemeld && Aanmelding?.Status == AanmeldingStatus.Afgemeld;
        if (Aanmelding is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAfmeldenAsync(string sleutel, CancellationToken cancellationToken)
    {
        Prive();
        var status = await meldAf.HandleAsync(sleutel, cancellationToken);
        if (status == MeldAf.Status.NietGevonden)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (status == MeldAf.Status.Voorbij)
        {
            Aanmelding = await aanmelden.DoorSleutelAsync(sleutel, cancellationToken);
            ModelState.AddModelError(string.Empty, "Deze activiteit is al begonnen of voorbij. Afmelden kan niet meer.");
            return Page();
        }

        // The secret passed Sleutel.IsGeldig (else NietGevonden above), so it is safe in the address as it is.
        return LocalRedirect($"/aanmelding/{sleutel}?afgemeld=true");
    }

    // The secret is in the address: keep it out of caches, search engines and the Referer sent to other sites.
    private void Prive()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>"Link kwijt?": mails a new link for every open request with the given address. The answer is the same
/// whether or not the address is known, so the page does not tell who asked for funding.</summary>
[EnableRateLimiting(Snelheidslimieten.InitiatiefLink)]
public sealed class StatusLinkModel(Aanvrager aanvrager) : PageModel
{
    [BindProperty]
    [Display(Name = "Je e-mailadres")]
    public string? Email { get; set; }

    public bool Verstuurd { get; private set; }

    public void OnGet(bool verstuurd)
    {
        Response.Headers.CacheControl = "no-store";
        Verstuurd = verstuurd;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError(nameof(Email), "Vul het e-mailadres in dat je bij je aanvraag gebruikte.");
        }
        else if (email.Length > InitiatiefRegels.MaxEmail || !Core.Aanmelden.AanmeldRegels.IsLeesbaar(email) || !new EmailAddressAttribute().IsValid(email)
                 || !email.Contains('.', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Vul een e-mailadres in zoals naam@voorbeeld.nl.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await aanvrager.StuurNieuweLinkAsync(email, cancellationToken);
        return RedirectToPage("/Initiatief/StatusLink", new { verstuurd = true });
    }
}

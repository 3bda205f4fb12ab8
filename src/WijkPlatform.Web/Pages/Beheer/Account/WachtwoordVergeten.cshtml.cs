using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WijkPlatform.Web.Adapters.Accounts;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Account;

[AllowAnonymous]
[EnableRateLimiting(Snelheidslimieten.Wachtwoord)]
public sealed class WachtwoordVergetenModel(VraagHerstelAan.Handler herstel) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Verstuurd { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await herstel.HandleAsync(Input.Email, cancellationToken);
        // The same answer whether or not the address has an account, and no address in it to echo back.
        return RedirectToPage(new { verstuurd = true });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul je e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@voorbeeld.nl.")]
        [StringLength(256, ErrorMessage = "Dit e-mailadres is te lang.")]
        [Display(Name = "E-mailadres")]
        public string Email { get; set; } = "";
    }
}

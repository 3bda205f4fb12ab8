using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>The second sign-in step: the code from the authenticator app. Identity keeps who passed the password step
/// in a short-lived cookie of its own; without it this page sends back to the first step.</summary>
[AllowAnonymous]
[EnableRateLimiting(Snelheidslimieten.Inloggen)]
public sealed class InloggenCodeModel(SignInManager<Gebruiker> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? TerugNaarInloggen() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return TerugNaarInloggen();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = string.Concat(Input.Code.Where(char.IsDigit));
        var resultaat = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: Input.Onthoud);
        if (resultaat.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/beheer");
        }

        ModelState.AddModelError(resultaat.IsLockedOut ? string.Empty : "Input.Code", resultaat.IsLockedOut
            ? "Je account is even geblokkeerd na te veel pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze code klopt niet. Vul de code in die je app nu laat zien.");
        return Page();
    }

    private RedirectToPageResult TerugNaarInloggen() =>
        RedirectToPage("/Beheer/Inloggen", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code van 6 cijfers uit je app in.")]
        [StringLength(20, ErrorMessage = "Vul de code van 6 cijfers uit je app in.")]
        [Display(Name = "Code uit je app")]
        public string Code { get; set; } = "";

        [Display(Name = "Onthoud dit apparaat")]
        public bool Onthoud { get; set; }
    }
}

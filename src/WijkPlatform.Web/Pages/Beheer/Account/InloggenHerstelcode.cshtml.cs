using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>The second sign-in step with one of the recovery codes instead of the app; each code works once.</summary>
[AllowAnonymous]
[EnableRateLimiting(Snelheidslimieten.Inloggen)]
public sealed class InloggenHerstelcodeModel(SignInManager<Gebruiker> signIn) : PageModel
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

        var resultaat = await signIn.TwoFactorRecoveryCodeSignInAsync(Normaliseer(Input.Herstelcode));
        if (resultaat.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/beheer");
        }

        ModelState.AddModelError(resultaat.IsLockedOut ? string.Empty : "Input.Herstelcode", resultaat.IsLockedOut
            ? "Je account is even geblokkeerd na te veel pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze herstelcode klopt niet of is al gebruikt. Elke code werkt maar één keer.");
        return Page();
    }

    /// <summary>Codes look like "ABCDE-FGHJK"; people type them in lower case, with spaces or without the dash.</summary>
    public static string Normaliseer(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tekens = string.Concat(code.Where(char.IsLetterOrDigit)).ToUpperInvariant();
        return tekens.Length == 10 ? $"{tekens[..5]}-{tekens[5..]}" : tekens;
    }

    private RedirectToPageResult TerugNaarInloggen() =>
        RedirectToPage("/Beheer/Inloggen", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul een van je herstelcodes in.")]
        [StringLength(40, ErrorMessage = "Vul een van je herstelcodes in.")]
        [Display(Name = "Herstelcode")]
        public string Herstelcode { get; set; } = "";
    }
}

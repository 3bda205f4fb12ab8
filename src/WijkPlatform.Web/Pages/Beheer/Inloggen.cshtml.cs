using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Pages.Beheer;

public sealed class InloggenModel(SignInManager<Gebruiker> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var terug = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/beheer";
        var resultaat = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Wachtwoord, isPersistent: false, lockoutOnFailure: true);
        if (resultaat.RequiresTwoFactor)
        {
            return RedirectToPage("/Beheer/Account/InloggenCode", new { ReturnUrl = terug });
        }

        if (resultaat.Succeeded)
        {
            // Staff without two-step sign-in go straight to setting it up; the policy would send them there anyway.
            var gebruiker = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
            var principal = gebruiker is null ? null : await signIn.CreateUserPrincipalAsync(gebruiker);
            return principal is not null && TweeStapsBeleid.MoetNogInstellen(principal)
                ? LocalRedirect($"{TweeStapsBeleid.InstelPagina}?ReturnUrl={Uri.EscapeDataString(terug)}")
                : LocalRedirect(terug);
        }

        // One message for a wrong address and a wrong password, so the form does not reveal who has an account.
        ModelState.AddModelError(resultaat.IsLockedOut ? string.Empty : "Input.Wachtwoord", resultaat.IsLockedOut
            ? "Je account is even geblokkeerd na te veel pogingen. Probeer het over 15 minuten opnieuw."
            : "Het e-mailadres of het wachtwoord klopt niet.");
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul je e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@voorbeeld.nl.")]
        [StringLength(256, ErrorMessage = "Dit e-mailadres is te lang.")]
        [Display(Name = "E-mailadres")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul je wachtwoord in.")]
        [StringLength(200, ErrorMessage = "Dit wachtwoord is te lang.")]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string Wachtwoord { get; set; } = "";
    }
}

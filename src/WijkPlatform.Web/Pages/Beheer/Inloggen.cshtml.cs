using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer;

[EnableRateLimiting(Snelheidslimieten.Inloggen)]
public sealed class InloggenModel(SignInManager<Gebruiker> signIn, IPasswordHasher<Gebruiker> hasher) : PageModel
{
    /// <summary>A hash of a password nobody has, made once with the site's own hasher (same algorithm, same rounds).</summary>
    private static string? nepHash;

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
        if (await signIn.UserManager.FindByNameAsync(Input.Email.Trim()) is null)
        {
            // Without an account there is no hash to check, and the answer would come back sooner than for a wrong
            // password: a stopwatch would tell who has an account. So check against a hash nobody has.
            var nep = new Gebruiker { Email = "", NormalizedEmail = "" };
            nepHash ??= hasher.HashPassword(nep, Guid.NewGuid().ToString("N"));
            _ = hasher.VerifyHashedPassword(nep, nepHash, Input.Wachtwoord);
            ModelState.AddModelError("Input.Wachtwoord", FouteGegevens);
            return Page();
        }

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

        // One message for a wrong address, a wrong password and a blocked account: a separate "blocked" message would
        // tell whoever tries five passwords that the address has an account. The message says why a right password
        // can still fail for a while.
        ModelState.AddModelError("Input.Wachtwoord", FouteGegevens);
        return Page();
    }

    private const string FouteGegevens =
        "Het e-mailadres of het wachtwoord klopt niet. Na 5 foute pogingen kun je 15 minuten niet inloggen.";

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

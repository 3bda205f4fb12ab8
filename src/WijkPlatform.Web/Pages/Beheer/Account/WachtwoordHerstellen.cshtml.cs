using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>Choosing a new password with the link from the mail. It also lifts a lockout, and the new security stamp
/// ends the account's other sessions.</summary>
[AllowAnonymous]
public sealed class WachtwoordHerstellenModel(UserManager<Gebruiker> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Gebruiker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NieuwWachtwoordInvoer Input { get; set; } = new();

    public bool LinkGeldig { get; private set; }

    public bool Gelukt { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        GeheimeLink.Bescherm(Response);
        LinkGeldig = await GeldigeGebruikerAsync() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        GeheimeLink.Bescherm(Response);
        var gebruiker = await GeldigeGebruikerAsync();
        LinkGeldig = gebruiker is not null;
        if (gebruiker is null || !ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await users.ResetPasswordAsync(gebruiker, Code!, Input.Wachtwoord);
        if (!resultaat.Succeeded)
        {
            foreach (var fout in resultaat.Errors)
            {
                ModelState.AddModelError("Input.Wachtwoord", fout.Description);
            }

            return Page();
        }

        // Whoever reads the mailbox owns the address: a lockout from wrong guesses ends, and the address counts as checked.
        await users.ResetAccessFailedCountAsync(gebruiker);
        await users.SetLockoutEndDateAsync(gebruiker, null);
        if (!gebruiker.EmailBevestigd)
        {
            gebruiker.EmailBevestigd = true;
            await users.UpdateAsync(gebruiker);
        }

        Gelukt = true;
        return Page();
    }

    private async Task<Gebruiker?> GeldigeGebruikerAsync()
    {
        if (Gebruiker <= 0 || string.IsNullOrEmpty(Code)
            || await users.FindByIdAsync(Gebruiker.ToString(CultureInfo.InvariantCulture)) is not { } gebruiker)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(gebruiker, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<Gebruiker>.ResetPasswordTokenPurpose, Code)
            ? gebruiker
            : null;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>Two-step sign-in for one's own account: set it up with an authenticator app, get recovery codes (shown
/// once), make new ones, or turn it off when the account is not staff. Staff who have not set it up can reach only this
/// page (<see cref="TweeStapsBeleid"/>).</summary>
[TweeStapsNietNodig]
public sealed class TweestapsModel(UserManager<Gebruiker> users, SignInManager<Gebruiker> signIn, IOptions<SiteOptions> site) : PageModel
{
    public const int AantalHerstelcodes = 10;

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Aan { get; private set; }

    public bool Verplicht { get; private set; }

    public string? Sleutel { get; private set; }

    public string? AppAdres { get; private set; }

    public int HerstelcodesOver { get; private set; }

    /// <summary>Only in the answer that made them: the codes are never shown again.</summary>
    public IReadOnlyList<string>? Herstelcodes { get; private set; }

    public bool NetAangezet { get; private set; }

    public string? Melding { get; private set; }

    public string Verder => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/beheer";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } gebruiker)
        {
            return Challenge();
        }

        await LaadAsync(gebruiker);
        return Page();
    }

    public async Task<IActionResult> OnPostBevestigAsync()
    {
        if (await users.GetUserAsync(User) is not { } gebruiker)
        {
            return Challenge();
        }

        if (gebruiker.TweeStapsAan)
        {
            return RedirectToPage(new { ReturnUrl });
        }

        var code = string.Concat((Code ?? "").Where(char.IsDigit));
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Vul de code van 6 cijfers uit de app in.");
        }
        else if (!await users.VerifyTwoFactorTokenAsync(gebruiker, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code),
                "Deze code klopt niet. Vul de code in die de app nu laat zien. Klopt hij weer niet? Kijk dan of de tijd op je telefoon goed staat.");
        }

        if (!ModelState.IsValid)
        {
            await LaadAsync(gebruiker);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(gebruiker, true);
        Herstelcodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, AantalHerstelcodes) ?? []];
        // The stamp changed: a fresh cookie keeps this session, and carries the claim the policy looks for.
        await signIn.RefreshSignInAsync(gebruiker);
        NetAangezet = true;
        GeheimeLink.Bescherm(Response);
        await LaadAsync(gebruiker);
        return Page();
    }

    public async Task<IActionResult> OnPostHerstelcodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } gebruiker)
        {
            return Challenge();
        }

        if (!gebruiker.TweeStapsAan)
        {
            return RedirectToPage(new { ReturnUrl });
        }

        Herstelcodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, AantalHerstelcodes) ?? []];
        GeheimeLink.Bescherm(Response);
        await LaadAsync(gebruiker);
        return Page();
    }

    public async Task<IActionResult> OnPostUitzettenAsync()
    {
        if (await users.GetUserAsync(User) is not { } gebruiker)
        {
            return Challenge();
        }

        if (await IsMedewerkerAsync(gebruiker))
        {
            return Forbid();
        }

        if (gebruiker.TweeStapsAan)
        {
            await users.SetTwoFactorEnabledAsync(gebruiker, false);
            // A new key and no codes: turning it on again starts from scratch, and an old copy of the key is worthless.
            await users.ResetAuthenticatorKeyAsync(gebruiker);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, 0);
            await signIn.ForgetTwoFactorClientAsync();
            await signIn.RefreshSignInAsync(gebruiker);
            Melding = "Inloggen in twee stappen staat nu uit. Je logt weer in met alleen je wachtwoord.";
        }

        await LaadAsync(gebruiker);
        return Page();
    }

    private async Task LaadAsync(Gebruiker gebruiker)
    {
        Aan = gebruiker.TweeStapsAan;
        Verplicht = await IsMedewerkerAsync(gebruiker);
        if (Aan)
        {
            HerstelcodesOver = await users.CountRecoveryCodesAsync(gebruiker);
            return;
        }

        var sleutel = await users.GetAuthenticatorKeyAsync(gebruiker);
        if (string.IsNullOrEmpty(sleutel))
        {
            await users.ResetAuthenticatorKeyAsync(gebruiker);
            await signIn.RefreshSignInAsync(gebruiker);
            sleutel = await users.GetAuthenticatorKeyAsync(gebruiker) ?? "";
        }

        // The key is a secret until it is in the app: this answer stays out of every cache.
        GeheimeLink.Bescherm(Response);
        Sleutel = AuthenticatorSleutel.InGroepen(sleutel);
        AppAdres = AuthenticatorSleutel.Adres(site.Value.Naam, gebruiker.Email, sleutel);
    }

    private async Task<bool> IsMedewerkerAsync(Gebruiker gebruiker) =>
        (await users.GetRolesAsync(gebruiker)).Any(r => Rollen.Medewerkers.Contains(r));
}

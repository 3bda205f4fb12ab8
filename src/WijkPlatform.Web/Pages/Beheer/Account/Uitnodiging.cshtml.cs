using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>Accepting an invitation: the invited person checks their name and chooses a password, and is signed in.
/// Setting the password changes the security stamp, so the link works once.</summary>
[AllowAnonymous]
public sealed class UitnodigingModel(UserManager<Gebruiker> users, SignInManager<Gebruiker> signIn, WijkDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Gebruiker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkGeldig { get; private set; }

    public string Email { get; private set; } = "";

    public IReadOnlyList<string> Collectieven { get; private set; } = [];

    /// <summary>The staff roles the invitation gives, in words; beheer also invites wijkteam, redactie and beheer.</summary>
    public IReadOnlyList<string> Taken { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        GeheimeLink.Bescherm(Response);
        if (await GeldigeGebruikerAsync(cancellationToken) is { } gebruiker)
        {
            Input.Naam = gebruiker.Naam;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        GeheimeLink.Bescherm(Response);
        var gebruiker = await GeldigeGebruikerAsync(cancellationToken);
        if (gebruiker is null)
        {
            return Page();
        }

        if (!AanmeldRegels.IsLeesbaar(Input.Naam))
        {
            ModelState.AddModelError("Input.Naam", "Deze naam bevat tekens die we niet kunnen gebruiken.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        gebruiker.Naam = Input.Naam.Trim();
        gebruiker.EmailBevestigd = true;
        var resultaat = await users.AddPasswordAsync(gebruiker, Input.Wachtwoord.Wachtwoord);
        if (!resultaat.Succeeded)
        {
            foreach (var fout in resultaat.Errors)
            {
                ModelState.AddModelError("Input.Wachtwoord.Wachtwoord", fout.Description);
            }

            return Page();
        }

        // Someone who already uses two steps (an account that was staff before) signs in the usual way.
        if (gebruiker.TweeStapsAan)
        {
            return LocalRedirect("/inloggen");
        }

        await signIn.SignInAsync(gebruiker, isPersistent: false);
        return LocalRedirect("/beheer");
    }

    private async Task<Gebruiker?> GeldigeGebruikerAsync(CancellationToken cancellationToken)
    {
        if (Gebruiker <= 0 || string.IsNullOrEmpty(Code)
            || await users.FindByIdAsync(Gebruiker.ToString(CultureInfo.InvariantCulture)) is not { } gebruiker
            || !await users.VerifyUserTokenAsync(gebruiker, LinkTokenAanbieder.Uitnodiging.Naam, LinkTokenAanbieder.Uitnodiging.Doel, Code))
        {
            return null;
        }

        LinkGeldig = true;
        Email = gebruiker.Email;
        Collectieven = await db.Lidmaatschappen.AsNoTracking()
            .Where(l => l.GebruikerId == gebruiker.Id)
            .Select(l => l.Organisatie!.Naam)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
        var rollen = await db.Set<GebruikerRol>().AsNoTracking()
            .Where(r => r.GebruikerId == gebruiker.Id)
            .Select(r => r.Rol!.Naam)
            .ToListAsync(cancellationToken);
        Taken = Rollen.Medewerkers.Where(rollen.Contains).Select(r => r switch
        {
            Rollen.Wijkteam => "medewerker van het wijkteam",
            Rollen.Redactie => "redacteur van de website",
            _ => "beheerder van de website",
        }).ToList();
        return gebruiker;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul je naam in.")]
        [StringLength(AanmeldRegels.MaxNaam, ErrorMessage = "Deze naam is te lang. Gebruik hoogstens 100 tekens.")]
        [Display(Name = "Je naam")]
        public string Naam { get; set; } = "";

        public NieuwWachtwoordInvoer Wachtwoord { get; set; } = new();
    }
}

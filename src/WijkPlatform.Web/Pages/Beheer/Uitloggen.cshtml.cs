using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Pages.Beheer;

[TweeStapsNietNodig]
public sealed class UitloggenModel(SignInManager<Gebruiker> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Beheer/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Informatie;

[Authorize(Policy = WebServices.RedactieBeleid)]
public sealed class MenuModel(MenuBeheer menu, BeheerderLezer beheerders) : PageModel
{
    public IReadOnlyList<MenuRegel> Items { get; private set; } = [];

    [BindProperty]
    public string? Titel { get; set; }

    [BindProperty]
    public string? Adres { get; set; }

    /// <summary>Which form the last error belongs to ("nieuw-Hoofdmenu" or an item's id), so the message and the
    /// typed values appear in that form.</summary>
    public string? FoutBij { get; private set; }

    [TempData]
    public string? Melding { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await menu.LijstAsync(cancellationToken);

    public Task<IActionResult> OnPostToevoegenAsync(MenuPlek plek, CancellationToken cancellationToken) =>
        VoerUitAsync($"nieuw-{plek}", wie => menu.ToevoegenAsync(wie, plek, Titel, Adres, cancellationToken), "De link staat in het menu.", cancellationToken);

    public Task<IActionResult> OnPostWijzigenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"item-{id}", wie => menu.WijzigenAsync(wie, id, Titel, Adres, cancellationToken), "De link is gewijzigd.", cancellationToken);

    public Task<IActionResult> OnPostOmhoogAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"item-{id}", wie => menu.VerplaatsAsync(wie, id, omhoog: true, cancellationToken), "De link staat een plek hoger.", cancellationToken);

    public Task<IActionResult> OnPostOmlaagAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"item-{id}", wie => menu.VerplaatsAsync(wie, id, omhoog: false, cancellationToken), "De link staat een plek lager.", cancellationToken);

    public Task<IActionResult> OnPostVerwijderenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"item-{id}", wie => menu.VerwijderAsync(wie, id, cancellationToken), "De link is uit het menu gehaald.", cancellationToken);

    private async Task<IActionResult> VoerUitAsync(string bij, Func<Beheerder, Task<BeheerUitkomst>> stap, string gelukt,
        CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        var uitkomst = await stap(wie);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                FoutBij = bij;
                ModelState.AddModelError(uitkomst.Veld ?? string.Empty, uitkomst.Melding!);
                Items = await menu.LijstAsync(cancellationToken);
                return Page();
        }

        Melding = gelukt;
        return Redirect("/beheer/menu");
    }
}

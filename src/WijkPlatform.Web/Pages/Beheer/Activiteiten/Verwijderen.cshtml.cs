using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Activiteiten;

public sealed class VerwijderenModel(ActiviteitBeheer beheer, BeheerderLezer beheerders) : PageModel
{
    public string Titel { get; private set; } = "";
    public string? Fout { get; private set; }

    [TempData]
    public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        if (await beheer.LeesAsync(wie, id, cancellationToken) is not { } gevonden)
        {
            return NotFound();
        }

        Titel = gevonden.Activiteit.Titel;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        if (await beheer.LeesAsync(wie, id, cancellationToken) is not { } gevonden)
        {
            return NotFound();
        }

        Titel = gevonden.Activiteit.Titel;
        var uitkomst = await beheer.VerwijderAsync(wie, id, cancellationToken);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                Fout = uitkomst.Melding;
                return Page();
        }

        Melding = $"'{Titel}' is verwijderd.";
        return Redirect("/beheer/activiteiten");
    }
}

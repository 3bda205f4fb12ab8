using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Activiteiten;

public sealed class IndexModel(ActiviteitBeheer beheer, BeheerderLezer beheerders) : PageModel
{
    public IReadOnlyList<BeheerActiviteit> Activiteiten { get; private set; } = [];

    [TempData]
    public string? Melding { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        Activiteiten = await beheer.LijstAsync(wie, cancellationToken);
    }

    public async Task<IActionResult> OnPostKopieerAsync(int id, CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        var uitkomst = await beheer.DupliceerAsync(wie, id, cancellationToken);
        if (!uitkomst.IsGelukt)
        {
            return NotFound();
        }

        Melding = "Dit is een kopie. Pas de datum en wat verder anders is aan, en sla op. Pas dan komt de activiteit in de agenda.";
        return Redirect($"/beheer/activiteiten/{uitkomst.Id}/bewerken");
    }
}

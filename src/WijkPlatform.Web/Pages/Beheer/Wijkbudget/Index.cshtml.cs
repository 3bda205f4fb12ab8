using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Pages.Beheer.Initiatieven;

namespace WijkPlatform.Web.Pages.Beheer.Wijkbudget;

/// <summary>The wijkbudget of the wijken someone may see, for one year: the figures and every line of the ledger.</summary>
public sealed class IndexModel(WijkDbContext db, WijkbudgetLedger ledger, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WijkbudgetOverzicht> Overzicht { get; private set; } = [];
    public IReadOnlyList<int> Jaren { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    public int GekozenJaar { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await MedewerkerLezer.LeesAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        var ditJaar = Core.Agenda.Tijd.Lokaal(clock.GetUtcNow().UtcDateTime).Year;
        GekozenJaar = Jaar is >= 2000 and <= 2100 ? Jaar.Value : ditJaar;
        Jaren = (await ledger.JarenAsync(ditJaar, cancellationToken)).Append(GekozenJaar).Distinct().Order().ToList();
        Overzicht = await ledger.OverzichtAsync(wie, GekozenJaar, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Moderatie;

/// <summary>The redactie's queue: activities of collectives that are not yet trusted, hidden ones, and residents'
/// reports. Only reachable with the role Redactie or Beheer (a folder policy); the Core service checks it again.</summary>
public sealed class IndexModel(Core.Collectieven.Moderatie moderatie, BeheerderLezer beheerders) : PageModel
{
    public IReadOnlyList<TeBeoordelen> Wachtrij { get; private set; } = [];
    public IReadOnlyList<OpenMelding> Meldingen { get; private set; } = [];

    [BindProperty]
    public string? Tekst { get; set; }

    /// <summary>Which item's form the last error belongs to, so the message appears beside the right field.</summary>
    public string? FoutBij { get; private set; }

    [TempData]
    public string? Melding { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LaadAsync(cancellationToken);

    public Task<IActionResult> OnPostGoedkeurenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"a{id}", wie => moderatie.GoedkeurenAsync(wie, id, cancellationToken), "De activiteit staat nu in de agenda.", cancellationToken);

    public Task<IActionResult> OnPostVerbergenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"a{id}", wie => moderatie.VerbergenAsync(wie, id, Tekst ?? "", cancellationToken),
            "De activiteit is verborgen. De organisator krijgt een mail met je uitleg.", cancellationToken);

    public Task<IActionResult> OnPostBerichtAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync($"a{id}", wie => moderatie.BerichtAsync(wie, id, Tekst ?? "", cancellationToken),
            "Je bericht gaat naar de organisator.", cancellationToken);

    public Task<IActionResult> OnPostMeldingAsync(long melding, bool verbergen, CancellationToken cancellationToken) =>
        VoerUitAsync($"m{melding}", wie => moderatie.MeldingAfhandelenAsync(wie, melding, verbergen, Tekst, cancellationToken),
            verbergen ? "De activiteit is verborgen en de melding is afgehandeld." : "De melding is afgehandeld.", cancellationToken);

    private async Task<IActionResult> VoerUitAsync(string bij, Func<Core.Beheer.Beheerder, Task<BeheerUitkomst>> stap, string gelukt,
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
                ModelState.AddModelError(nameof(Tekst), uitkomst.Melding!);
                await LaadAsync(cancellationToken);
                return Page();
        }

        Melding = gelukt;
        return Redirect("/beheer/moderatie");
    }

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Wachtrij = await moderatie.WachtrijAsync(cancellationToken);
        Meldingen = await moderatie.OpenMeldingenAsync(cancellationToken);
    }
}

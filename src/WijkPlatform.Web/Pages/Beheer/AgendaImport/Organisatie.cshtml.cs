using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Web.Pages.Beheer.AgendaImport;

/// <summary>Links a collective's own calendar: set or clear its iCalendar address, see how the last import went, and
/// import now. Every POST checks again that the account may touch this collective.</summary>
public sealed class OrganisatieModel(AgendaImportQueries queries, KoppelAgenda.Handler koppel, Core.Collectieven.AgendaImport import) : PageModel
{
    public AgendaKoppeling Koppeling { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.KoppelingAsync(GebruikerId(), slug, cancellationToken) is not { } koppeling)
        {
            return NotFound();
        }

        Koppeling = koppeling;
        Input.Url = koppeling.Url;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.KoppelingAsync(GebruikerId(), slug, cancellationToken) is not { } koppeling)
        {
            return NotFound();
        }

        Koppeling = koppeling;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await koppel.HandleAsync(new KoppelAgenda.Command(GebruikerId(), slug, Input.Url), cancellationToken);
        switch (resultaat.Status)
        {
            case KoppelAgenda.Status.NietGevonden:
                return NotFound();
            case KoppelAgenda.Status.OngeldigAdres:
                ModelState.AddModelError("Input.Url", resultaat.Fout!);
                return Page();
            case KoppelAgenda.Status.Losgekoppeld:
                Melding = "De agenda is losgekoppeld. Activiteiten die al waren overgenomen, blijven staan.";
                break;
            case KoppelAgenda.Status.Gekoppeld:
                Melding = "Het adres is opgeslagen. Kies 'Nu importeren' om de activiteiten meteen over te nemen, of wacht tot het volgende half uur.";
                break;
            default:
                Melding = "Er is niets veranderd.";
                break;
        }

        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostImporterenAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.KoppelingAsync(GebruikerId(), slug, cancellationToken) is not { } koppeling)
        {
            return NotFound();
        }

        var resultaat = await import.ImporteerAsync(koppeling.OrganisatieId, cancellationToken);
        Melding = resultaat.Status switch
        {
            Core.Collectieven.AgendaImport.Status.Gelukt => resultaat.Veranderd == 0
                ? "De agenda is gelezen. Er was niets nieuws of veranderd."
                : $"De agenda is overgenomen: {resultaat.Nieuw} nieuw, {resultaat.Gewijzigd} veranderd, {resultaat.Verdwenen} gaan niet meer door"
                    + (resultaat.Terug > 0 ? $", {resultaat.Terug} weer terug." : "."),
            Core.Collectieven.AgendaImport.Status.GeenAgenda => "Vul eerst het adres van je agenda in.",
            _ => null,
        };
        return RedirectToPage(new { slug });
    }

    private int GebruikerId() => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public sealed class InputModel
    {
        [StringLength(AgendaAdres.MaxLengte, ErrorMessage = "Dit adres is te lang. Gebruik hoogstens 500 tekens.")]
        [Display(Name = "Adres van je agenda")]
        public string? Url { get; set; }
    }
}

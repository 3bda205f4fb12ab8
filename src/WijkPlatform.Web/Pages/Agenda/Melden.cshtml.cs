using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Agenda;

/// <summary>"Meld ongepast": any resident can tell the redactie that an activity is wrong or inappropriate.</summary>
[EnableRateLimiting(Snelheidslimieten.Aanmelden)]
public sealed class MeldenModel(Core.Collectieven.Moderatie moderatie, WijkDbContext db) : PageModel
{
    public string Titel { get; private set; } = "";
    public bool Verstuurd { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Schrijf wat er niet klopt of waarom je de activiteit ongepast vindt.")]
    [StringLength(2000, ErrorMessage = "Maak je melding korter: hoogstens 2000 tekens.")]
    [Display(Name = "Wat is er aan de hand?")]
    public string? Reden { get; set; }

    [BindProperty]
    [EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.")]
    [StringLength(256, ErrorMessage = "Dit e-mailadres is te lang.")]
    [Display(Name = "Je e-mailadres (mag leeg blijven)")]
    public string? Email { get; set; }

    /// <summary>Left empty by people; filled in by bots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LaadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        // A null byte cannot be stored in PostgreSQL text, and control characters or direction overrides would make
        // the reason read differently in the moderation queue: refused here, with a message, instead of a server error.
        if (!Core.Aanmelden.AanmeldRegels.IsLeesbaar(Reden, regelsToegestaan: true))
        {
            ModelState.AddModelError(nameof(Reden), "Je melding bevat tekens die we niet kunnen lezen. Typ de tekst opnieuw.");
        }

        if (!Core.Aanmelden.AanmeldRegels.IsLeesbaar(Email))
        {
            ModelState.AddModelError(nameof(Email), "Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Website) && !(await moderatie.MeldAsync(slug, Reden!, Email, cancellationToken)).IsGelukt)
        {
            return NotFound();
        }

        Verstuurd = true;
        return Page();
    }

    private async Task<bool> LaadAsync(string slug, CancellationToken cancellationToken)
    {
        var titel = await db.Activiteiten.AsNoTracking().Where(Activiteit.Publiek).Where(a => a.Slug == slug)
            .Select(a => a.Titel).SingleOrDefaultAsync(cancellationToken);
        Titel = titel ?? "";
        return titel is not null;
    }
}

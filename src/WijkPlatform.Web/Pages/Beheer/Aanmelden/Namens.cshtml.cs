using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Beheer.Aanmelden;

/// <summary>Signs a resident up at the counter or by phone: a name and a phone number are enough. The resident's
/// personal link is shown once, to write down or print; the volunteer's account is stored with the sign-up.</summary>
public sealed class NamensModel(OrganisatorQueries queries, MeldAan.Handler meldAan, IOptions<SiteOptions> site) : PageModel
{
    public AanmeldKeuze Keuze { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Gelukt? Resultaat { get; private set; }

    public sealed record Gelukt(string Naam, DateTime StartUtc, DateTime EindUtc, int Personen, int? WachtlijstPlaats, string Link, string? Email,
        string? Contact);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.AanmeldKeuzeAsync(slug, cancellationToken) is not { } keuze)
        {
            return NotFound();
        }

        Keuze = keuze;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.AanmeldKeuzeAsync(slug, cancellationToken) is not { } keuze)
        {
            return NotFound();
        }

        Keuze = keuze;
        // The answer holds the resident's personal link: keep it out of every cache.
        Response.Headers.CacheControl = "no-store";
        var datum = keuze.Datums.FirstOrDefault(d => Tijd.Iso(d.StartUtc) == Input.Start);
        if (datum is null && !string.IsNullOrEmpty(Input.Start))
        {
            ModelState.AddModelError("Input.Start", "Deze datum kan niet meer. Kies een van de datums hieronder.");
        }

        var telefoon = Input.Telefoon?.Trim();
        var email = Input.Email?.Trim();
        if (string.IsNullOrEmpty(telefoon) && string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError("Input.Telefoon", "Vul een telefoonnummer in. Heeft de bewoner geen telefoon? Vul dan een e-mailadres in.");
        }
        else if (!string.IsNullOrEmpty(telefoon) && !AanmeldRegels.IsTelefoon(telefoon))
        {
            ModelState.AddModelError("Input.Telefoon", "Vul een telefoonnummer in zoals 06 12345678 of 0412 123456.");
        }

        if (Input.Personen < 1 || Input.Personen > keuze.MaxPersonen)
        {
            ModelState.AddModelError("Input.Personen", $"Kies 1 tot en met {keuze.MaxPersonen} personen.");
        }

        if (!AanmeldRegels.IsLeesbaar(Input.Naam))
        {
            ModelState.AddModelError("Input.Naam", "Deze naam bevat tekens die we niet kunnen gebruiken.");
        }

        if (!AanmeldRegels.IsLeesbaar(Input.Opmerking, regelsToegestaan: true))
        {
            ModelState.AddModelError("Input.Opmerking", "De opmerking bevat tekens die we niet kunnen gebruiken.");
        }

        if (!ModelState.IsValid || datum is null)
        {
            return Page();
        }

        var gebruikerId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var result = await meldAan.HandleAsync(new MeldAan.Command(slug, datum.StartUtc, Input.Naam.Trim(), email, telefoon, Input.Personen,
            Input.Opmerking, DoorGebruikerId: gebruikerId), cancellationToken);
        switch (result.Status)
        {
            case MeldAan.Status.Bevestigd or MeldAan.Status.Wachtlijst:
                Resultaat = new Gelukt(Input.Naam.Trim(), datum.StartUtc, datum.EindUtc, Input.Personen, result.WachtlijstPlaats,
                    site.Value.Link($"/aanmelding/{result.Sleutel}"), string.IsNullOrEmpty(email) ? null : email, result.Gelegenheid?.Contact);
                return Page();
            case MeldAan.Status.AlAangemeld:
                ModelState.AddModelError("Input.Telefoon",
                    "Met dit telefoonnummer of e-mailadres is al iemand aangemeld voor deze datum. Er is niets veranderd.");
                return Page();
            case MeldAan.Status.TeVeelPersonen:
                ModelState.AddModelError("Input.Personen", $"Kies 1 tot en met {keuze.MaxPersonen} personen.");
                return Page();
            case MeldAan.Status.NietGevonden or MeldAan.Status.Gesloten:
                ModelState.AddModelError("Input.Start", "Aanmelden voor deze datum kan niet meer. Kies een andere datum.");
                return Page();
            default:
                ModelState.AddModelError(string.Empty, "Aanmelden is nu niet gelukt. Probeer het over een uur opnieuw.");
                return Page();
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een datum.")]
        public string? Start { get; set; }

        [Required(ErrorMessage = "Vul de naam van de bewoner in.")]
        [StringLength(AanmeldRegels.MaxNaam, ErrorMessage = "Deze naam is te lang. Gebruik hoogstens 100 tekens.")]
        [Display(Name = "Naam")]
        public string Naam { get; set; } = "";

        [StringLength(40, ErrorMessage = "Dit telefoonnummer is te lang.")]
        [Display(Name = "Telefoonnummer")]
        public string? Telefoon { get; set; }

        [EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@voorbeeld.nl.")]
        [StringLength(AanmeldRegels.MaxEmail, ErrorMessage = "Dit e-mailadres is te lang.")]
        [Display(Name = "E-mailadres (mag leeg blijven)")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Kies met hoeveel personen de bewoner komt.")]
        [Display(Name = "Met hoeveel personen")]
        public int Personen { get; set; } = 1;

        [StringLength(AanmeldRegels.MaxOpmerking, ErrorMessage = "De opmerking is te lang. Gebruik hoogstens 500 tekens.")]
        [Display(Name = "Opmerking (mag leeg blijven)")]
        public string? Opmerking { get; set; }
    }
}

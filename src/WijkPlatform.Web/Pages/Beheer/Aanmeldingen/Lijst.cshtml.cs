using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Beheer.Aanmeldingen;

public sealed class LijstModel(OrganisatorQueries queries, MarkeerAanwezig.Handler markeerAanwezig, BerichtAanDeelnemers.Handler bericht,
    TimeProvider clock) : PageModel
{
    private static readonly string[] StartFormaten = ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public DeelnemersLijst Lijst { get; private set; } = null!;

    public BerichtInput Bericht { get; private set; } = new();

    /// <summary>After a message went: to how many people (Post/Redirect/Get, so a reload sends nothing).</summary>
    [FromQuery(Name = "verstuurd")]
    public int? Verstuurd { get; set; }

    [FromQuery(Name = "al-verstuurd")]
    public bool AlVerstuurd { get; set; }

    [FromQuery(Name = "opgeslagen")]
    public bool Opgeslagen { get; set; }

    public string? AanwezigFout { get; private set; }

    public bool AanwezigheidOpen => MarkeerAanwezig.KanAl(Lijst.Datum.StartUtc, clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(string slug, string? start, CancellationToken cancellationToken) =>
        await LaadAsync(slug, start, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string slug, string? start, CancellationToken cancellationToken)
    {
        if (LeesStart(start) is not DateTime startUtc
            || await queries.CsvAsync(GebruikerId(), slug, startUtc, cancellationToken) is not { } csv)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(csv.Inhoud, "text/csv; charset=utf-8", csv.Naam);
    }

    public async Task<IActionResult> OnPostAanwezigAsync(string slug, string? start, [FromForm(Name = "aanwezig")] Dictionary<long, bool>? aanwezig,
        CancellationToken cancellationToken)
    {
        if (LeesStart(start) is not DateTime startUtc)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            // Only a hand-made post can send something other than the two choices.
            return BadRequest();
        }

        var status = await markeerAanwezig.HandleAsync(new MarkeerAanwezig.Command(GebruikerId(), slug, startUtc, aanwezig ?? []),
            cancellationToken);
        switch (status)
        {
            case MarkeerAanwezig.Status.Opgeslagen:
                return RedirectToPage(null, null, new { slug, start, opgeslagen = true }, "aanwezigheid");
            case MarkeerAanwezig.Status.NogNietBegonnen:
                AanwezigFout = "Er is niets opgeslagen: wie er gekomen is, kun je pas invullen als de activiteit begonnen is.";
                return await LaadAsync(slug, start, cancellationToken) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostBerichtAsync(string slug, string? start, [Bind(Prefix = nameof(Bericht))] BerichtInput invoer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        if (!await LaadAsync(slug, start, cancellationToken))
        {
            return NotFound();
        }

        Bericht = invoer;
        if (!AanmeldRegels.IsLeesbaar(invoer.Onderwerp))
        {
            ModelState.AddModelError("Bericht.Onderwerp", "Het onderwerp bevat tekens die we niet kunnen gebruiken. Gebruik één regel gewone tekst.");
        }

        if (!AanmeldRegels.IsLeesbaar(invoer.Tekst, regelsToegestaan: true))
        {
            ModelState.AddModelError("Bericht.Tekst", "Het bericht bevat tekens die we niet kunnen gebruiken.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await bericht.HandleAsync(new BerichtAanDeelnemers.Command(GebruikerId(), slug, Lijst.Datum.StartUtc, invoer.Onderwerp!,
            invoer.Tekst!, invoer.Formulier), cancellationToken);
        switch (result.Status)
        {
            case BerichtAanDeelnemers.Status.Verstuurd:
                return RedirectToPage(null, null, new { slug, start, verstuurd = result.Aantal }, "bericht");
            case BerichtAanDeelnemers.Status.AlVerstuurd:
                return RedirectToPage(null, null, new RouteValueDictionary { ["slug"] = slug, ["start"] = start, ["al-verstuurd"] = true }, "bericht");
            case BerichtAanDeelnemers.Status.GeenOntvangers:
                ModelState.AddModelError(nameof(Bericht), "Niemand op deze lijst heeft een e-mailadres. Bel de mensen hieronder.");
                return Page();
            case BerichtAanDeelnemers.Status.TeVaak:
                ModelState.AddModelError(nameof(Bericht),
                    $"Je hebt vandaag al {BerichtAanDeelnemers.MaxPerDag} berichten over deze activiteit gestuurd. Dat is het meeste dat kan. Morgen kan het weer.");
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LaadAsync(string slug, string? start, CancellationToken cancellationToken)
    {
        if (LeesStart(start) is not DateTime startUtc
            || await queries.LijstAsync(GebruikerId(), slug, startUtc, cancellationToken) is not { } lijst)
        {
            return false;
        }

        // Names and phone numbers: not for a shared computer's cache or a proxy.
        Response.Headers.CacheControl = "no-store";
        Lijst = lijst;
        return true;
    }

    private int GebruikerId() => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    private static DateTime? LeesStart(string? start) =>
        DateTime.TryParseExact(start, StartFormaten, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc)
            ? utc
            : null;

    public sealed class BerichtInput
    {
        [Required(ErrorMessage = "Vul een onderwerp in.")]
        [StringLength(BerichtAanDeelnemers.MaxOnderwerp, ErrorMessage = "Het onderwerp is te lang. Gebruik hoogstens 120 tekens.")]
        [Display(Name = "Onderwerp")]
        public string? Onderwerp { get; set; }

        [Required(ErrorMessage = "Schrijf je bericht.")]
        [StringLength(BerichtAanDeelnemers.MaxBericht, ErrorMessage = "Het bericht is te lang. Gebruik hoogstens 2000 tekens.")]
        [Display(Name = "Bericht")]
        public string? Tekst { get; set; }

        /// <summary>New each time the empty form is shown; kept when the form comes back with a message.</summary>
        public Guid? Formulier { get; set; } = Guid.NewGuid();
    }
}

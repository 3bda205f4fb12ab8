using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Beheer.Aanmeldingen;

public sealed class LijstModel(OrganisatorQueries queries, MarkeerAanwezig.Handler markeerAanwezig, TimeProvider clock) : PageModel
{
    private static readonly string[] StartFormaten = ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public DeelnemersLijst Lijst { get; private set; } = null!;

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
}

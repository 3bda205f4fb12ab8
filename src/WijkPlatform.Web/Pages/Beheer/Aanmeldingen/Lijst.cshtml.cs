using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Beheer.Aanmeldingen;

public sealed class LijstModel(OrganisatorQueries queries) : PageModel
{
    private static readonly string[] StartFormaten = ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public DeelnemersLijst Lijst { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string? start, CancellationToken cancellationToken)
    {
        if (LeesStart(start) is not DateTime startUtc
            || await queries.LijstAsync(GebruikerId(), slug, startUtc, cancellationToken) is not { } lijst)
        {
            return NotFound();
        }

        // Names and phone numbers: not for a shared computer's cache or a proxy.
        Response.Headers.CacheControl = "no-store";
        Lijst = lijst;
        return Page();
    }

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

    private int GebruikerId() => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    private static DateTime? LeesStart(string? start) =>
        DateTime.TryParseExact(start, StartFormaten, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc)
            ? utc
            : null;
}

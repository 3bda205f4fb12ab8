using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Aanmelden;

/// <summary>The answer after the form. It shows the same for a new sign-up and for an address that was already
/// signed up, and never the personal link: that goes only to the mailbox of the person (ADR 8).</summary>
public sealed class OntvangenModel(AgendaQueries agenda, TimeProvider clock) : PageModel
{
    public ActiviteitDetail? Activiteit { get; private set; }

    public VoorkomenDatum? Datum { get; private set; }

    public bool Plaats { get; private set; }

    public int? Nummer { get; private set; }

    public bool MetMail { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? start, string? uitkomst, int? nummer, string? mail,
        CancellationToken cancellationToken)
    {
        Activiteit = await agenda.DetailAsync(slug, clock.GetUtcNow().UtcDateTime, aantalDatums: 0, cancellationToken);
        if (Activiteit is null)
        {
            return NotFound();
        }

        if (DateTime.TryParseExact(start, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var startUtc))
        {
            Datum = await agenda.DatumAsync(slug, DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), cancellationToken);
        }

        Plaats = uitkomst != "wachtlijst";
        Nummer = nummer is > 0 and < 100000 ? nummer : null;
        MetMail = mail != "nee";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }
}

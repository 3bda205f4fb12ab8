using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed class DagontmoetingModel(AgendaQueries agenda, TimeProvider clock) : PageModel
{
    private static readonly string[] SchemaDagen = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public IReadOnlyList<DagontmoetingPlek> Plekken { get; private set; } = [];
    public DateTime NuUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NuUtc = clock.GetUtcNow().UtcDateTime;
        Plekken = await agenda.DagontmoetingAsync(NuUtc, cancellationToken);
    }

    public static string Dag(DayOfWeek dag) => CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.GetDayName(dag);

    /// <summary>schema.org places with their opening hours and closures, for search engines and maps.</summary>
    public string JsonLd() => JsonSerializer.Serialize(Plekken.Select(p => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Place",
        ["name"] = p.Titel,
        ["description"] = p.Samenvatting,
        ["address"] = p.Adres,
        ["url"] = $"{Request.Scheme}://{Request.Host}/activiteiten/{p.Slug}",
        ["openingHoursSpecification"] = p.Openingstijden.Select(o => new Dictionary<string, object?>
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = $"https://schema.org/{SchemaDagen[(int)o.Dag]}",
            ["opens"] = o.Van.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["closes"] = o.Tot.ToString("HH:mm", CultureInfo.InvariantCulture),
        }).ToList(),
        ["specialOpeningHoursSpecification"] = p.KomendeSluitingen.Select(u => new Dictionary<string, object?>
        {
            ["@type"] = "OpeningHoursSpecification",
            ["validFrom"] = u.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["validThrough"] = (u.TotEnMet ?? u.Datum).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["opens"] = "00:00",
            ["closes"] = "00:00",
        }).ToList(),
    }).ToList());
}

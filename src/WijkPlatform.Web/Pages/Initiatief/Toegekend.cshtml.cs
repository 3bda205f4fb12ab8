using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>The public account of the wijkbudget: per active wijk and year the budget, what was granted and paid, and
/// the granted initiatives whose applicants agreed to be listed. Title, amount and a short description only.</summary>
public sealed class ToegekendModel(WijkDbContext db, TimeProvider clock) : PageModel
{
    public const int KorteOmschrijving = 300;

    public sealed record WijkKeuze(string Slug, string Naam);

    public sealed record WijkOverzicht(string Slug, string Naam, WijkbudgetStand Stand, IReadOnlyList<ToegekendInitiatief> Initiatieven);

    public int Jaar { get; private set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public IReadOnlyList<WijkKeuze> AlleWijken { get; private set; } = [];

    public string? GekozenWijk { get; private set; }

    public IReadOnlyList<WijkOverzicht> Wijken { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? wijk, int? jaar, CancellationToken cancellationToken)
    {
        var ditJaar = Tijd.Lokaal(clock.GetUtcNow().UtcDateTime).Year;
        var wijken = await db.Wijken.AsNoTracking().Where(w => w.Actief).OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => new { w.Id, w.Slug, w.Naam }).ToListAsync(cancellationToken);
        AlleWijken = wijken.Select(w => new WijkKeuze(w.Slug, w.Naam)).ToList();
        var budgetJaren = await db.Wijkbudgetten.AsNoTracking().Select(b => b.Jaar).Distinct().ToListAsync(cancellationToken);
        Jaren = budgetJaren.Append(ditJaar).Where(j => j <= ditJaar + 1).Distinct().Order().ToList();
        Jaar = jaar is int j && Jaren.Contains(j) ? j : ditJaar;
        if (jaar is not null && jaar != Jaar)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(wijk))
        {
            if (wijken.All(w => w.Slug != wijk))
            {
                return NotFound();
            }

            GekozenWijk = wijk;
        }

        var overzicht = new List<WijkOverzicht>();
        foreach (var w in wijken.Where(w => GekozenWijk is null || w.Slug == GekozenWijk))
        {
            var stand = await WijkbudgetQueries.StandAsync(db, w.Id, Jaar, cancellationToken);
            var lijst = await WijkbudgetQueries.ToegekendAsync(db, w.Id, Jaar, cancellationToken);
            overzicht.Add(new WijkOverzicht(w.Slug, w.Naam, stand, lijst));
        }

        Wijken = overzicht;
        return Page();
    }

    /// <summary>The first part of the description, cut at a word, so a long story does not fill the public page.</summary>
    public static string? Kort(string? wat)
    {
        if (string.IsNullOrWhiteSpace(wat))
        {
            return null;
        }

        var tekst = string.Join(' ', wat.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (tekst.Length <= KorteOmschrijving)
        {
            return tekst;
        }

        var knip = tekst.LastIndexOf(' ', KorteOmschrijving);
        return tekst[..(knip > KorteOmschrijving / 2 ? knip : KorteOmschrijving)].TrimEnd(',', '.', ';', ':') + " …";
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Sync;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Usync;

/// <summary>Exports pages, menu and reference data as uSync files: into the folder the site imports from at start, or as
/// a zip to download. Beheer only: the files can overwrite what every server imports.</summary>
[Authorize(Roles = Rollen.Beheer)]
public sealed class IndexModel(WijkDbContext db, TimeProvider clock, BeheerderLezer beheerders, IOptions<SiteOptions> site,
    IWebHostEnvironment environment, ILogger<IndexModel> logger) : PageModel
{
    public string? Map { get; private set; }

    /// <summary>Filled after an export, with the counts per kind.</summary>
    public SyncExportResultaat? Resultaat { get; private set; }

    public bool NaarMap { get; private set; }

    public void OnGet() => Map = SyncMap.Zoek(site.Value, environment);

    public async Task<IActionResult> OnPostMapAsync(CancellationToken cancellationToken)
    {
        Map = SyncMap.Zoek(site.Value, environment);
        if (Map is null)
        {
            ModelState.AddModelError(string.Empty, "De uSync-map is niet gevonden. Zet de instelling Site:SyncMap en probeer het opnieuw.");
            return Page();
        }

        var wie = await beheerders.LeesAsync(User, cancellationToken);
        try
        {
            Resultaat = await new SyncExporter(db, clock).NaarMapAsync(Map, cancellationToken);
        }
        catch (SyncFoutException e)
        {
            ModelState.AddModelError(string.Empty, $"Er is niets geschreven. {e.Message}");
            return Page();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "uSync-export naar {Map} mislukt", Map);
            ModelState.AddModelError(string.Empty,
                "De bestanden konden niet in de uSync-map worden gezet. Mag de website in die map schrijven? Een bestand dat al klaar was, is heel gebleven.");
            return Page();
        }

        NaarMap = true;
        db.Schrijf(wie, "usync-export", "usync", Resultaat.ToString(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostZipAsync(CancellationToken cancellationToken)
    {
        var wie = await beheerders.LeesAsync(User, cancellationToken);
        SyncZip zip;
        try
        {
            zip = await new SyncExporter(db, clock).AlsZipAsync(cancellationToken);
        }
        catch (SyncFoutException e)
        {
            Map = SyncMap.Zoek(site.Value, environment);
            ModelState.AddModelError(string.Empty, $"Er is geen zip gemaakt. {e.Message}");
            return Page();
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        db.Schrijf(wie, "usync-download", "usync", zip.Resultaat.ToString(), nu);
        await db.SaveChangesAsync(cancellationToken);
        var datum = Core.Agenda.Tijd.Lokaal(nu).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
        return File(zip.Inhoud, "application/zip", $"usync-{datum}.zip");
    }
}

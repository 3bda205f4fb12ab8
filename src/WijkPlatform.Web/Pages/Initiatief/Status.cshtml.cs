using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>The applicant's own page behind the secret link: status, deadline, timeline, the open question with the
/// answer form, documents, the decision, the verantwoording and withdrawing. An unknown link gets a friendly 404 that
/// says how to ask for a new one.</summary>
[RequestSizeLimit(MaxVerzoek)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxVerzoek)]
public sealed class StatusModel(Aanvrager aanvrager, IOptions<InitiatiefOptions> options) : PageModel
{
    /// <summary>Ten files of at most 10 MB (receipts and photos together) plus the text fields.</summary>
    public const long MaxVerzoek = (Aanvrager.MaxBonnenEnFotos * InitiatiefRegels.MaxBijlageBytes) + (1024 * 1024);

    public const string Accepteer = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png";

    public Aanvrager.Weergave? Aanvraag { get; private set; }

    public string? Bericht { get; private set; }

    /// <summary>The secret from the address; only used in links once the request was found with it.</summary>
    public string? Sleutel => RouteData.Values["sleutel"] as string;

    public int BewaarDagen => options.Value.BewaarDagenNaAfsluiten;

    public AntwoordInvoer Antwoord { get; set; } = new();

    public AanvullingInvoer Aanvulling { get; set; } = new();

    public VerantwoordingInvoer Verantwoording { get; set; } = new();

    public IntrekkenInvoer Intrekken { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string sleutel, string? klaar, CancellationToken cancellationToken)
    {
        Prive();
        Aanvraag = await aanvrager.LeesAsync(sleutel, cancellationToken);
        if (Aanvraag is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Bericht = klaar switch
        {
            "antwoord" => "Dank je wel. Je antwoord is verstuurd naar het wijkteam.",
            "aanvulling" => "Dank je wel. Je stukken zijn verstuurd naar het wijkteam.",
            "verantwoording" => "Dank je wel. Je verantwoording is verstuurd. Het wijkteam kijkt ernaar.",
            "ingetrokken" => "Je aanvraag is ingetrokken.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAntwoordAsync(string sleutel, CancellationToken cancellationToken)
    {
        Prive();
        await TryUpdateModelAsync(Antwoord, nameof(Antwoord));
        var uitkomst = await aanvrager.BeantwoordAsync(sleutel, Antwoord.Tekst, Bestanden(Antwoord.Bestanden), cancellationToken);
        return await NaAsync(sleutel, uitkomst, nameof(Antwoord), "antwoord", cancellationToken);
    }

    public async Task<IActionResult> OnPostAanvullingAsync(string sleutel, CancellationToken cancellationToken)
    {
        Prive();
        await TryUpdateModelAsync(Aanvulling, nameof(Aanvulling));
        var uitkomst = await aanvrager.VulAanAsync(sleutel, Bestanden(Aanvulling.Bestanden), cancellationToken);
        return await NaAsync(sleutel, uitkomst, nameof(Aanvulling), "aanvulling", cancellationToken);
    }

    public async Task<IActionResult> OnPostVerantwoordingAsync(string sleutel, CancellationToken cancellationToken)
    {
        Prive();
        await TryUpdateModelAsync(Verantwoording, nameof(Verantwoording));
        var v = Verantwoording;
        var uitkomst = await aanvrager.VerantwoordAsync(sleutel, new Aanvrager.VerantwoordingInvoer(v.Tekst, v.Kosten, v.Deelnemers),
            Bestanden(v.Bonnen), Bestanden(v.Fotos), cancellationToken);
        return await NaAsync(sleutel, uitkomst, nameof(Verantwoording), "verantwoording", cancellationToken);
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(string sleutel, CancellationToken cancellationToken)
    {
        Prive();
        await TryUpdateModelAsync(Intrekken, nameof(Intrekken));
        var uitkomst = await aanvrager.TrekInAsync(sleutel, Intrekken.Zeker, cancellationToken);
        return await NaAsync(sleutel, uitkomst, nameof(Intrekken), "ingetrokken", cancellationToken);
    }

    private async Task<IActionResult> NaAsync(string sleutel, Aanvrager.Uitkomst uitkomst, string formulier, string klaar,
        CancellationToken cancellationToken)
    {
        if (uitkomst.Status == Aanvrager.UitkomstStatus.Gelukt)
        {
            // The secret passed Sleutel.IsGeldig (the step found the request), so it is safe in the address as it is.
            return LocalRedirect($"/initiatief/status/{sleutel}?klaar={klaar}");
        }

        foreach (var fout in uitkomst.Fouten)
        {
            ModelState.AddModelError(fout.Veld is null ? string.Empty : $"{formulier}.{fout.Veld}", fout.Melding);
        }

        Aanvraag = uitkomst.Status == Aanvrager.UitkomstStatus.NietGevonden ? null : await aanvrager.LeesAsync(sleutel, cancellationToken);
        if (Aanvraag is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    private static List<Aanvrager.Bestand> Bestanden(List<IFormFile>? bestanden) =>
        (bestanden ?? []).Where(f => !string.IsNullOrEmpty(f.FileName))
            .Select(f => new Aanvrager.Bestand(f.OpenReadStream(), f.FileName)).ToList();

    // The secret is in the address: keep it out of caches, search engines and the Referer sent to other sites.
    private void Prive()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    public sealed class AntwoordInvoer
    {
        [Display(Name = "Je antwoord")]
        public string? Tekst { get; set; }

        [Display(Name = "Bestanden meesturen (mag ook leeg blijven)")]
        public List<IFormFile>? Bestanden { get; set; }
    }

    public sealed class AanvullingInvoer
    {
        [Display(Name = "Kies een of meer bestanden")]
        public List<IFormFile>? Bestanden { get; set; }
    }

    public sealed class VerantwoordingInvoer
    {
        [Display(Name = "Wat is er gebeurd?")]
        public string? Tekst { get; set; }

        [Display(Name = "Wat heeft het gekost, in euro's?")]
        public string? Kosten { get; set; }

        [Display(Name = "Hoeveel mensen deden mee?")]
        public string? Deelnemers { get; set; }

        [Display(Name = "Bonnen en facturen")]
        public List<IFormFile>? Bonnen { get; set; }

        [Display(Name = "Foto's (mag ook leeg blijven)")]
        public List<IFormFile>? Fotos { get; set; }
    }

    public sealed class IntrekkenInvoer
    {
        [Display(Name = "Ja, ik trek mijn aanvraag in")]
        public bool Zeker { get; set; }
    }
}

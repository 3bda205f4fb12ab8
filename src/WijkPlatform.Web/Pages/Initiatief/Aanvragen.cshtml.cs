using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Initiatief;

/// <summary>The request form, one step per page. Every button posts and the server answers, so it works without
/// JavaScript; the link with the secret in the address is the applicant's only key.</summary>
[EnableRateLimiting(Snelheidslimieten.Initiatief)]
[RequestSizeLimit(AlleBestandenBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AlleBestandenBytes)]
public sealed class AanvragenModel(Aanvragen aanvragen, IOptions<InitiatiefOptions> options) : PageModel
{
    private const long AlleBestandenBytes = InitiatiefRegels.MaxBijlagen * InitiatiefRegels.MaxBijlageBytes + 1024 * 1024;

    public Core.Initiatieven.Initiatief? Initiatief { get; private set; }

    public string? Sleutel { get; private set; }

    public int Stap { get; private set; } = AanvraagInvoer.StapContact;

    /// <summary>The link did not lead to a concept: shown as a friendly page with status 404.</summary>
    public bool Onbekend { get; private set; }

    public bool AlVerstuurd { get; private set; }

    public InitiatiefOptions Opties => options.Value;

    [BindProperty]
    public AanvraagInvoer Input { get; set; } = new();

    /// <summary>Per step, where to fix a mistake found when sending.</summary>
    public IReadOnlyList<(int Stap, InvoerFout Fout)> VerstuurFouten { get; private set; } = [];

    public int FurthestStap => Initiatief?.Stap ?? AanvraagInvoer.StapContact;

    public string Pad(int stap) => Sleutel is null ? "/initiatief/aanvragen" : $"/initiatief/aanvragen/{Sleutel}/{stap}";

    public string Actie(string handler) => $"{Pad(Stap)}?handler={handler}";

    public async Task<IActionResult> OnGetAsync(string? sleutel, int? stap, CancellationToken cancellationToken)
    {
        if (sleutel is null)
        {
            return Toon(AanvraagInvoer.StapContact);
        }

        if (await LaadAsync(sleutel, cancellationToken) is { } anders)
        {
            return anders;
        }

        Input = AanvraagInvoer.Van(Initiatief!);
        if (stap is null || stap < 1 || stap > Initiatief!.Stap)
        {
            return Redirect(Pad(Initiatief!.Stap));
        }

        if (stap == AanvraagInvoer.StapBegroting && Input.Regels.Count == 0)
        {
            Input.Regels.Add(new RegelInvoer());
        }

        return Toon(stap.Value);
    }

    public async Task<IActionResult> OnPostAsync(string? sleutel, int? stap, string? knop, CancellationToken cancellationToken)
    {
        var huidig = sleutel is null ? AanvraagInvoer.StapContact : Math.Clamp(stap ?? 0, 1, AanvraagInvoer.StapToestemming);
        var volgende = knop switch
        {
            "vorige" => Math.Max(1, huidig - 1),
            "later" => huidig,
            _ => huidig + 1,
        };

        Aanvragen.Uitkomst uitkomst;
        if (sleutel is null)
        {
            uitkomst = await aanvragen.BeginAsync(Input, volgende, cancellationToken);
        }
        else
        {
            if (await LaadAsync(sleutel, cancellationToken) is { } anders)
            {
                return anders;
            }

            uitkomst = await aanvragen.BewaarAsync(Initiatief!, Input, huidig, volgende, cancellationToken);
        }

        switch (uitkomst.Status)
        {
            case Aanvragen.Status.Fouten:
                ZetFouten(uitkomst.Fouten);
                if (huidig == AanvraagInvoer.StapBegroting && Input.Regels.Count == 0)
                {
                    Input.Regels.Add(new RegelInvoer());
                }

                return Toon(huidig);
            case Aanvragen.Status.AlVerstuurd:
                return ToonAlVerstuurd();
        }

        Sleutel = uitkomst.Sleutel ?? sleutel;
        return knop == "later" ? Redirect($"/initiatief/aanvragen/{Sleutel}/bewaard") : Redirect(Pad(volgende));
    }

    /// <summary>"Regel toevoegen" and "Bereken het totaal": nothing is saved; the page comes back with what was typed,
    /// the total worked out, and for a new line one empty line more.</summary>
    public async Task<IActionResult> OnPostRegelAsync(string? sleutel, string? knop, CancellationToken cancellationToken)
    {
        if (await LaadAsync(sleutel, cancellationToken) is { } anders)
        {
            return anders;
        }

        if (knop != "bereken" && Input.Regels.Count < InitiatiefRegels.MaxRegels)
        {
            Input.Regels.Add(new RegelInvoer());
        }
        else if (knop != "bereken")
        {
            ModelState.AddModelError("Input.Regels", $"Je kunt hoogstens {InitiatiefRegels.MaxRegels} regels invullen. Voeg kleine posten samen.");
        }

        if (Input.Regels.Count == 0)
        {
            Input.Regels.Add(new RegelInvoer());
        }

        return Toon(AanvraagInvoer.StapBegroting);
    }

    public async Task<IActionResult> OnPostBijlageAsync(string? sleutel, CancellationToken cancellationToken)
    {
        if (await LaadAsync(sleutel, cancellationToken) is { } anders)
        {
            return anders;
        }

        var bestanden = Request.HasFormContentType ? Request.Form.Files.Where(f => f.Name == "Bestanden").ToList() : [];
        if (bestanden.Count == 0 || bestanden.All(f => f.Length == 0 && string.IsNullOrEmpty(f.FileName)))
        {
            ModelState.AddModelError("Input.Bestanden", "Kies eerst een bestand op je computer of telefoon.");
            return Toon(AanvraagInvoer.StapBijlagen);
        }

        foreach (var bestand in bestanden)
        {
            await using var inhoud = bestand.OpenReadStream();
            var uitkomst = await aanvragen.VoegBijlageToeAsync(Initiatief!, inhoud, bestand.FileName, cancellationToken);
            if (uitkomst.Status == Aanvragen.Status.AlVerstuurd)
            {
                return ToonAlVerstuurd();
            }

            ZetFouten(uitkomst.Fouten);
        }

        return ModelState.IsValid ? Redirect(Pad(AanvraagInvoer.StapBijlagen)) : Toon(AanvraagInvoer.StapBijlagen);
    }

    public async Task<IActionResult> OnPostVerwijderAsync(string? sleutel, int bijlage, CancellationToken cancellationToken)
    {
        if (await LaadAsync(sleutel, cancellationToken) is { } anders)
        {
            return anders;
        }

        var uitkomst = await aanvragen.VerwijderBijlageAsync(Initiatief!, bijlage, cancellationToken);
        return uitkomst.Status == Aanvragen.Status.AlVerstuurd ? ToonAlVerstuurd() : Redirect(Pad(AanvraagInvoer.StapBijlagen));
    }

    public async Task<IActionResult> OnPostVerstuurAsync(string? sleutel, CancellationToken cancellationToken)
    {
        if (await LaadAsync(sleutel, cancellationToken) is { } anders)
        {
            return anders;
        }

        var uitkomst = await aanvragen.VerstuurAsync(Initiatief!, cancellationToken);
        switch (uitkomst.Status)
        {
            case Aanvragen.Status.AlVerstuurd:
                return ToonAlVerstuurd();
            case Aanvragen.Status.Fouten:
                VerstuurFouten = uitkomst.Fouten.Select(f => (uitkomst.Stap ?? 1, f)).ToList();
                foreach (var fout in uitkomst.Fouten)
                {
                    ModelState.AddModelError(string.Empty, fout.Melding);
                }

                Input = AanvraagInvoer.Van(Initiatief!);
                return Toon(AanvraagInvoer.StapOverzicht);
            default:
                return Redirect($"/initiatief/ontvangen/{uitkomst.Sleutel}");
        }
    }

    /// <summary>Null when the link leads to a concept (now in <see cref="Initiatief"/>); otherwise the answer to give.</summary>
    private async Task<IActionResult?> LaadAsync(string? sleutel, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        Initiatief = await aanvragen.LaadAsync(sleutel, cancellationToken);
        if (Initiatief is null)
        {
            Onbekend = true;
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        }

        if (Initiatief.Status != InitiatiefStatus.Concept)
        {
            // A second click on "Verstuur" from an older page: the request is already on its way.
            return Redirect($"/initiatief/status/{sleutel}");
        }

        Sleutel = sleutel;
        return null;
    }

    private PageResult Toon(int stap)
    {
        Stap = stap;
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }

    private PageResult ToonAlVerstuurd()
    {
        AlVerstuurd = true;
        return new PageResult { StatusCode = StatusCodes.Status409Conflict };
    }

    private void ZetFouten(IEnumerable<InvoerFout> fouten)
    {
        foreach (var fout in fouten)
        {
            ModelState.AddModelError("Input." + fout.Veld, fout.Melding);
        }
    }
}

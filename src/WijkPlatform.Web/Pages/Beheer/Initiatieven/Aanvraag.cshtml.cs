using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Pages.Beheer.Initiatieven;

/// <summary>One request as the wijkteam handles it. Every view is in the audit log (it shows personal data); every
/// action is a small form whose handler calls one <see cref="InitiatiefStappen"/> method, which checks the wijk and the
/// state machine again, so a crafted post can do no more than the buttons shown.</summary>
public sealed class AanvraagModel(WijkDbContext db, InitiatiefQueries queries, InitiatiefStappen stappen, TimeProvider clock,
    IOptions<InitiatiefOptions> options) : PageModel
{
    public InitiatiefDossier Dossier { get; private set; } = null!;
    public Core.Initiatieven.Initiatief Aanvraag => Dossier.Aanvraag;
    public IReadOnlySet<InitiatiefStatus> Volgende { get; private set; } = new HashSet<InitiatiefStatus>();
    public IReadOnlyList<MedewerkerKeuze> Beoordelaars { get; private set; } = [];
    public IReadOnlyList<WijkKeuze> AndereWijken { get; private set; } = [];
    public int GebruikerId { get; private set; }
    public DateTime NuUtc { get; private set; }
    public int VierOgenVanaf => options.Value.VierOgenVanaf;

    [TempData]
    public string? Melding { get; set; }

    [BindProperty]
    public int? BeoordelaarId { get; set; }

    [BindProperty]
    public string? Notitie { get; set; }

    [BindProperty]
    public string? Vraag { get; set; }

    [BindProperty]
    public Beslissing? Beslissing { get; set; }

    [BindProperty]
    public string? Bedrag { get; set; }

    [BindProperty]
    public string? Motivering { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    [BindProperty]
    public string? UitbetaalBedrag { get; set; }

    [BindProperty]
    public string? Toelichting { get; set; }

    [BindProperty]
    public string? TerugReden { get; set; }

    [BindProperty]
    public int? NaarWijkId { get; set; }

    [BindProperty]
    public string? DoorReden { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await MedewerkerLezer.LeesAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        return await LaadAsync(wie, id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostNeemInBehandelingAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.NeemInBehandelingAsync(wie, id, cancellationToken),
            "Je hebt de aanvraag in behandeling genomen.", "", cancellationToken);

    public Task<IActionResult> OnPostWijsToeAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.WijsToeAsync(wie, id, BeoordelaarId ?? 0, cancellationToken),
            "De beoordelaar is gekozen.", nameof(BeoordelaarId), cancellationToken);

    public Task<IActionResult> OnPostNotitieAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.NotitieAsync(wie, id, Notitie ?? "", cancellationToken),
            "Je interne notitie is bewaard. De aanvrager ziet haar niet.", nameof(Notitie), cancellationToken);

    public Task<IActionResult> OnPostVraagAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.StelVraagAsync(wie, id, Vraag ?? "", cancellationToken),
            "Je vraag is per mail naar de aanvrager gestuurd. De beslistermijn staat stil tot het antwoord er is.", nameof(Vraag), cancellationToken);

    public async Task<IActionResult> OnPostBesluitAsync(int id, CancellationToken cancellationToken)
    {
        long centen = 0;
        if (Beslissing is null)
        {
            ModelState.AddModelError(nameof(Beslissing), "Kies of je de aanvraag toekent of afwijst.");
        }
        else if (Beslissing == Core.Initiatieven.Beslissing.Toekennen && EuroInvoer.NaarCenten(Bedrag) is not { } c)
        {
            ModelState.AddModelError(nameof(Bedrag), EuroInvoer.Uitleg);
        }
        else if (Beslissing == Core.Initiatieven.Beslissing.Toekennen)
        {
            centen = EuroInvoer.NaarCenten(Bedrag)!.Value;
        }

        if (string.IsNullOrWhiteSpace(Motivering))
        {
            ModelState.AddModelError(nameof(Motivering), "Schrijf een motivering: de aanvrager leest waarom je zo besluit.");
        }

        if (!ModelState.IsValid)
        {
            return await OpnieuwAsync(id, cancellationToken);
        }

        var boven = centen > options.Value.VierOgenVanafInCenten;
        return await VoerUitAsync(id, wie => stappen.BeslisAsync(wie, id, Beslissing!.Value, centen, Motivering!, cancellationToken),
            Beslissing == Core.Initiatieven.Beslissing.Afwijzen ? "De aanvraag is afgewezen. De aanvrager krijgt een mail met je motivering."
            : boven ? $"Je voorstel staat klaar. Boven {InitiatiefMails.Euro(options.Value.VierOgenVanafInCenten)} moet een collega van het wijkteam het besluit goedkeuren."
            : "De aanvraag is toegekend. Het bedrag staat in het wijkbudget en de aanvrager krijgt een mail.",
            nameof(Motivering), cancellationToken, new Dictionary<string, string> { ["Bedrag"] = nameof(Bedrag), ["Motivering"] = nameof(Motivering) });
    }

    public Task<IActionResult> OnPostGoedkeurenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.KeurGoedAsync(wie, id, cancellationToken),
            "Je hebt het besluit goedgekeurd. De aanvrager krijgt een mail.", "Goedkeuren", cancellationToken);

    public Task<IActionResult> OnPostTerugsturenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.StuurTerugAsync(wie, id, Reden ?? "", cancellationToken),
            "Het voorstel is teruggestuurd. De aanvraag is weer in behandeling.", nameof(Reden), cancellationToken);

    public Task<IActionResult> OnPostUitbetalenAsync(int id, CancellationToken cancellationToken)
    {
        if (EuroInvoer.NaarCenten(UitbetaalBedrag) is not { } centen)
        {
            ModelState.AddModelError(nameof(UitbetaalBedrag), EuroInvoer.Uitleg);
            return OpnieuwAsync(id, cancellationToken);
        }

        return VoerUitAsync(id, wie => stappen.BetaalAsync(wie, id, centen, cancellationToken),
            $"De uitbetaling van {InitiatiefMails.Euro(centen)} is geboekt.", nameof(UitbetaalBedrag), cancellationToken,
            new Dictionary<string, string> { ["Bedrag"] = nameof(UitbetaalBedrag) });
    }

    public Task<IActionResult> OnPostAfsluitenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.SluitAfAsync(wie, id, Toelichting, cancellationToken),
            "De aanvraag is afgesloten.", nameof(Toelichting), cancellationToken);

    public Task<IActionResult> OnPostVerantwoordingTerugAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.VerantwoordingTerugAsync(wie, id, TerugReden ?? "", cancellationToken),
            "De verantwoording is terug naar de aanvrager, met je uitleg.", nameof(TerugReden), cancellationToken);

    public Task<IActionResult> OnPostDoorsturenAsync(int id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, wie => stappen.StuurDoorAsync(wie, id, NaarWijkId ?? 0, DoorReden ?? "", cancellationToken),
            "De aanvraag is doorgestuurd naar het wijkteam van de andere wijk.", nameof(DoorReden), cancellationToken,
            new Dictionary<string, string> { ["Wijk"] = nameof(NaarWijkId), ["Reden"] = nameof(DoorReden) });

    /// <summary>Runs a step; on a refusal shows the page again with the message beside the field it is about (mapped
    /// from the Core's field name) and everything typed kept; on success redirects, so a reload does not post again.</summary>
    private async Task<IActionResult> VoerUitAsync(int id, Func<Medewerker, Task<BeheerUitkomst>> stap, string gelukt, string standaardVeld,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? velden = null)
    {
        if (await MedewerkerLezer.LeesAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        var uitkomst = await stap(wie);
        switch (uitkomst.Status)
        {
            case BeheerStatus.NietGevonden:
                return NotFound();
            case BeheerStatus.Geweigerd:
                var veld = uitkomst.Veld is { } v && velden?.GetValueOrDefault(v) is { } naam ? naam : standaardVeld;
                ModelState.AddModelError(veld, uitkomst.Melding!);
                return await LaadAsync(wie, id, cancellationToken) ? Page() : NotFound();
        }

        Melding = gelukt;
        var wijk = await db.Initiatieven.Where(i => i.Id == id).Select(i => i.WijkId).SingleAsync(cancellationToken);
        return wie.MagZien(wijk) ? Redirect($"/beheer/initiatieven/{id}") : Redirect("/beheer/initiatieven");
    }

    private async Task<IActionResult> OpnieuwAsync(int id, CancellationToken cancellationToken)
    {
        if (await MedewerkerLezer.LeesAsync(db, User, cancellationToken) is not { } wie)
        {
            return Forbid();
        }

        return await LaadAsync(wie, id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LaadAsync(Medewerker wie, int id, CancellationToken cancellationToken)
    {
        if (await queries.BekijkAsync(wie, id, cancellationToken) is not { } dossier)
        {
            return false;
        }

        Dossier = dossier;
        GebruikerId = wie.GebruikerId;
        NuUtc = clock.GetUtcNow().UtcDateTime;
        Volgende = Statusmachine.Volgende(dossier.Aanvraag.Status, Actor.Wijkteam).ToHashSet();
        if (dossier.Aanvraag.Status != InitiatiefStatus.Afgesloten)
        {
            Beoordelaars = await queries.BeoordelaarsAsync(dossier.Aanvraag.WijkId, cancellationToken);
        }

        if (InitiatiefStappen.KanDoorsturen(dossier.Aanvraag.Status))
        {
            AndereWijken = (await queries.ActieveWijkenAsync(cancellationToken)).Where(w => w.Id != dossier.Aanvraag.WijkId).ToList();
        }

        if (dossier.Aanvraag.ToegekendBedragInCenten is > 0 && !ModelState.ContainsKey(nameof(UitbetaalBedrag)))
        {
            UitbetaalBedrag = EuroInvoer.Tekst(dossier.Aanvraag.ToegekendBedragInCenten.Value);
        }

        return true;
    }
}

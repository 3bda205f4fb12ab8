using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Pages.Beheer.Leden;

/// <summary>The members of one's own collectives (beheer: of all): invite someone by e-mail, or take a member out.
/// Every handler checks on the server that the account may manage that collective; if not, the collective is "not
/// found".</summary>
public sealed class IndexModel(LedenQueries leden, NodigUit.Handler nodigUit, VerwijderLid.Handler verwijderLid) : PageModel
{
    public IReadOnlyList<CollectiefLeden> Collectieven { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Melding { get; private set; }

    public int GebruikerId => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Collectieven = await leden.BeheerbaarAsync(GebruikerId, cancellationToken);

    public async Task<IActionResult> OnPostUitnodigenAsync(CancellationToken cancellationToken)
    {
        if (!await leden.MagBeherenAsync(GebruikerId, Input.OrganisatieId, cancellationToken))
        {
            return NotFound();
        }

        if (!AanmeldRegels.IsLeesbaar(Input.Naam))
        {
            ModelState.AddModelError("Input.Naam", "Deze naam bevat tekens die we niet kunnen gebruiken.");
        }

        if (ModelState.IsValid)
        {
            var resultaat = await nodigUit.HandleAsync(new NodigUit.Command(GebruikerId, Input.OrganisatieId, Input.Naam, Input.Email),
                cancellationToken);
            switch (resultaat.Status)
            {
                case NodigUit.Status.NietGevonden:
                    return NotFound();
                case NodigUit.Status.AlLid:
                    ModelState.AddModelError("Input.Email", $"{Input.Email.Trim()} is al lid van {resultaat.Collectief}. Er is niets veranderd.");
                    break;
                case NodigUit.Status.Geweigerd:
                    foreach (var fout in resultaat.Fouten ?? [])
                    {
                        ModelState.AddModelError("Input.Email", fout);
                    }

                    break;
                default:
                    Melding = resultaat.Status == NodigUit.Status.Uitgenodigd
                        ? $"{Input.Email.Trim()} krijgt een mail met een uitnodiging voor {resultaat.Collectief}. Met de link in die mail kiest het nieuwe lid een wachtwoord. De link werkt {AccountMails.Duur(LinkTokenAanbieder.Uitnodiging.Geldig)}."
                        : $"{Input.Email.Trim()} had al een account en is nu lid van {resultaat.Collectief}. We hebben een mail gestuurd om dat te laten weten.";
                    ModelState.Clear();
                    Input = new InputModel { OrganisatieId = Input.OrganisatieId };
                    break;
            }
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int organisatieId, int gebruikerId, CancellationToken cancellationToken)
    {
        var status = await verwijderLid.HandleAsync(new VerwijderLid.Command(GebruikerId, organisatieId, gebruikerId), cancellationToken);
        switch (status)
        {
            case VerwijderLid.Status.NietGevonden:
                return NotFound();
            case VerwijderLid.Status.LaatsteLid:
                ModelState.AddModelError(string.Empty, "Dit is het laatste lid van het collectief. Nodig eerst iemand anders uit; daarna kan dit lid eruit.");
                break;
            default:
                if (gebruikerId == GebruikerId && !await leden.MagBeherenAsync(GebruikerId, organisatieId, cancellationToken))
                {
                    return LocalRedirect("/beheer");
                }

                Melding = "Het lid is uit het collectief gehaald. Het account blijft bestaan.";
                break;
        }

        ModelState.Remove("Input.Naam");
        ModelState.Remove("Input.Email");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "Collectief")]
        public int OrganisatieId { get; set; }

        [Required(ErrorMessage = "Vul de naam in van wie je uitnodigt.")]
        [StringLength(AanmeldRegels.MaxNaam, ErrorMessage = "Deze naam is te lang. Gebruik hoogstens 100 tekens.")]
        [Display(Name = "Naam")]
        public string Naam { get; set; } = "";

        [Required(ErrorMessage = "Vul het e-mailadres in van wie je uitnodigt.")]
        [EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@voorbeeld.nl.")]
        [StringLength(256, ErrorMessage = "Dit e-mailadres is te lang.")]
        [Display(Name = "E-mailadres")]
        public string Email { get; set; } = "";
    }
}

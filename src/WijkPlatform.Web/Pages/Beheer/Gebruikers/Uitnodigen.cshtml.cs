using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Adapters.Accounts;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Gebruikers;

public sealed class UitnodigenModel(WijkDbContext db, NodigAccountUit.Handler nodigUit, BeheerderLezer beheerders) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AccountKeuze> Wijken { get; private set; } = [];

    public IReadOnlyList<AccountKeuze> Collectieven { get; private set; } = [];

    /// <summary>Set when the address already has an account: the page links to it.</summary>
    public int? BestaandId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A name is shown on many staff pages and in mails; markup in it is never meant, so it is not kept at all.
        // An empty field binds as null.
        var naam = Input.Naam ?? "";
        if (!AanmeldRegels.IsLeesbaar(naam) || naam.IndexOfAny(['<', '>']) >= 0)
        {
            ModelState.AddModelError("Input.Naam", "Deze naam bevat tekens die we niet kunnen gebruiken, zoals < of >.");
        }

        // Checked here as well as in the handler, so one attempt shows every problem, not the roles only after the name.
        var problemen = (await Input.Toegang().ControleerAsync(db, cancellationToken)).ToList();
        if (Input.Rollen.Count == 0)
        {
            problemen.Add(AccountToegang.Probleem.GeenRol);
        }

        ToegangInvoer.ToonProblemen(ModelState, "Input", problemen);
        if (ModelState.IsValid)
        {
            var door = await beheerders.LeesAsync(User, cancellationToken);
            var resultaat = await nodigUit.HandleAsync(new NodigAccountUit.Command(door, naam, Input.Email, Input.Toegang()), cancellationToken);
            switch (resultaat.Status)
            {
                case NodigAccountUit.Status.Uitgenodigd:
                    return RedirectToPage("Account", new { id = resultaat.GebruikerId, gedaan = "uitgenodigd" });
                case NodigAccountUit.Status.Bestaat:
                    BestaandId = resultaat.GebruikerId;
                    ModelState.AddModelError("Input.Email",
                        "Er is al een account met dit e-mailadres. Er is geen tweede account gemaakt. Pas het bestaande account aan.");
                    break;
                case NodigAccountUit.Status.Ongeldig:
                    ToegangInvoer.ToonProblemen(ModelState, "Input", resultaat.Problemen ?? []);
                    break;
                default:
                    foreach (var fout in resultaat.Fouten ?? [])
                    {
                        ModelState.AddModelError("Input.Email", fout);
                    }

                    break;
            }
        }

        await LaadAsync(cancellationToken);
        return Page();
    }

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Wijken = await AccountToegang.WijkenAsync(db, cancellationToken);
        Collectieven = await AccountToegang.CollectievenAsync(db, cancellationToken);
    }

    public sealed class InputModel : ToegangInvoer
    {
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

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Adapters.Accounts;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Gebruikers;

/// <summary>One account: its roles, wijken and collectives, and disabling or enabling it. Every form carries the
/// concurrency stamp the page was shown with, so a save after someone else's is refused instead of undoing theirs.</summary>
public sealed class AccountModel(
    WijkDbContext db,
    AccountQueries accounts,
    WijzigAccount.Handler wijzig,
    SchakelAccount.Handler schakel,
    NodigAccountUit.Handler nodigUit,
    BeheerderLezer beheerders) : PageModel
{
    public AccountDetail Account { get; private set; } = null!;

    [BindProperty]
    public ToegangInvoer Input { get; set; } = new();

    /// <summary>The account's concurrency stamp as the form was shown.</summary>
    [BindProperty]
    public string? Stempel { get; set; }

    [FromQuery(Name = "gedaan")]
    public string? Gedaan { get; set; }

    public string? Fout { get; private set; }

    public IReadOnlyList<AccountKeuze> Wijken { get; private set; } = [];

    public IReadOnlyList<AccountKeuze> Collectieven { get; private set; } = [];

    public bool IsZelf => Account.Id == int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public string? Melding => Gedaan switch
    {
        "uitgenodigd" => $"Het account is gemaakt. {Account.Email} krijgt een mail met een link om een wachtwoord te kiezen. De link werkt {AccountMails.Duur(LinkTokenAanbieder.Uitnodiging.Geldig)}.",
        "opnieuw" => $"{Account.Email} krijgt een nieuwe mail met een link om een wachtwoord te kiezen.",
        "opgeslagen" => "De wijzigingen zijn opgeslagen. Een nieuwe rol werkt binnen een minuut, ook als de persoon al is ingelogd.",
        "ongewijzigd" => "Er was niets veranderd. Er is niets opgeslagen.",
        "uitgeschakeld" => "Het account is uitgeschakeld. De persoon kan niet meer inloggen en wordt binnen een minuut uitgelogd.",
        "ingeschakeld" => "Het account is weer ingeschakeld. De persoon kan weer inloggen.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LaadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        VulFormulier();
        return Page();
    }

    public async Task<IActionResult> OnPostOpslaanAsync(int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var door = await beheerders.LeesAsync(User, cancellationToken);
            var resultaat = await wijzig.HandleAsync(new WijzigAccount.Command(door, id, Stempel, Input.Toegang()), cancellationToken);
            switch (resultaat.Status)
            {
                case WijzigAccount.Status.NietGevonden:
                    return NotFound();
                case WijzigAccount.Status.Gewijzigd:
                    return RedirectToPage(null, null, new { id, gedaan = "opgeslagen" }, null);
                case WijzigAccount.Status.Ongewijzigd:
                    return RedirectToPage(null, null, new { id, gedaan = "ongewijzigd" }, null);
                case WijzigAccount.Status.Ongeldig:
                    ToegangInvoer.ToonProblemen(ModelState, "Input", resultaat.Problemen ?? []);
                    break;
                case WijzigAccount.Status.Gelijktijdig:
                    return await GelijktijdigAsync(id, cancellationToken);
                case WijzigAccount.Status.EigenBeheerRol:
                    ModelState.AddModelError("Input.Rollen", "Je kunt je eigen rol Beheer niet weghalen. Vraag iemand anders van beheer om dat te doen.");
                    break;
                default:
                    ModelState.AddModelError("Input.Rollen", "Dit is het laatste account met de rol Beheer. Geef eerst iemand anders de rol Beheer.");
                    break;
            }
        }

        return await LaadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostUitschakelenAsync(int id, CancellationToken cancellationToken) => SchakelAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostInschakelenAsync(int id, CancellationToken cancellationToken) => SchakelAsync(id, false, cancellationToken);

    public async Task<IActionResult> OnPostOpnieuwAsync(int id, CancellationToken cancellationToken)
    {
        var door = await beheerders.LeesAsync(User, cancellationToken);
        switch (await nodigUit.OpnieuwAsync(door, id, cancellationToken))
        {
            case NodigAccountUit.OpnieuwStatus.NietGevonden:
                return NotFound();
            case NodigAccountUit.OpnieuwStatus.Verstuurd:
                return RedirectToPage(null, null, new { id, gedaan = "opnieuw" }, null);
            case NodigAccountUit.OpnieuwStatus.HeeftWachtwoord:
                Fout = "Deze persoon heeft al een wachtwoord gekozen. Een uitnodiging is niet meer nodig.";
                break;
            default:
                Fout = "Dit account is uitgeschakeld. Schakel het eerst weer in.";
                break;
        }

        return await HerlaadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> SchakelAsync(int id, bool uit, CancellationToken cancellationToken)
    {
        var door = await beheerders.LeesAsync(User, cancellationToken);
        switch (await schakel.HandleAsync(new SchakelAccount.Command(door, id, Stempel, uit), cancellationToken))
        {
            case SchakelAccount.Status.NietGevonden:
                return NotFound();
            case SchakelAccount.Status.Uitgeschakeld:
                return RedirectToPage(null, null, new { id, gedaan = "uitgeschakeld" }, null);
            case SchakelAccount.Status.Ingeschakeld:
                return RedirectToPage(null, null, new { id, gedaan = "ingeschakeld" }, null);
            case SchakelAccount.Status.Ongewijzigd:
                return RedirectToPage(null, null, new { id, gedaan = "ongewijzigd" }, null);
            case SchakelAccount.Status.Gelijktijdig:
                return await GelijktijdigAsync(id, cancellationToken);
            case SchakelAccount.Status.Zelf:
                Fout = "Je kunt je eigen account niet uitschakelen. Vraag iemand anders van beheer om dat te doen.";
                break;
            default:
                Fout = "Dit is het laatste account met de rol Beheer dat kan inloggen. Geef eerst iemand anders de rol Beheer.";
                break;
        }

        return await HerlaadAsync(id, cancellationToken);
    }

    /// <summary>Someone else saved first: show the account as it is now, with a fresh stamp, and say so.</summary>
    private async Task<IActionResult> GelijktijdigAsync(int id, CancellationToken cancellationToken)
    {
        Fout = "Iemand anders heeft dit account net gewijzigd. Je wijziging is niet opgeslagen. Hieronder zie je hoe het account nu is; doe je wijziging zo nodig opnieuw.";
        return await HerlaadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> HerlaadAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LaadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        VulFormulier();
        return Page();
    }

    private async Task<bool> LaadAsync(int id, CancellationToken cancellationToken)
    {
        if (await accounts.DetailAsync(id, cancellationToken) is not { } account)
        {
            return false;
        }

        Account = account;
        Wijken = await AccountToegang.WijkenAsync(db, cancellationToken);
        Collectieven = await AccountToegang.CollectievenAsync(db, cancellationToken);
        return true;
    }

    private void VulFormulier()
    {
        Input = new ToegangInvoer
        {
            Rollen = [.. Account.Toegang.Rollen],
            Wijken = [.. Account.Toegang.WijkIds],
            Collectieven = [.. Account.Toegang.OrganisatieIds],
        };
        Stempel = Account.ConcurrencyStamp;
    }
}

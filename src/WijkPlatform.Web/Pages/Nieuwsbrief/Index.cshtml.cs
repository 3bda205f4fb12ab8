using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Nieuwsbrief;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Nieuwsbrief;

/// <summary>The sign-up form of the nieuwsbrief. Every valid request ends on the same "kijk in je mail" page, whether
/// the address is new, waiting for confirmation or already subscribed.</summary>
[EnableRateLimiting(Snelheidslimieten.Nieuwsbrief)]
public sealed class IndexModel(WijkenQueries wijkenQueries, SchrijfIn.Handler schrijfIn, IOptions<NieuwsbriefOptions> options) : PageModel
{
    [BindProperty]
    public InvoerModel Input { get; set; } = new();

    public IReadOnlyList<WijkKaart> Wijken { get; private set; } = [];

    public NieuwsbriefOptions Instellingen => options.Value;

    public async Task OnGetAsync(string? wijk, CancellationToken cancellationToken)
    {
        Wijken = await wijkenQueries.ActieveWijkenAsync(cancellationToken);
        if (Wijken.Any(w => w.Slug == wijk))
        {
            Input.Wijken = [wijk!];
        }
        else if (Wijken.Count == 1)
        {
            Input.Wijken = [Wijken[0].Slug];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Wijken = await wijkenQueries.ActieveWijkenAsync(cancellationToken);
        Input.Wijken = (Input.Wijken ?? []).Where(w => w is not null).Distinct(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(Input.Email) && ModelState[$"{nameof(Input)}.{nameof(Input.Email)}"]?.Errors.Count is null or 0
            && !NieuwsbriefRegels.IsEmail(Input.Email))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", "Vul een e-mailadres in zoals naam@voorbeeld.nl.");
        }

        if (Input.Wijken.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Wijken)}", "Kies minstens één wijk.");
        }
        else if (Input.Wijken.Any(s => !Wijken.Any(w => w.Slug == s)))
        {
            Input.Wijken = Input.Wijken.Where(s => Wijken.Any(w => w.Slug == s)).ToList();
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Wijken)}", "Kies een wijk uit de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Software that fills in every field gets the same answer as a person, and no mail goes out.
        if (string.IsNullOrEmpty(Input.Website))
        {
            var status = await schrijfIn.HandleAsync(new(Input.Email!, Input.Wijken), cancellationToken);
            if (status == SchrijfIn.Status.Ongeldig)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Wijken)}", "Kies een wijk uit de lijst.");
                return Page();
            }
        }

        return RedirectToPage("/Nieuwsbrief/KijkInJeMail");
    }

    public sealed class InvoerModel
    {
        [Required(ErrorMessage = "Vul je e-mailadres in.")]
        [StringLength(AanmeldRegels.MaxEmail, ErrorMessage = "Dit e-mailadres is te lang.")]
        [Display(Name = "Je e-mailadres")]
        public string? Email { get; set; }

        public List<string> Wijken { get; set; } = [];

        /// <summary>A field people never see or fill in.</summary>
        public string? Website { get; set; }
    }
}

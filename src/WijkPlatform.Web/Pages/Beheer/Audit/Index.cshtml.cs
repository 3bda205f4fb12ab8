using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Audit;

/// <summary>The audit log, newest first, for beheer. Read only: there is no way to change or remove a row here. The
/// filters are query-string text, checked here, so every view has an address and a wrong value gets a message beside
/// its field. The CSV download takes the same filters and is itself written to the log.</summary>
public sealed class IndexModel(AuditQueries audit, WijkDbContext db, BeheerderLezer beheerders, TimeProvider clock) : PageModel
{
    public const string ActieExport = "audit-export";
    private const int MaxTekst = 200;

    [FromQuery(Name = "wie")]
    public string? Wie { get; set; }

    [FromQuery(Name = "actie")]
    public string? Actie { get; set; }

    [FromQuery(Name = "van")]
    public string? Van { get; set; }

    [FromQuery(Name = "tot")]
    public string? Tot { get; set; }

    [FromQuery(Name = "onderwerp")]
    public string? Onderwerp { get; set; }

    [FromQuery(Name = "account")]
    public string? Account { get; set; }

    [FromQuery(Name = "pagina")]
    public string? PaginaTekst { get; set; }

    public Dictionary<string, string> Fouten { get; } = [];

    public IReadOnlyList<string> Acties { get; private set; } = [];

    public AuditLijst? Lijst { get; private set; }

    public Paginering? Paginering { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Acties = await audit.ActiesAsync(cancellationToken);
        if (Filter() is not { } filter)
        {
            return;
        }

        var pagina = int.TryParse(PaginaTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        Lijst = await audit.LijstAsync(filter, pagina, cancellationToken);
        Paginering = new Paginering(Lijst.Pagina, Lijst.AantalPaginas, n => Link(n > 1 ? n : null));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Acties = await audit.ActiesAsync(cancellationToken);
        if (Filter() is not { } filter)
        {
            return Page();
        }

        var inhoud = await audit.CsvAsync(filter, cancellationToken);
        var nu = clock.GetUtcNow().UtcDateTime;
        db.Schrijf(await beheerders.LeesAsync(User, cancellationToken), ActieExport, "auditlog", Beschrijf(), nu);
        await db.SaveChangesAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(inhoud, "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"auditlog-{Core.Agenda.Tijd.Lokaal(nu):yyyy-MM-dd-HHmm}.csv"));
    }

    /// <summary>Razor Pages would render the page for a post it has no handler for; this page takes none at all.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    /// <summary>The page's address with the current filters; <paramref name="handler"/> "csv" for the download.</summary>
    public string Link(int? pagina = null, string? handler = null)
    {
        var delen = new List<string>();
        void Voeg(string naam, string? waarde)
        {
            if (!string.IsNullOrEmpty(waarde))
            {
                delen.Add($"{naam}={Uri.EscapeDataString(waarde)}");
            }
        }

        Voeg("handler", handler);
        Voeg("wie", Wie);
        Voeg("actie", Actie);
        Voeg("van", Van);
        Voeg("tot", Tot);
        Voeg("onderwerp", Onderwerp);
        Voeg("account", Account);
        Voeg("pagina", pagina?.ToString(CultureInfo.InvariantCulture));
        return delen.Count == 0 ? "/beheer/audit" : "/beheer/audit?" + string.Join('&', delen);
    }

    public bool HeeftFilter => !string.IsNullOrEmpty(Wie) || !string.IsNullOrEmpty(Actie) || !string.IsNullOrEmpty(Van)
        || !string.IsNullOrEmpty(Tot) || !string.IsNullOrEmpty(Onderwerp) || !string.IsNullOrEmpty(Account);

    private AuditFilter? Filter()
    {
        if (Wie is { Length: > MaxTekst })
        {
            Fouten["wie"] = $"Zoek met hoogstens {MaxTekst} tekens.";
        }

        if (Onderwerp is { Length: > MaxTekst })
        {
            Fouten["onderwerp"] = $"Zoek met hoogstens {MaxTekst} tekens.";
        }

        if (!string.IsNullOrEmpty(Actie) && !Acties.Contains(Actie))
        {
            Fouten["actie"] = "Kies een actie uit de lijst.";
        }

        var van = Datum(Van, "van");
        var tot = Datum(Tot, "tot");
        if (van is not null && tot is not null && tot < van)
        {
            Fouten["tot"] = "De datum ‘tot en met’ ligt vóór de datum ‘van’. Kies een latere datum.";
        }

        int? account = null;
        if (!string.IsNullOrEmpty(Account))
        {
            if (int.TryParse(Account, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                account = id;
            }
            else
            {
                Fouten["account"] = "Vul het nummer van een account in, bijvoorbeeld 12.";
            }
        }

        return Fouten.Count > 0 ? null : new AuditFilter(Wie, NullAlsLeeg(Actie), van, tot, Onderwerp, account);
    }

    private DateOnly? Datum(string? tekst, string veld)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        // The date field sends 2026-11-24; someone typing in a browser without one writes 24-11-2026.
        if (DateOnly.TryParseExact(tekst.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && datum.Year is >= 2000 and <= 2999)
        {
            return datum;
        }

        Fouten[veld] = "Vul een datum in zoals 24-11-2026.";
        return null;
    }

    private static string? NullAlsLeeg(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private string Beschrijf()
    {
        var delen = new List<string>();
        void Voeg(string naam, string? waarde)
        {
            if (!string.IsNullOrEmpty(waarde))
            {
                delen.Add($"{naam}: {waarde}");
            }
        }

        Voeg("wie", Wie);
        Voeg("actie", Actie);
        Voeg("van", Van);
        Voeg("tot", Tot);
        Voeg("onderwerp", Onderwerp);
        Voeg("account", Account);
        return delen.Count == 0 ? "alle regels" : string.Join("; ", delen);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Beheer.Gebruikers;

/// <summary>Every account, searchable by name or e-mail address and filtered by role and status. The filters are
/// plain query-string values, read as text, so a hand-made address gets a message instead of an error page.</summary>
public sealed class IndexModel(AccountQueries accounts) : PageModel
{
    public static IReadOnlyList<(string Waarde, AccountStatus Status)> Statussen { get; } =
        [("actief", AccountStatus.Actief), ("uitgenodigd", AccountStatus.Uitgenodigd), ("uitgeschakeld", AccountStatus.Uitgeschakeld)];

    [FromQuery(Name = "zoek")]
    public string? Zoek { get; set; }

    [FromQuery(Name = "rol")]
    public string? Rol { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "pagina")]
    public string? PaginaTekst { get; set; }

    public Dictionary<string, string> Fouten { get; } = [];

    public AccountLijst? Lijst { get; private set; }

    public Paginering? Paginering { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Zoek is { Length: > AccountQueries.MaxZoek })
        {
            Fouten["zoek"] = $"Zoek met hoogstens {AccountQueries.MaxZoek} tekens.";
        }

        if (!string.IsNullOrEmpty(Rol) && !Rollen.Alle.Contains(Rol))
        {
            Fouten["rol"] = "Kies een rol uit de lijst.";
        }

        AccountStatus? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            var gevonden = Statussen.Where(s => s.Waarde == Status).Select(s => (AccountStatus?)s.Status).FirstOrDefault();
            if (gevonden is null)
            {
                Fouten["status"] = "Kies een status uit de lijst.";
            }

            status = gevonden;
        }

        var pagina = int.TryParse(PaginaTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        if (Fouten.Count > 0)
        {
            return;
        }

        Lijst = await accounts.LijstAsync(Zoek, Rol, status, pagina, cancellationToken);
        Paginering = new Paginering(Lijst.Pagina, Lijst.AantalPaginas, Link);
    }

    public string Link(int pagina)
    {
        var delen = new List<string>();
        void Voeg(string naam, string? waarde)
        {
            if (!string.IsNullOrEmpty(waarde))
            {
                delen.Add($"{naam}={Uri.EscapeDataString(waarde)}");
            }
        }

        Voeg("zoek", Zoek);
        Voeg("rol", Rol);
        Voeg("status", Status);
        Voeg("pagina", pagina > 1 ? pagina.ToString(CultureInfo.InvariantCulture) : null);
        return delen.Count == 0 ? "/beheer/gebruikers" : "/beheer/gebruikers?" + string.Join('&', delen);
    }
}

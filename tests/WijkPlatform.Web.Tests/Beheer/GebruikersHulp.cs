using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Tests.Beheer;

/// <summary>What the account and audit tests share: posting a form with repeated fields (checkboxes), reading the
/// concurrency stamp from the account page, and the ids of roles, wijken and collectives.</summary>
internal static partial class GebruikersHulp
{
    public const string BeheerEmail = "beheer@example.nl";

    public static string UniekEmail(string soort) => $"{soort}-{Guid.NewGuid():N}@example.nl";

    /// <summary>Posts <paramref name="velden"/> (a key may repeat) with the antiforgery token of <paramref name="formulierPagina"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> velden,
        string formulierPagina)
    {
        var pagina = await client.GetStringAsync(formulierPagina, TestContext.Current.CancellationToken);
        var token = Token().Match(pagina);
        var inhoud = velden.Append(new("__RequestVerificationToken", token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : "geen")).ToList();
        using var form = new FormUrlEncodedContent(inhoud);
        return await client.PostAsync(url, form, TestContext.Current.CancellationToken);
    }

    public static async Task<string> StempelAsync(HttpClient client, int id)
    {
        var html = await client.GetStringAsync($"/beheer/gebruikers/{id}", TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(Stempel().Match(html).Groups[1].Value);
    }

    public static List<KeyValuePair<string, string>> Toegang(IEnumerable<string>? rollen = null, IEnumerable<int>? wijken = null,
        IEnumerable<int>? collectieven = null) =>
    [
        .. (rollen ?? []).Select(r => new KeyValuePair<string, string>("Input.Rollen", r)),
        .. (wijken ?? []).Select(w => new KeyValuePair<string, string>("Input.Wijken", w.ToString(CultureInfo.InvariantCulture))),
        .. (collectieven ?? []).Select(c => new KeyValuePair<string, string>("Input.Collectieven", c.ToString(CultureInfo.InvariantCulture))),
    ];

    public static async Task<HttpResponseMessage> OpslaanAsync(HttpClient client, int id, string stempel, IEnumerable<string>? rollen = null,
        IEnumerable<int>? wijken = null, IEnumerable<int>? collectieven = null)
    {
        var velden = Toegang(rollen, wijken, collectieven);
        velden.Add(new("Stempel", stempel));
        return await PostAsync(client, $"/beheer/gebruikers/{id}?handler=Opslaan", velden, $"/beheer/gebruikers/{id}");
    }

    public static async Task<HttpResponseMessage> SchakelAsync(HttpClient client, int id, bool uit, string? stempel = null) =>
        await PostAsync(client, $"/beheer/gebruikers/{id}?handler={(uit ? "Uitschakelen" : "Inschakelen")}",
            [new("Stempel", stempel ?? await StempelAsync(client, id))], $"/beheer/gebruikers/{id}");

    public static async Task<HttpResponseMessage> UitnodigenAsync(HttpClient client, string naam, string email, IEnumerable<string>? rollen = null,
        IEnumerable<int>? wijken = null, IEnumerable<int>? collectieven = null)
    {
        var velden = Toegang(rollen, wijken, collectieven);
        velden.Add(new("Input.Naam", naam));
        velden.Add(new("Input.Email", email));
        return await PostAsync(client, "/beheer/gebruikers/uitnodigen", velden, "/beheer/gebruikers/uitnodigen");
    }

    public static Task<int> WijkIdAsync(WijkApp app, string slug) =>
        app.MetDbAsync(db => db.Wijken.Where(w => w.Slug == slug).Select(w => w.Id).SingleAsync());

    public static Task<int> OrganisatieIdAsync(WijkApp app, string slug) =>
        app.MetDbAsync(db => db.Organisaties.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());

    public static Task<int?> AccountIdAsync(WijkApp app, string email) =>
        app.MetDbAsync(db => db.Gebruikers.Where(g => g.Email == email).Select(g => (int?)g.Id).SingleOrDefaultAsync());

    public static Task<List<AuditRegel>> AuditOverAsync(WijkApp app, int gebruikerId) => app.MetDbAsync(db =>
        db.AuditLog.AsNoTracking().Where(r => r.Onderwerp == WijzigAccount.Onderwerp(gebruikerId)).OrderBy(r => r.Id).ToListAsync());

    public static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Stempel\" value=\"([^\"]*)\"")]
    private static partial Regex Stempel();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Tests.Informatie;

/// <summary>What the redactie tests share: the page form as a browser posts it, and reading a page back.</summary>
internal static partial class RedactieHulp
{
    public const string Redactie = "redactie@example.nl";
    public const string BeheerEmail = "beheer@example.nl";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Uniek(string basis) => $"{basis}-{Guid.NewGuid():N}"[..(basis.Length + 9)];

    public static Dictionary<string, string> Formulier(string titel, string slug, string inhoud = "Een korte tekst. Voor iedereen.",
        int versie = 0, string? samenvatting = null, string? eenvoudig = null, int? wijkId = null) => new()
        {
            ["Input.Titel"] = titel,
            ["Input.Slug"] = slug,
            ["Input.Samenvatting"] = samenvatting ?? "",
            ["Input.EenvoudigeSamenvatting"] = eenvoudig ?? "",
            ["Input.Inhoud"] = inhoud,
            ["Input.WijkId"] = wijkId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["Input.Versie"] = versie.ToString(CultureInfo.InvariantCulture),
            ["Input.Datum"] = "",
            ["Input.Tijd"] = "",
        };

    /// <summary>Posts the form with one of its buttons (<paramref name="actie"/>), as a browser does.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> velden, string actie) =>
        WijkApp.PostFormAsync(client, url, new Dictionary<string, string>(velden) { ["actie"] = actie });

    /// <summary>Creates a page or news item with <paramref name="actie"/> and returns its id.</summary>
    public static async Task<int> MaakAsync(WijkApp app, HttpClient client, string soort, Dictionary<string, string> velden, string actie = "Publiceren")
    {
        var response = await PostAsync(client, $"/beheer/{soort}/nieuw", velden, actie);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Opslaan gaf {(int)response.StatusCode}: {Hoofd(await response.Content.ReadAsStringAsync(Ct))}");
        var slug = velden["Input.Slug"];
        return await app.MetDbAsync(db => db.Paginas.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync(Ct));
    }

    public static Task<Pagina> LeesAsync(WijkApp app, int id) =>
        app.MetDbAsync(db => db.Paginas.AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    public static Task<List<PaginaVersie>> VersiesAsync(WijkApp app, int id) =>
        app.MetDbAsync(db => db.PaginaVersies.AsNoTracking().Where(v => v.PaginaId == id).OrderBy(v => v.Nummer).ToListAsync(Ct));

    public static Task<int> WijkIdAsync(WijkApp app, string slug) =>
        app.MetDbAsync(db => db.Wijken.Where(w => w.Slug == slug).Select(w => w.Id).SingleAsync(Ct));

    public static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) =>
        (await client.GetAsync(url, Ct)).StatusCode;

    /// <summary>The local date and time fields of the schedule for a moment in UTC.</summary>
    public static (string Datum, string Tijd) Lokaal(DateTime utc)
    {
        var lokaal = Herhaling.NaarLokaal(utc);
        return (lokaal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lokaal.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    public static string Hoofd(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var einde = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && einde > start ? html[start..einde] : html;
    }

    /// <summary>The rendered article: what editors wrote, without the form around a preview.</summary>
    public static string Artikel(string html)
    {
        var match = ArtikelPatroon().Match(html);
        Assert.True(match.Success, "Geen <article> in:\n" + Hoofd(html));
        return match.Value;
    }

    [GeneratedRegex("<article class=\"wijk-artikel\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex ArtikelPatroon();
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Informatie;
using static WijkPlatform.Web.Tests.Informatie.RedactieHulp;

namespace WijkPlatform.Web.Tests.Informatie;

public sealed partial class MenuTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Layout_ToontHetMenuUitUSync()
    {
        var html = await app.HaalAsync("/activiteiten");

        var hoofdmenu = Links(Blok(html, "<nav class=\"wijk-nav\"", "</nav>"));
        var voettekst = Links(Blok(html, "id=\"footer-wijk\"", "</section>"));

        Assert.Equal(["/activiteiten", "/dagontmoeting", "/initiatief", "/clientondersteuning", "/wijkteam", "/zoeken"],
            hoofdmenu.Take(6).Select(l => l.Url));
        Assert.Contains("href=\"/activiteiten\" aria-current=\"page\">Activiteiten<", html, StringComparison.Ordinal);
        Assert.Contains(voettekst, l => l.Url == "/nieuws" && l.Titel == "Nieuws");
        Assert.Contains(voettekst, l => l.Url == "/nieuwsbrief" && l.Titel == "Nieuwsbrief van je wijk");
        Assert.Contains(voettekst, l => l.Url == "/over" && l.Titel == "Over Wij(k) de Ruwaard");
    }

    [Fact]
    public async Task Toevoegen_WijzigenVerplaatsenVerwijderen_StaatMeteenInDeLayout()
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var titel = "Link " + Guid.NewGuid().ToString("N")[..6];

        var toegevoegd = await Post(redactie, "Toevoegen&plek=Voettekst", titel, "/nieuws?wijk=ussen");
        var na1 = Links(Blok(await app.HaalAsync("/"), "id=\"footer-wijk\"", "</section>"));
        var id = await app.MetDbAsync(db => db.MenuItems.Where(m => m.Titel == titel).Select(m => m.Id).SingleAsync(Ct));
        await Post(redactie, $"Omhoog&id={id}");
        var na2 = Links(Blok(await app.HaalAsync("/"), "id=\"footer-wijk\"", "</section>"));
        await Post(redactie, $"Wijzigen&id={id}", titel + " nieuw", "/organisaties");
        var na3 = await app.HaalAsync("/");
        await Post(redactie, $"Verwijderen&id={id}");
        var na4 = await app.HaalAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        Assert.Equal((titel, "/nieuws?wijk=ussen"), (na1[^1].Titel, na1[^1].Url));
        Assert.Equal(titel, na2[^2].Titel);
        Assert.Contains($">{titel} nieuw<", na3, StringComparison.Ordinal);
        Assert.DoesNotContain(titel, na4, StringComparison.Ordinal);
        var audit = await app.MetDbAsync(db => db.AuditLog.Where(a => a.Actie.StartsWith("menu-") && a.Details!.Contains(titel)).Select(a => a.Actie).ToListAsync(Ct));
        Assert.Contains("menu-toegevoegd", audit);
        Assert.Contains("menu-gewijzigd", audit);
        Assert.Contains("menu-verwijderd", audit);
    }

    [Theory]
    [InlineData("https://elders.example.org")]
    [InlineData("//elders.example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("activiteiten")]
    [InlineData("/<script>")]
    public async Task Toevoegen_AdresBuitenDezeSite_GeeftMeldingBijHetVeld(string url)
    {
        using var redactie = await app.IngelogdAsync(Redactie);
        var titel = "Fout " + Guid.NewGuid().ToString("N")[..6];

        var response = await Post(redactie, "Toevoegen&plek=Hoofdmenu", titel, url);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Fout:", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-url-nieuw-Hoofdmenu\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{titel}\"", html, StringComparison.Ordinal);
        Assert.False(await app.MetDbAsync(db => db.MenuItems.AnyAsync(m => m.Titel == titel, Ct)));
    }

    [Fact]
    public async Task Toevoegen_ZonderTitel_GeeftMelding()
    {
        using var redactie = await app.IngelogdAsync(Redactie);

        var response = await Post(redactie, "Toevoegen&plek=Hoofdmenu", "", "/nieuws");

        Assert.Contains("id=\"fout-titel-nieuw-Hoofdmenu\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wijkteam_KanHetMenuNietWijzigen()
    {
        using var wijkteam = await app.IngelogdAsync("wijkteam.ruwaard@example.nl");
        var voor = await app.MetDbAsync(db => db.MenuItems.CountAsync(Ct));

        var response = await wijkteam.PostAsync("/beheer/menu?handler=Toevoegen&plek=Hoofdmenu",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Titel"] = "Stiekem", ["Adres"] = "/stiekem" }), Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(voor, await app.MetDbAsync(db => db.MenuItems.CountAsync(Ct)));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string handler, string? titel = null, string? adres = null)
    {
        var velden = new Dictionary<string, string>();
        if (titel is not null)
        {
            velden["Titel"] = titel;
        }

        if (adres is not null)
        {
            velden["Adres"] = adres;
        }

        return WijkApp.PostFormAsync(client, "/beheer/menu?handler=" + handler, velden, "/beheer/menu");
    }

    private static string Blok(string html, string begin, string einde)
    {
        var start = html.IndexOf(begin, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{begin}' niet gevonden.");
        return html[start..html.IndexOf(einde, start, StringComparison.Ordinal)];
    }

    private static List<(string Titel, string Url)> Links(string html) =>
        Link().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();

    [GeneratedRegex("<a class=\"[^\"]*\" href=\"([^\"]*)\"[^>]*>([^<]*)</a>")]
    private static partial Regex Link();
}

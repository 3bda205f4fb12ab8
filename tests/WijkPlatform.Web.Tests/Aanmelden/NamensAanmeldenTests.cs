using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed partial class NamensAanmeldenTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Pagina = "/beheer/aanmelden/" + OrganisatorApp.Buurtlunch;

    [Fact]
    public async Task Get_ZonderAccount_StuurtNaarInloggen()
    {
        using var client = app.MaakClient();

        foreach (var url in new[] { "/beheer/aanmelden", Pagina })
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/inloggen?ReturnUrl=", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Balie_ToontActiviteitenMetAanmelden()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "wijkteam.ussen@example.nl");

        var html = await client.GetStringAsync("/beheer/aanmelden", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"{Pagina}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/aanmelden/koken-met-kinderen\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wijkraad-ruwaard-vergadering", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ActiviteitZonderAanmelden_Geeft404()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await client.GetAsync("/beheer/aanmelden/wijkraad-ruwaard-vergadering", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_AlleenNaamEnTelefoon_ToontPlaatsEnLinkEnBewaartWieAanmeldde()
    {
        // A member of another collective: any account may sign a resident up at the counter.
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");
        var start = await EersteDatumAsync(client);

        var response = await WijkApp.PostFormAsync(client, Pagina, Formulier(start, "Truus van Dam", "06-11 22 33 44", personen: "2"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Truus van Dam is aangemeld", html, StringComparison.Ordinal);
        var sleutel = LinkPatroon().Match(html);
        Assert.True(sleutel.Success, "De persoonlijke link staat niet op de pagina.");
        var hash = Sleutel.Hash(sleutel.Groups[1].Value);
        var door = await app.MetDbAsync(db => db.Gebruikers.Where(g => g.Email == "lid.rucrea@example.nl").Select(g => g.Id).SingleAsync());
        var aanmelding = await app.MetDbAsync(db => db.Aanmeldingen.AsNoTracking().SingleAsync(a => a.SleutelHash == hash));
        Assert.Equal("Truus van Dam", aanmelding.Naam);
        Assert.Equal("0611223344", aanmelding.Telefoon);
        Assert.Null(aanmelding.Email);
        Assert.Equal(2, aanmelding.Personen);
        Assert.Equal(AanmeldingStatus.Bevestigd, aanmelding.Status);
        Assert.Equal(door, aanmelding.AangemeldDoorId);
        Assert.Equal(start, Tijd.Iso(aanmelding.StartUtc));
    }

    [Fact]
    public async Task Post_MetEmail_SturtOokEenBevestiging()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "wijkteam.ruwaard@example.nl");
        var start = await EersteDatumAsync(client);

        var response = await WijkApp.PostFormAsync(client, Pagina,
            Formulier(start, "Henk Mail", "", email: "Henk.Mail@Example.nl", opmerking: "Komt met rollator"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Henk Mail is aangemeld", html, StringComparison.Ordinal);
        Assert.Contains("Er gaat ook een mail met deze link naar", html, StringComparison.Ordinal);
        Assert.True(await app.MetDbAsync(db => db.Outbox.AnyAsync(m => m.Aan == "henk.mail@example.nl" && m.Soort == "aanmelding.bevestiging")));
    }

    [Fact]
    public async Task Post_ZonderTelefoonEnEmail_ToontFoutBijVeldEnHoudtWatIngevuldIs()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        var start = await EersteDatumAsync(client);

        var response = await WijkApp.PostFormAsync(client, Pagina, Formulier(start, "Kees Zonder", "", personen: "3", opmerking: "Eet geen vis"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een telefoonnummer in. Heeft de bewoner geen telefoon? Vul dan een e-mailadres in.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"uitleg-telefoon fout-telefoon\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kees Zonder\"", html, StringComparison.Ordinal);
        Assert.Contains("Eet geen vis</textarea>", html, StringComparison.Ordinal);
        Assert.Matches($"value=\"{Regex.Escape(start)}\"\\s+checked=\"checked\"", html);
        Assert.Matches("<option value=\"3\" selected=\"selected\">", html);
        Assert.False(await app.MetDbAsync(db => db.Aanmeldingen.AnyAsync(a => a.Naam == "Kees Zonder")));
    }

    [Theory]
    [InlineData("", "06 12345678", "1", "Vul de naam van de bewoner in.")]
    [InlineData("Anna", "12345", "1", "Vul een telefoonnummer in zoals 06 12345678")]
    [InlineData("Anna", "06 12345678", "9", "Kies 1 tot en met 4 personen.")]
    public async Task Post_FoutInVeld_ToontMeldingBijVeld(string naam, string telefoon, string personen, string melding)
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        var start = await EersteDatumAsync(client);

        var response = await WijkApp.PostFormAsync(client, Pagina, Formulier(start, naam, telefoon, personen));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(melding, html, StringComparison.Ordinal);
        Assert.Contains("utrecht-form-field--invalid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/aanmelding/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ZonderDatum_VraagtOmDatum()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await WijkApp.PostFormAsync(client, Pagina, Formulier(null, "Anna", "06 12345678"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Kies een datum.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"fout-start\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VolleDatum_ZetOpWachtlijstMetPlaats()
    {
        var koken = await OrganisatorApp.EersteDatumAsync(app, OrganisatorApp.Koken);
        foreach (var (naam, personen) in new[] { ("Vol Een", 4), ("Vol Twee", 4), ("Vol Drie", 2) })
        {
            await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Koken, koken, naam, null, $"06{Random.Shared.Next(10000000, 99999999)}", personen, null));
        }

        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");
        var formulier = await client.GetStringAsync("/beheer/aanmelden/koken-met-kinderen", TestContext.Current.CancellationToken);

        var response = await WijkApp.PostFormAsync(client, "/beheer/aanmelden/koken-met-kinderen",
            Formulier(Tijd.Iso(koken), "Wacht Even", "0687654321"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("vol, komt op de wachtlijst", formulier, StringComparison.Ordinal);
        Assert.Contains("Wacht Even staat op de wachtlijst, plaats 1", html, StringComparison.Ordinal);
        Assert.Matches(LinkPatroon(), html);
    }

    [Fact]
    public async Task Post_TweeKeerHetzelfdeNummer_MeldtDatAlIemandIsAangemeld()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        var start = await EersteDatumAsync(client);
        await WijkApp.PostFormAsync(client, Pagina, Formulier(start, "Dubbel Een", "06 99887766"));

        var response = await WijkApp.PostFormAsync(client, Pagina, Formulier(start, "Dubbel Twee", "0699887766"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Met dit telefoonnummer of e-mailadres is al iemand aangemeld voor deze datum.", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.MetDbAsync(db => db.Aanmeldingen.CountAsync(a => a.Telefoon == "0699887766")));
    }

    private async Task<string> EersteDatumAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(Pagina, TestContext.Current.CancellationToken);
        var datum = DatumPatroon().Match(html);
        Assert.True(datum.Success, "Geen datum om te kiezen.");
        return datum.Groups[1].Value;
    }

    private static Dictionary<string, string> Formulier(string? start, string naam, string telefoon, string personen = "1", string email = "",
        string opmerking = "")
    {
        var velden = new Dictionary<string, string>
        {
            ["Input.Naam"] = naam,
            ["Input.Telefoon"] = telefoon,
            ["Input.Email"] = email,
            ["Input.Personen"] = personen,
            ["Input.Opmerking"] = opmerking,
        };
        if (start is not null)
        {
            velden["Input.Start"] = start;
        }

        return velden;
    }

    [GeneratedRegex("name=\"Input.Start\" value=\"([^\"]+)\"")]
    private static partial Regex DatumPatroon();

    [GeneratedRegex("/aanmelding/([A-Za-z0-9_-]{43})</code>")]
    private static partial Regex LinkPatroon();
}

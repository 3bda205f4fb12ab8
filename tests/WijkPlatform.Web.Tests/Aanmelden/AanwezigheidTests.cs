using System.Text;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>The organiser marks on the list of one date who came. Tests move the fixture's clock and put it back, which
/// works because the tests of one class run one after the other; they sign in after moving it, as the sign-in cookie
/// expires by the same clock.</summary>
public sealed class AanwezigheidTests(OrganisatorApp app) : IClassFixture<OrganisatorApp>
{
    private string LunchLijst => $"/beheer/aanmeldingen/{OrganisatorApp.Buurtlunch}?start={Tijd.Iso(app.LunchStart)}";
    private string KokenLijst => $"/beheer/aanmeldingen/{OrganisatorApp.Koken}?start={Tijd.Iso(app.KokenStart)}";

    /// <summary>Before the start the list has no attendance form; the token of the counter form serves the same account.</summary>
    private static string Balie => $"/beheer/aanmelden/{OrganisatorApp.Buurtlunch}";

    [Fact]
    public async Task Post_NaStart_SlaatOpEnToontInLijstCsvEnAuditlog()
    {
        var (fatima, hyperlink, piet) = await DeelnemersAsync();
        app.Klok.Nu = new DateTimeOffset(app.LunchStart).AddMinutes(30);
        try
        {
            using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
            var response = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=aanwezig",
                new Dictionary<string, string> { [$"aanwezig[{fatima}]"] = "true", [$"aanwezig[{hyperlink}]"] = "false" }, LunchLijst);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("opgeslagen=True", response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
            Assert.EndsWith("#aanwezigheid", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            var aanwezig = await AanwezigAsync();
            Assert.True(aanwezig[fatima]);
            Assert.False(aanwezig[hyperlink]);
            Assert.Null(aanwezig[piet]);

            var html = await client.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken);
            Assert.Contains("De aanwezigheid is opgeslagen: 2 van 4 gekomen.", html, StringComparison.Ordinal);
            Assert.Contains("2 van 4 gekomen (1 nog niet ingevuld)", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"aanwezig[{fatima}]\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
            Assert.Contains("<legend class=\"utrecht-form-fieldset__legend\">Fatima el Amrani (2 personen)</legend>", html, StringComparison.Ordinal);
            Assert.Contains("<td class=\"utrecht-table__cell \">Niet gekomen</td>", html, StringComparison.Ordinal);

            var csv = await client.GetByteArrayAsync(LunchLijst + "&handler=csv", TestContext.Current.CancellationToken);
            var regels = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith(";\"Aangemeld door vrijwilliger\";\"Aanwezig\"", regels[0], StringComparison.Ordinal);
            Assert.Contains(regels, r => r.StartsWith("\"Fatima el Amrani\";", StringComparison.Ordinal) && r.EndsWith(";\"Gekomen\"", StringComparison.Ordinal));
            Assert.Contains(regels, r => r.StartsWith("\"'=HYPERLINK", StringComparison.Ordinal) && r.EndsWith(";\"Niet gekomen\"", StringComparison.Ordinal));
            Assert.Contains(regels, r => r.StartsWith("\"Piet ", StringComparison.Ordinal) && r.EndsWith(";\"ja\";\"\"", StringComparison.Ordinal));

            var log = await app.MetDbAsync(db => db.AuditLog.AsNoTracking().Where(r => r.Actie == MarkeerAanwezig.Actie).ToListAsync());
            var regel = Assert.Single(log);
            Assert.Equal("Anja (Wijkraad Ruwaard)", regel.Wie);
            Assert.NotNull(regel.GebruikerId);
            Assert.StartsWith("activiteit:", regel.Onderwerp, StringComparison.Ordinal);
            Assert.Contains("1 gekomen, 1 niet gekomen, 1 niet ingevuld (2 van 4 personen gekomen)", regel.Details, StringComparison.Ordinal);
            Assert.DoesNotContain("Fatima", regel.Details, StringComparison.Ordinal);
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    [Fact]
    public async Task Post_VoorStart_WeigertEnVerandertNiets()
    {
        var (fatima, hyperlink, _) = await DeelnemersAsync();
        var voor = await AanwezigAsync();
        app.Klok.Nu = new DateTimeOffset(app.LunchStart).AddMinutes(-1);
        try
        {
            using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
            var pagina = await client.GetStringAsync(LunchLijst, TestContext.Current.CancellationToken);
            var response = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=aanwezig",
                new Dictionary<string, string> { [$"aanwezig[{fatima}]"] = "false", [$"aanwezig[{hyperlink}]"] = "true" }, Balie);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Contains("vul je hier in vanaf het begin van de activiteit", pagina, StringComparison.Ordinal);
            Assert.DoesNotContain("Aanwezigheid opslaan", pagina, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("pas invullen als de activiteit begonnen is", html, StringComparison.Ordinal);
            Assert.Equal(voor, await AanwezigAsync());
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    [Fact]
    public async Task Post_LidVanAnderCollectief_Geeft404EnVerandertNiets()
    {
        var (fatima, hyperlink, piet) = await DeelnemersAsync();
        var voor = await AanwezigAsync();
        var logVoor = await app.MetDbAsync(db => db.AuditLog.CountAsync());
        app.Klok.Nu = new DateTimeOffset(app.LunchStart).AddMinutes(30);
        try
        {
            using var client = await OrganisatorApp.IngelogdAsync(app, "lid.rucrea@example.nl");
            // The token comes from Rucrea's own list: the lunch list is not for this account.
            var response = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=aanwezig",
                new Dictionary<string, string>
                {
                    [$"aanwezig[{fatima}]"] = "false",
                    [$"aanwezig[{hyperlink}]"] = "false",
                    [$"aanwezig[{piet}]"] = "false",
                },
                KokenLijst);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Fatima", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(voor, await AanwezigAsync());
            Assert.Equal(logVoor, await app.MetDbAsync(db => db.AuditLog.CountAsync()));
        }
        finally
        {
            app.Klok.Nu = WijkApp.StandaardNu;
        }
    }

    [Fact]
    public async Task Post_WaardeAndersDanDeKeuzes_Geeft400()
    {
        var (fatima, _, _) = await DeelnemersAsync();
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await WijkApp.PostFormAsync(client, LunchLijst + "&handler=aanwezig",
            new Dictionary<string, string> { [$"aanwezig[{fatima}]"] = "misschien" }, Balie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<(long Fatima, long Hyperlink, long Piet)> DeelnemersAsync()
    {
        var lijst = await AanmeldHulp.AanmeldingenAsync(app, OrganisatorApp.Buurtlunch, app.LunchStart);
        return (lijst.Single(a => a.Naam == "Fatima el Amrani").Id, lijst.Single(a => a.Naam == OrganisatorApp.Hyperlink).Id,
            lijst.Single(a => a.Naam == OrganisatorApp.Aanhalingstekens).Id);
    }

    private async Task<Dictionary<long, bool?>> AanwezigAsync() =>
        (await AanmeldHulp.AanmeldingenAsync(app, OrganisatorApp.Buurtlunch, app.LunchStart)).ToDictionary(a => a.Id, a => a.Aanwezig);
}

using System.Text;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Aanmelden;

public sealed class OrganisatorTests(OrganisatorApp app) : IClassFixture<OrganisatorApp>
{
    private string LunchLijst => $"/beheer/aanmeldingen/{OrganisatorApp.Buurtlunch}?start={Tijd.Iso(app.LunchStart)}";
    private string LunchCsv => LunchLijst + "&handler=csv";
    private string KokenLijst => $"/beheer/aanmeldingen/{OrganisatorApp.Koken}?start={Tijd.Iso(app.KokenStart)}";

    [Fact]
    public async Task Get_Overzicht_LidVanOrganisator_ZietEigenActiviteitMetAantallen()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var html = await client.GetStringAsync("/beheer/aanmeldingen", TestContext.Current.CancellationToken);

        Assert.Contains("Buurtlunch in De Haard", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{LunchLijst}\"", html, StringComparison.Ordinal);
        Assert.Contains("4 van 20", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"utrecht-table__header-cell\" scope=\"col\">Wachtlijst (personen)</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Koken met kinderen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Overzicht_Beheer_ZietActiviteitenVanAlleCollectieven()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "beheer@example.nl");

        var html = await client.GetStringAsync("/beheer/aanmeldingen", TestContext.Current.CancellationToken);

        Assert.Contains("Buurtlunch in De Haard", html, StringComparison.Ordinal);
        Assert.Contains("Koken met kinderen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Lijst_LidVanOrganisator_ZietNamenContactEnWieAanmeldde()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await client.GetAsync(LunchLijst, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Fatima el Amrani", html, StringComparison.Ordinal);
        Assert.Contains("fatima@example.nl", html, StringComparison.Ordinal);
        Assert.Contains("0612345678", html, StringComparison.Ordinal);
        Assert.Contains("Geen vlees, graag", html, StringComparison.Ordinal);
        Assert.Contains("4 personen van de 20 plaatsen", html, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"utrecht-table__caption\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"utrecht-table__cell\">Ja</td>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{LunchCsv.Replace("&", "&amp;", StringComparison.Ordinal)}\"", html, StringComparison.Ordinal);
        // Who cancelled is listed apart, without contact details, and not among those who come.
        Assert.Contains("Gerrit Afmelder, 1 persoon, afgemeld op", html, StringComparison.Ordinal);
        Assert.DoesNotContain("gerrit@example.nl", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LijstEnCsv_Beheer_ZietOokAndermansActiviteit()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "beheer@example.nl");

        var lijst = await client.GetAsync(KokenLijst, TestContext.Current.CancellationToken);
        var csv = await client.GetAsync(LunchCsv, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, lijst.StatusCode);
        Assert.Contains("Kind van Rucrea", await lijst.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Theory]
    [InlineData("lid.rucrea@example.nl")]
    [InlineData("wijkteam.ruwaard@example.nl")]
    [InlineData("redactie@example.nl")]
    public async Task Get_LijstEnCsv_AnderAccount_Geeft404(string email)
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, email);

        var lijst = await client.GetAsync(LunchLijst, TestContext.Current.CancellationToken);
        var csv = await client.GetAsync(LunchCsv, TestContext.Current.CancellationToken);
        var overzicht = await client.GetStringAsync("/beheer/aanmeldingen", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, lijst.StatusCode);
        Assert.DoesNotContain("Fatima", await lijst.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.DoesNotContain("Buurtlunch", overzicht, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aanwezig")]
    [InlineData("bericht")]
    public async Task Get_LijstMetHandlerVanFormulier_ToontGewoonDeLijst(string handler)
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await client.GetAsync($"{LunchLijst}&handler={handler}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fatima el Amrani", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ZonderAccount_StuurtNaarInloggen()
    {
        using var client = app.MaakClient();

        foreach (var url in new[] { "/beheer/aanmeldingen", LunchLijst, LunchCsv })
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/inloggen?ReturnUrl=", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?start=morgen")]
    [InlineData("?start=2026-12-10T11:01Z")]
    public async Task Get_Lijst_OnbekendeDatum_Geeft404(string query)
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await client.GetAsync($"/beheer/aanmeldingen/{OrganisatorApp.Buurtlunch}{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Csv_IsBijlageVoorExcelMetBeveiligdeFormules()
    {
        using var client = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");

        var response = await client.GetAsync(LunchCsv, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var tekst = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var regels = tekst.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"aanmeldingen-{OrganisatorApp.Buurtlunch}-{Tijd.Lokaal(app.LunchStart):yyyy-MM-dd-HHmm}.csv",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("\"Naam\";\"Personen\";\"Status\";\"Plaats op wachtlijst\";\"Telefoon\";\"E-mailadres\";\"Opmerking\";\"Aangemeld op\";\"Aangemeld door vrijwilliger\";\"Aanwezig\"",
            regels[0]);
        Assert.Equal(4, regels.Length);
        Assert.Contains(regels, r => r.StartsWith("\"Fatima el Amrani\";\"2\";\"Plaats\";\"\";\"\";\"fatima@example.nl\";\"Geen vlees, graag\";", StringComparison.Ordinal)
            && r.EndsWith(";\"nee\";\"\"", StringComparison.Ordinal));
        Assert.Contains(regels, r => r.StartsWith("\"'=HYPERLINK(\"\"http://kwaad.example\"\";\"\"klik\"\")\";\"1\";\"Plaats\";\"\";\"0612345678\";\"\";\"'+31 bel mij even\";",
            StringComparison.Ordinal));
        Assert.Contains(regels, r => r.StartsWith("\"Piet \"\"de Buurman\"\"; Jansen\";\"1\";\"Plaats\";\"\";\"'+31623456789\";\"\";\"'@SUM(A1)\";", StringComparison.Ordinal)
            && r.EndsWith(";\"ja\";\"\"", StringComparison.Ordinal));
        Assert.DoesNotContain("Gerrit", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WaardeDieAlsFormuleKanWorden_KrijgtApostrofVooraan()
    {
        var start = new DateTime(2026, 12, 10, 11, 0, 0, DateTimeKind.Utc);
        Deelnemer Met(string naam, string? opmerking) =>
            new(naam, null, null, 1, AanmeldingStatus.Bevestigd, null, opmerking, start.AddDays(-1), null, false);
        var lijst = new DeelnemersLijst("test", "Test", null, null, new OrganisatorDatum(start, start.AddHours(1), null, 4, 0),
            [Met("=1+1", "-2"), Met("+1", "@A1"), Met("\tTab", "\rRegel"), Met("Gewoon - naam", "a=b\nop twee regels")], []);

        var tekst = Encoding.UTF8.GetString(OrganisatorQueries.Csv(lijst)[3..]);

        Assert.Contains("\"'=1+1\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'-2\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'+1\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'@A1\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'\tTab\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'\rRegel\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"Gewoon - naam\";", tekst, StringComparison.Ordinal);
        Assert.Contains("\"a=b\nop twee regels\";", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Beheer_LidZietLinksNaarAanmeldingenEnBalie()
    {
        using var lid = await OrganisatorApp.IngelogdAsync(app, "lid.wijkraad@example.nl");
        using var wijkteam = await OrganisatorApp.IngelogdAsync(app, "wijkteam.ussen@example.nl");

        var voorLid = await lid.GetStringAsync("/beheer", TestContext.Current.CancellationToken);
        var voorWijkteam = await wijkteam.GetStringAsync("/beheer", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/beheer/aanmeldingen\"", voorLid, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/aanmelden\"", voorLid, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/beheer/aanmeldingen\"", voorWijkteam, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/aanmelden\"", voorWijkteam, StringComparison.Ordinal);
    }
}

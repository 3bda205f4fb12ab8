using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Tests.Informatie;

public sealed class ClientondersteuningTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_ZonderPostcode_UitlegEnAlleClientondersteunersZonderAntwoord()
    {
        var html = await app.HaalAsync("/clientondersteuning");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Onafhankelijke cliëntondersteuning</h1>", html, StringComparison.Ordinal);
        foreach (var woord in new[] { "gratis", "niet</strong> voor de gemeente", "Wmo", "Jeugdwet", "Participatiewet", "Wlz", "Schulden" })
        {
            Assert.Contains(woord, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"antwoord\"", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/clientondersteuning#wie-helpt-mij\"", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"utrecht-form-label\" for=\"postcode\">Je postcode</label>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Gids_ToontIedereenMetTalenToegankelijkheidEnBereikbaarheid()
    {
        var gids = Deel(await app.HaalAsync("/clientondersteuning"), "id=\"kop-allemaal\"", "</main>");

        foreach (var naam in new[]
        {
            "Cliëntondersteuning Oss: telefoon en e-mail", "Cliëntondersteuner in de Ruwaard", "Cliëntondersteuner in Ussen",
            "Cliëntondersteuning voor ouders en jongeren", "Cliëntondersteuning bij langdurige zorg (Wlz)",
        })
        {
            Assert.Contains($">{naam}</h3>", gids, StringComparison.Ordinal);
        }

        // Other tests of this class may add entries of their own: every entry listed must show both.
        var vermeldingen = Aantal(gids, "<h3 class=\"utrecht-heading-3\">");
        Assert.True(vermeldingen >= 5, gids);
        Assert.Equal(vermeldingen, Aantal(gids, "<dt>Talen</dt>"));
        Assert.Equal(vermeldingen, Aantal(gids, "<dt>Toegankelijk</dt>"));
        Assert.Contains("Nederlands, Turks, Marokkaans-Arabisch", gids, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0412000011\"", gids, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:clientondersteuner.ussen@example.nl\"", gids, StringComparison.Ordinal);
        Assert.Contains("<li>Ruwaard: Dinsdag van 10.00 tot 12.00 uur in De Haard, Brederostraat 46</li>", gids, StringComparison.Ordinal);
        Assert.Contains("<li>Ussen: op afspraak</li>", gids, StringComparison.Ordinal);
        Assert.Contains("Iedereen in de gemeente Oss", gids, StringComparison.Ordinal);

        var perWijk = Deel(await app.HaalAsync("/clientondersteuning"), "id=\"kop-per-wijk\"", "id=\"kop-allemaal\"");
        Assert.Contains("Cliëntondersteuner in Ussen: Donderdag van 13.30 tot 15.30 uur in De Hille", perWijk, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5344 VA")]
    [InlineData("5344va")]
    [InlineData("  5344   va ")]
    [InlineData("5343AB")]
    public async Task Opzoeken_PostcodeInRuwaard_ToontWijkteamEnClientondersteunersVanRuwaard(string postcode)
    {
        var html = await app.HaalAsync($"/clientondersteuning?postcode={Uri.EscapeDataString(postcode)}");

        var antwoord = Antwoord(html);
        Assert.Contains("<h3 id=\"kop-antwoord\" class=\"utrecht-heading-3\">Hulp in Ruwaard</h3>", antwoord, StringComparison.Ordinal);
        Assert.Contains("role=\"status\">Postcode " + postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant().Insert(4, " "),
            antwoord, StringComparison.Ordinal);
        Assert.Contains(">Wijkteam Ruwaard</h4>", antwoord, StringComparison.Ordinal);
        Assert.Contains("Brederostraat 46, 5344 VA Oss", antwoord, StringComparison.Ordinal);
        Assert.Contains("Maandag, woensdag en vrijdag van 9.30 tot 11.30 uur in De Haard", antwoord, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0412000001\"", antwoord, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:wijkteam.ruwaard@example.nl\"", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuner in de Ruwaard</h4>", antwoord, StringComparison.Ordinal);
        Assert.Contains("<dd>Dinsdag van 10.00 tot 12.00 uur in De Haard, Brederostraat 46</dd>", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuning Oss: telefoon en e-mail</h4>", antwoord, StringComparison.Ordinal);
        Assert.DoesNotContain(">Cliëntondersteuner in Ussen</h4>", antwoord, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkteam Ussen", antwoord, StringComparison.Ordinal);
        Assert.Contains($"value=\"{postcode.Trim()}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
        Assert.Contains("<title>Hulp bij postcode", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opzoeken_PostcodeInUssen_ToontWijkteamUssenEnAfspraakVoorWieGeenInloopHeeft()
    {
        var antwoord = Antwoord(await app.HaalAsync("/clientondersteuning?postcode=5345+ab"));

        Assert.Contains(">Hulp in Ussen</h3>", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Wijkteam Ussen</h4>", antwoord, StringComparison.Ordinal);
        Assert.Contains("Dinsdag en donderdag van 9.00 tot 11.00 uur in De Hille", antwoord, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0412000002\"", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuner in Ussen</h4>", antwoord, StringComparison.Ordinal);
        var jeugd = Deel(antwoord, ">Cliëntondersteuning voor ouders en jongeren</h4>", "</li>");
        Assert.Contains("Geen inloop in deze wijk. Bel of mail voor een afspraak.", jeugd, StringComparison.Ordinal);
        Assert.DoesNotContain(">Cliëntondersteuner in de Ruwaard</h4>", antwoord, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkteam Ruwaard", antwoord, StringComparison.Ordinal);
        Assert.DoesNotContain("De Haard", antwoord, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opzoeken_PostcodeBuitenDeWijken_ZegtDatInGewoneTaalEnToontHulpVoorHeelOss()
    {
        var html = await app.HaalAsync("/clientondersteuning?postcode=5341ab");

        var antwoord = Antwoord(html);
        Assert.Contains(">Geen wijkteam bij postcode 5341 AB</h3>", antwoord, StringComparison.Ordinal);
        Assert.Contains("hoort niet bij een wijk met een wijkteam op deze website (Ruwaard en Ussen)", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuning Oss: telefoon en e-mail</h4>", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuning bij langdurige zorg (Wlz)</h4>", antwoord, StringComparison.Ordinal);
        Assert.DoesNotContain(">Cliëntondersteuner in de Ruwaard</h4>", antwoord, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
        Assert.Contains("value=\"5341ab\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "Dit is geen postcode.")]
    [InlineData("12345", "Dit is geen postcode.")]
    [InlineData("0344 VA", "Dit is geen postcode.")]
    [InlineData("5344 V", "Dit is geen postcode.")]
    [InlineData("", "Vul je postcode in, bijvoorbeeld 5344 VA.")]
    [InlineData("   ", "Vul je postcode in, bijvoorbeeld 5344 VA.")]
    public async Task Opzoeken_OngeldigeInvoer_MeldingBijHetVeldWaardeBlijftEnHulpVoorHeelOss(string postcode, string melding)
    {
        var html = await app.HaalAsync($"/clientondersteuning?postcode={Uri.EscapeDataString(postcode)}");

        var veld = Deel(html, "<form method=\"get\" action=\"/clientondersteuning#wie-helpt-mij\"", "</form>");
        Assert.Contains("utrecht-form-field--invalid", veld, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"utrecht-form-field-error-message\" id=\"postcode-fout\">{melding}", veld, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"postcode-uitleg postcode-fout\"", veld, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", veld, StringComparison.Ordinal);
        Assert.Contains($"value=\"{postcode.Trim()}\"", veld, StringComparison.Ordinal);
        Assert.Contains("<title>Fout: ", html, StringComparison.Ordinal);
        var antwoord = Antwoord(html);
        Assert.Contains(">We konden je postcode niet gebruiken</h3>", antwoord, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuning Oss: telefoon en e-mail</h4>", antwoord, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("5344 VA' OR '1'='1")]
    [InlineData("5344\u0000VA")]
    [InlineData("\u202E5344 VA")]
    [InlineData("５３４４ＶＡ")]
    [InlineData("5344 VA\r\nSet-Cookie: x=1")]
    public async Task Opzoeken_VijandigeInvoer_GeenFoutpaginaEnNietsOnveiligTerug(string postcode)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync($"/clientondersteuning?postcode={Uri.EscapeDataString(postcode)}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.SelectMany(h => h.Value), v => v.Contains("x=1", StringComparison.Ordinal));
        Assert.Contains("id=\"antwoord\"", html, StringComparison.Ordinal);
        Assert.Contains(">Cliëntondersteuning Oss: telefoon en e-mail</h4>", Antwoord(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opzoeken_HeelLangeInvoer_WordtIngekortTeruggegeven()
    {
        var lang = new string('9', 3000);

        var html = await app.HaalAsync($"/clientondersteuning?postcode={lang}");

        Assert.Contains($"value=\"{lang[..20]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(lang[..21], html, StringComparison.Ordinal);
        Assert.Contains("Dit is geen postcode.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opzoeken_NieuweClientondersteunerVoorUssen_AlleenInHetAntwoordVoorUssen()
    {
        var naam = $"Test-ondersteuner {Guid.NewGuid():N}";
        await app.MetDbAsync(async db =>
        {
            var ussen = db.Wijken.Single(w => w.Slug == "ussen").Id;
            db.Clientondersteuners.Add(new Clientondersteuner
            {
                Key = Guid.NewGuid(),
                Slug = $"test-{Guid.NewGuid():N}",
                Naam = naam,
                Telefoon = "0412 00 00 99",
                Talen = "Nederlands, Somalisch",
                Toegankelijkheid = "Komt ook thuis.",
                Volgorde = 99,
                Werkgebieden = [new Werkgebied { WijkId = ussen, Inloop = "Vrijdag van 9.00 tot 10.00 uur in De Hille" }],
            });
            return await db.SaveChangesAsync(Ct);
        });

        var ussen = Antwoord(await app.HaalAsync("/clientondersteuning?postcode=5346AA"));
        var ruwaard = Antwoord(await app.HaalAsync("/clientondersteuning?postcode=5344AA"));
        var buiten = Antwoord(await app.HaalAsync("/clientondersteuning?postcode=1012AB"));

        Assert.Contains(naam, ussen, StringComparison.Ordinal);
        Assert.Contains("<dd>Vrijdag van 9.00 tot 10.00 uur in De Hille</dd>", ussen, StringComparison.Ordinal);
        Assert.DoesNotContain(naam, ruwaard, StringComparison.Ordinal);
        Assert.DoesNotContain(naam, buiten, StringComparison.Ordinal);
        Assert.Contains("Nederlands, Somalisch", await app.HaalAsync("/clientondersteuning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_WieHelptMij_GeeftUitkomstEnWijkZonderFout()
    {
        await using var scope = app.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ClientondersteuningQueries>();

        var ruwaard = await queries.WieHelptMijAsync("5344 va", Ct);
        var buiten = await queries.WieHelptMijAsync("9999ZZ", Ct);
        var ongeldig = await queries.WieHelptMijAsync("5344", Ct);
        var leeg = await queries.WieHelptMijAsync(null, Ct);

        Assert.Equal(WieHelptMijUitkomst.Gevonden, ruwaard.Uitkomst);
        Assert.Equal("ruwaard", ruwaard.Wijk!.WijkSlug);
        Assert.Equal("5344 VA", ruwaard.Postcode);
        Assert.Equal("Wijkteam Ruwaard", Assert.Single(ruwaard.Wijk.Contactpunten).Naam);
        Assert.All(ruwaard.Wijk.Clientondersteuners, c => Assert.True(c.Bedient("ruwaard")));
        Assert.True(ruwaard.Wijk.Clientondersteuners.TakeWhile(c => !c.HeleGemeente).Any(), "De ondersteuners van de wijk zelf komen eerst.");
        Assert.Equal((WieHelptMijUitkomst.GeenWijk, "9999 ZZ"), (buiten.Uitkomst, buiten.Postcode));
        Assert.Null(buiten.Wijk);
        Assert.Equal(WieHelptMijUitkomst.Ongeldig, ongeldig.Uitkomst);
        Assert.Equal(WieHelptMijUitkomst.Leeg, leeg.Uitkomst);
        Assert.All(new[] { ruwaard, buiten, ongeldig, leeg }, a => Assert.Contains(a.HeleGemeente, c => c.Slug == "clientondersteuning-oss"));
    }

    private static string Antwoord(string html) => Deel(html, "id=\"antwoord\"", "id=\"kop-per-wijk\"");

    internal static string Deel(string html, string van, string tot)
    {
        var begin = html.IndexOf(van, StringComparison.Ordinal);
        Assert.True(begin >= 0, $"'{van}' staat niet in de pagina.");
        var eind = html.IndexOf(tot, begin + van.Length, StringComparison.Ordinal);
        Assert.True(eind >= 0, $"'{tot}' staat niet na '{van}'.");
        return html[begin..eind];
    }

    private static int Aantal(string tekst, string stuk) => (tekst.Length - tekst.Replace(stuk, "", StringComparison.Ordinal).Length) / stuk.Length;
}

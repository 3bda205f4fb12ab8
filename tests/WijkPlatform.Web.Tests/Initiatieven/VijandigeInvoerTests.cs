using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.AanvraagHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>What someone who means harm (or a broken client) sends to the initiatief pages: null bytes, direction
/// overrides, text beyond the limits, markup, odd amounts, crafted addresses and broken uploads. The site answers with a
/// Dutch message or a 4xx, never a server error, and stores nothing it could not show safely. The same tests run on
/// SQLite and PostgreSQL; PostgreSQL refuses a null byte in text, so there a null byte that slips through is a 500.</summary>
public sealed partial class VijandigeInvoerTests(VijandigeInvoerTests.App app) : IClassFixture<VijandigeInvoerTests.App>
{
    /// <summary>A site of its own: the tests post a lot and look at every stored request.</summary>
    public sealed class App : AanvraagApp;

    private const string Nul = "Jan\0Klaassen";
    private const string Omkering = "\u202Eredoov";
    private const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    public static TheoryData<string> Onleesbaar => new() { Nul, Omkering, "a\u2066b", "\u001b[31mrood" };

    public static TheoryData<string, string> ContactVelden => new()
    {
        { "Naam", Nul }, { "Naam", Omkering }, { "Email", "a\0b@example.nl" }, { "Email", "\u202Eln.elpmaxe@a" },
        { "Email", "fatima@example.nl\0" }, { "Email", "fatima\u202E@example.nl" }, { "Email", "fa\u001btima@example.nl" }, { "Telefoon", "06\u00001234567" }, { "Postcode", "5344\0VA" }, { "Huisnummer", "12\0" },
        { "Huisnummer", "\u202E12" }, { "Naam", new string('x', InitiatiefRegels.MaxNaam + 1) },
        { "Email", new string('a', InitiatiefRegels.MaxEmail) + "@example.nl" }, { "Telefoon", new string('0', 200) },
        { "Huisnummer", new string('1', 5000) }, { "Postcode", "٥٣٤٤ VA" }, { "Huisnummer", "١٢" },
    };

    [Theory]
    [MemberData(nameof(ContactVelden))]
    public async Task Stap1_VijandigVeld_GeenServerfout_MeldingBijVeld_NietsOpgeslagen(string veld, string waarde)
    {
        using var client = app.MaakClient();
        var velden = Contact(NieuwEmail());
        velden["Input." + veld] = waarde;
        var aantal = await AantalAsync();

        var response = await MultipartAsync(client, "/initiatief/aanvragen?handler=Stap", "/initiatief/aanvragen", velden.Met("volgende"));

        var html = await GeenServerfoutAsync(response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.NotEmpty(Melding(html, "fout-Input_" + veld));
        }

        Assert.Equal(aantal, await AantalAsync());
        await NietsOnveiligsOpgeslagenAsync();
    }

    public static TheoryData<int, string, string> StapVelden()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var veld in new[] { "Titel", "Wat", "VoorWie", "Wanneer", "Waar", "IkWil", "IkKan", "IkHebNodig" })
        {
            data.Add(2, veld, Nul);
            data.Add(2, veld, Omkering);
            data.Add(2, veld, new string('x', veld == "Titel" ? InitiatiefRegels.MaxTitel + 1 : InitiatiefRegels.MaxTekst + 1));
        }

        data.Add(2, "Titel", "Twee\nregels");
        data.Add(3, "WieDoenMee", Nul);
        data.Add(3, "WieDoenMee", new string('x', InitiatiefRegels.MaxTekst + 1));
        foreach (var aantal in new[] { "1e308", "-5", "∞", "NaN", "99999999999999999999", "٢٥", "25\0", "2147483648" })
        {
            data.Add(3, "VerwachteDeelnemers", aantal);
        }

        data.Add(4, "Regels[0].Omschrijving", Nul);
        data.Add(4, "Regels[0].Omschrijving", Omkering);
        data.Add(4, "Regels[0].Omschrijving", new string('x', InitiatiefRegels.MaxRegel + 1));
        foreach (var bedrag in new[] { "1e308", "-5", "∞", "-∞", "NaN", "1.7976931348623157E+308", "79228162514264337593543950336",
                     "99999999999999999999999999999999999999", "٢٥٠", "12,345", "0x10", "12\0", "\u202E250", "--5", "1,2,3", "€€", "12,50-" })
        {
            data.Add(4, "Regels[0].Bedrag", bedrag);
        }

        foreach (var bedrag in new[] { "1e308", "-5", "∞", "79228162514264337593543950336", "5\0" })
        {
            data.Add(4, "EigenBijdrage", bedrag);
            data.Add(4, "AndereFinanciering", bedrag);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StapVelden))]
    public async Task Stap2Tot4_VijandigVeld_GeenServerfout_MeldingBijVeld_NietsOpgeslagen(int stap, string veld, string waarde)
    {
        using var client = app.MaakClient();
        var email = NieuwEmail();
        var sleutel = await BeginAsync(client, email);
        if (stap > 2)
        {
            await VerwachtRedirectAsync(StapAsync(client, sleutel, 2, Idee()), $"/initiatief/aanvragen/{sleutel}/3");
        }

        if (stap > 3)
        {
            await VerwachtRedirectAsync(StapAsync(client, sleutel, 3, Deelnemers()), $"/initiatief/aanvragen/{sleutel}/4");
        }

        var velden = stap switch
        {
            2 => Idee(),
            3 => Deelnemers(),
            _ => new Dictionary<string, string>(Begroting(("Boodschappen", "250")))
            {
                ["Input.EigenBijdrage"] = "",
                ["Input.AndereFinanciering"] = "",
                ["Input.AndereFinancieringToelichting"] = "Van de buurtvereniging",
            },
        };
        velden["Input." + veld] = waarde;

        var pagina = $"/initiatief/aanvragen/{sleutel}/{stap}";
        var response = await MultipartAsync(client, pagina + "?handler=Stap", pagina, velden.Met("volgende"));

        var html = await GeenServerfoutAsync(response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.NotEmpty(Melding(html, "fout-Input_" + Regex.Replace(veld, @"[\[\]\.]", "_")));
        }
        else
        {
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(stap, (await InitiatiefAsync(app, email)).Stap);
        await NietsOnveiligsOpgeslagenAsync();
    }

    [Fact]
    public async Task Markup_InElkTekstveld_KomtGecodeerdInPaginasEnMails()
    {
        using var client = app.MaakClient();
        var email = NieuwEmail();
        var contact = Contact(email, naam: Script);
        var response = await StapAsync(client, null, 1, contact);
        var sleutel = Regex.Match(response.Headers.Location?.OriginalString ?? "", "/initiatief/aanvragen/([^/]+)/").Groups[1].Value;
        Assert.True(sleutel.Length > 0, await response.Content.ReadAsStringAsync(Ct));
        var idee = Idee(Script);
        foreach (var veld in idee.Keys.ToList())
        {
            idee[veld] = Script + " " + veld;
        }

        await VerwachtRedirectAsync(StapAsync(client, sleutel, 2, idee), $"/initiatief/aanvragen/{sleutel}/3");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 3, new() { ["Input.WieDoenMee"] = Script, ["Input.VerwachteDeelnemers"] = "20" }),
            $"/initiatief/aanvragen/{sleutel}/4");
        var begroting = Begroting((Script, "250"));
        begroting["Input.AndereFinanciering"] = "10";
        begroting["Input.AndereFinancieringToelichting"] = Script;
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 4, begroting), $"/initiatief/aanvragen/{sleutel}/5");
        await UploadAsync(client, sleutel, ("<script>alert(1)<\\script>.pdf", Pdf, "application/pdf"));
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 5, []), $"/initiatief/aanvragen/{sleutel}/6");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 6, new() { ["Input.ToestemmingGegevens"] = "true", ["Input.ToestemmingPubliceren"] = "true" }),
            $"/initiatief/aanvragen/{sleutel}/7");

        for (var stap = 1; stap <= 7; stap++)
        {
            GeenRuweMarkup(await app.HaalAsync($"/initiatief/aanvragen/{sleutel}/{stap}"));
        }

        var verstuurd = await VerstuurAsync(client, sleutel);
        Assert.Equal(HttpStatusCode.Redirect, verstuurd.StatusCode);
        var statusSleutel = verstuurd.Headers.Location!.OriginalString["/initiatief/ontvangen/".Length..];
        GeenRuweMarkup(await app.HaalAsync($"/initiatief/ontvangen/{statusSleutel}"));
        var statusPagina = await app.HaalAsync($"/initiatief/status/{statusSleutel}");
        GeenRuweMarkup(statusPagina);
        Assert.Contains("&lt;script&gt;", statusPagina, StringComparison.Ordinal);

        var id = (await InitiatiefAsync(app, email)).Id;
        await StatusHulp.StapAsync(app, StatusHulp.Carla, (s, m) => s.StelVraagAsync(m, id, Script, CancellationToken.None));
        GeenRuweMarkup(await app.HaalAsync($"/initiatief/status/{statusSleutel}"));
        var antwoord = await StatusHulp.PostMultipartAsync(client, $"/initiatief/status/{statusSleutel}", "Antwoord",
            new Dictionary<string, string> { ["Antwoord.Tekst"] = Script });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await StatusHulp.StapAsync(app, StatusHulp.Carla, (s, m) => s.NotitieAsync(m, id, Script, CancellationToken.None));
        await StatusHulp.StapAsync(app, StatusHulp.Carla, (s, m) => s.BeslisAsync(m, id, Beslissing.Toekennen, 24_000, Script, CancellationToken.None));

        using var beheer = await app.IngelogdAsync(StatusHulp.Carla);
        var dossier = await beheer.GetStringAsync($"/beheer/initiatieven/{id}", Ct);
        GeenRuweMarkup(dossier);
        Assert.Contains("&lt;script&gt;", dossier, StringComparison.Ordinal);
        GeenRuweMarkup(await beheer.GetStringAsync("/beheer/initiatieven?status=alle", Ct));
        GeenRuweMarkup(await beheer.GetStringAsync("/beheer/wijkbudget", Ct));
        GeenRuweMarkup(await app.HaalAsync("/initiatief/toegekend?wijk=ruwaard&jaar=2026"));

        var mails = await app.MetDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Soort.StartsWith("initiatief")).ToListAsync(Ct));
        Assert.NotEmpty(mails);
        foreach (var mail in mails)
        {
            GeenRuweMarkup(mail.Html);
            Assert.DoesNotContain('\n', mail.Onderwerp);
            Assert.DoesNotContain('\r', mail.Onderwerp);
        }
    }

    public static TheoryData<string> RareSleutels => new()
    {
        "..%2F..%2F..%2Fetc%2Fpasswd", "..%2F" + new string('c', 40), new string('A', 42) + "%09", new string('a', 5000), "ümläut-ß-✓-日本語-".PadRight(43, 'x'),
        "%E2%80%AE" + new string('b', 40), "%C0%AE%C0%AE", "AAAA%ZZ", "%FF%FE", new string('-', 43), "'%20OR%201=1--".PadRight(43, 'x'),
    };

    [Theory]
    [MemberData(nameof(RareSleutels))]
    public async Task RareSleutel_InElkAdres_NooitEenServerfout(string sleutel)
    {
        using var client = app.MaakClient();
        foreach (var adres in new[]
                 {
                     $"/initiatief/aanvragen/{sleutel}", $"/initiatief/aanvragen/{sleutel}/3", $"/initiatief/aanvragen/{sleutel}/bewaard",
                     $"/initiatief/ontvangen/{sleutel}", $"/initiatief/status/{sleutel}", $"/initiatief/status/{sleutel}/bijlagen/1",
                     $"/initiatief/status/{sleutel}?klaar={sleutel}",
                 })
        {
            var response = await client.GetAsync(adres, Ct);
            await GeenServerfoutAsync(response, adres);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }

        // A post needs a token; take it from the public form so the post reaches the handler.
        foreach (var (adres, handler) in new[]
                 {
                     ($"/initiatief/aanvragen/{sleutel}/2", "Stap"), ($"/initiatief/aanvragen/{sleutel}/5", "Bijlage"),
                     ($"/initiatief/aanvragen/{sleutel}/7", "Verstuur"), ($"/initiatief/status/{sleutel}", "Antwoord"),
                     ($"/initiatief/status/{sleutel}", "Intrekken"),
                 })
        {
            var response = await WijkApp.PostFormAsync(client, $"{adres}?handler={handler}", Idee(), "/initiatief/aanvragen");
            await GeenServerfoutAsync(response, adres);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/initiatief/toegekend?wijk=%00&jaar=2026")]
    [InlineData("/initiatief/toegekend?wijk=ruwaard&jaar=99999999999999")]
    [InlineData("/initiatief/toegekend?wijk=ruwaard&jaar=-1")]
    [InlineData("/initiatief/toegekend?jaar=abc")]
    [InlineData("/initiatief/toegekend?jaar=1e3")]
    [InlineData("/initiatief/toegekend?jaar=%E2%88%9E")]
    [InlineData("/initiatief/toegekend?wijk=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/initiatief/toegekend?wijk=ruwaard&wijk=ussen&jaar=2026&jaar=2027")]
    [InlineData("/initiatief/toegekend?wijk=RUWAARD")]
    [InlineData("/initiatief/toegekend?wijk=%E2%80%AEdraawur")]
    [InlineData("/initiatief/toegekend?wijk=..%2F..%2F")]
    [InlineData("/initiatief/toegekend?wijk[]=ruwaard&jaar[]=2026")]
    [InlineData("/initiatief/status?verstuurd=%00")]
    [InlineData("/initiatief/status?verstuurd=ja&verstuurd=nee")]
    [InlineData("/initiatief/aanvragen?stap=-1&sleutel=..")]
    [InlineData("/initiatief/aanvragen/x/99999999999")]
    [InlineData("/initiatief?x=%00")]
    public async Task RareQueryString_GeenServerfout_NietsGereflecteerd(string adres)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(adres + (adres.Contains('?', StringComparison.Ordinal) ? "&" : "?") + new string('q', 3000) + "=%00", Ct);

        var html = await GeenServerfoutAsync(response, adres);
        GeenRuweMarkup(html);
        Assert.DoesNotContain("\0", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\0b@example.nl")]
    [InlineData("fatima@example.nl\0")]
    [InlineData("\u202Eln.elpmaxe@a")]
    [InlineData("fatima\u202E@example.nl")]
    [InlineData("fatima@exa\u0000mple.nl")]
    [InlineData("<script>@example.nl")]
    [InlineData("\"<script>alert(1)</script>\"@example.nl")]
    public async Task LinkKwijt_VijandigAdres_GeenServerfout_GeenMail(string email)
    {
        using var client = app.MaakClient();
        var mails = await MailsAsync();

        var response = await MultipartAsync(client, "/initiatief/status", "/initiatief/status", new Dictionary<string, string> { ["Email"] = email });

        var html = await GeenServerfoutAsync(response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", WebUtility.HtmlDecode(Melding(html, "fout-email")), StringComparison.Ordinal);

            // What was typed comes back in the field, encoded; a direction override there is the person's own text.
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(mails, await MailsAsync());
    }

    [Fact]
    public async Task LinkKwijt_TeLangAdres_MeldingBijVeld()
    {
        using var client = app.MaakClient();

        var response = await WijkApp.PostFormAsync(client, "/initiatief/status",
            new Dictionary<string, string> { ["Email"] = new string('a', 100_000) + "@example.nl" });

        var html = await GeenServerfoutAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul een e-mailadres in zoals naam@voorbeeld.nl.", Melding(html, "fout-email"));
    }

    [Theory]
    [InlineData("Antwoord.Tekst", "fout-antwoord-tekst", Nul)]
    [InlineData("Antwoord.Tekst", "fout-antwoord-tekst", Omkering)]
    [InlineData("Antwoord.Tekst", "fout-antwoord-tekst", "\u001b[2J")]
    public async Task StatusPagina_Antwoord_Onleesbaar_MeldingBijVeld_NietsOpgeslagen(string veld, string id, string waarde)
    {
        var a = await StatusHulp.IngediendAsync(app, email: NieuwEmail());
        await StatusHulp.StapAsync(app, StatusHulp.Carla, (s, m) => s.StelVraagAsync(m, a.Id, "Hoeveel tenten?", CancellationToken.None));
        using var client = app.MaakClient();

        var response = await StatusHulp.PostMultipartAsync(client, $"/initiatief/status/{a.Sleutel}", "Antwoord",
            new Dictionary<string, string> { [veld] = waarde });

        var html = await GeenServerfoutAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Melding(html, id));
        Assert.Equal(InitiatiefStatus.VraagAanAanvrager, (await StatusHulp.LeesAsync(app, a.Id)).Status);
        await NietsOnveiligsOpgeslagenAsync();
    }

    [Theory]
    [InlineData("Tekst", Nul, "fout-verantwoording-tekst")]
    [InlineData("Tekst", Omkering, "fout-verantwoording-tekst")]
    [InlineData("Kosten", "1e308", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "-5", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "∞", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "NaN", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "100000000000000000000", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "79228162514264337593543950335", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "9999999999999999999999999999999999", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "٣٠٠", "fout-verantwoording-kosten")]
    [InlineData("Kosten", "300\0", "fout-verantwoording-kosten")]
    [InlineData("Deelnemers", "1e308", "fout-verantwoording-deelnemers")]
    [InlineData("Deelnemers", "-5", "fout-verantwoording-deelnemers")]
    [InlineData("Deelnemers", "40\0", "fout-verantwoording-deelnemers")]
    [InlineData("Deelnemers", "99999999999999999999", "fout-verantwoording-deelnemers")]
    public async Task StatusPagina_Verantwoording_VijandigVeld_MeldingBijVeld(string veld, string waarde, string id)
    {
        var a = await StatusHulp.IngediendAsync(app, email: NieuwEmail());
        await StatusHulp.UitbetaaldAsync(app, a);
        using var client = app.MaakClient();
        var velden = new Dictionary<string, string>
        {
            ["Verantwoording.Tekst"] = "Het feest was mooi.",
            ["Verantwoording.Kosten"] = "0",
            ["Verantwoording.Deelnemers"] = "40",
        };
        velden["Verantwoording." + veld] = waarde;

        var response = await StatusHulp.PostMultipartAsync(client, $"/initiatief/status/{a.Sleutel}", "Verantwoording", velden);

        var html = await GeenServerfoutAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Melding(html, id));
        Assert.Equal(InitiatiefStatus.Uitbetaald, (await StatusHulp.LeesAsync(app, a.Id)).Status);
        await NietsOnveiligsOpgeslagenAsync();
    }

    [Fact]
    public async Task Bestandsnaam_MetPadNulTekenOmkeringEnLengte_WordtVeiligBewaard()
    {
        using var client = app.MaakClient();
        var email = NieuwEmail();
        var sleutel = await BeginAsync(client, email);

        foreach (var naam in new[] { "../../../etc/passwd.pdf", "..\\..\\boot.ini.pdf", "offerte\0.exe.pdf", "\u202Efdp.exe", new string('x', 5000) + ".pdf", "<b>vet</b>.pdf" })
        {
            var token = await TokenAsync(client, $"/initiatief/aanvragen/{sleutel}/1");
            using var inhoud = RuweUpload(token, "Bestanden", naam, Pdf);
            var response = await client.PostAsync($"/initiatief/aanvragen/{sleutel}/5?handler=Bijlage", inhoud, Ct);
            await GeenServerfoutAsync(response, naam);
        }

        var bijlagen = (await InitiatiefAsync(app, email)).Bijlagen;
        Assert.NotEmpty(bijlagen);
        Assert.All(bijlagen, b =>
        {
            Assert.DoesNotContain("/", b.Naam, StringComparison.Ordinal);
            Assert.DoesNotContain("\\", b.Naam, StringComparison.Ordinal);
            Assert.DoesNotContain("..", b.Opslag, StringComparison.Ordinal);
        });
        await NietsOnveiligsOpgeslagenAsync();
        GeenRuweMarkup(await app.HaalAsync($"/initiatief/aanvragen/{sleutel}/5"));
    }

    public static TheoryData<string> KapotteBodies => new() { "json", "tekst", "geen-grens", "afgekapt", "verkeerde-grens", "leeg" };

    [Theory]
    [MemberData(nameof(KapotteBodies))]
    public async Task Uploads_VerkeerdTypeOfKapotteMultipart_GeenServerfout(string soort)
    {
        using var client = app.MaakClient();
        var email = NieuwEmail();
        var sleutel = await BeginAsync(client, email);
        var a = await StatusHulp.IngediendAsync(app, email: NieuwEmail());
        await StatusHulp.StapAsync(app, StatusHulp.Carla, (s, m) => s.StelVraagAsync(m, a.Id, "Hoeveel tenten?", CancellationToken.None));
        var token = await TokenAsync(client, $"/initiatief/aanvragen/{sleutel}/1");

        foreach (var (adres, veld) in new[]
                 {
                     ($"/initiatief/aanvragen/{sleutel}/5?handler=Bijlage", "Bestanden"),
                     ($"/initiatief/status/{a.Sleutel}?handler=Antwoord", "Antwoord.Bestanden"),
                     ($"/initiatief/status/{a.Sleutel}?handler=Aanvulling", "Aanvulling.Bestanden"),
                     ($"/initiatief/status/{a.Sleutel}?handler=Verantwoording", "Verantwoording.Bonnen"),
                 })
        {
            using var inhoud = KapotteBody(soort, token, veld);
            var response = await client.PostAsync(adres, inhoud, Ct);
            await GeenServerfoutAsync(response, $"{soort} {adres}");
        }

        Assert.Empty((await InitiatiefAsync(app, email)).Bijlagen);
        Assert.Equal(InitiatiefStatus.VraagAanAanvrager, (await StatusHulp.LeesAsync(app, a.Id)).Status);
    }

    public static TheoryData<string, string, string> BeheerVelden()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (handler, veld) in new[] { ("Notitie", "Notitie"), ("Vraag", "Vraag"), ("Besluit", "Motivering") })
        {
            data.Add(handler, veld, Nul);
            data.Add(handler, veld, Omkering);
            data.Add(handler, veld, new string('x', InitiatiefStappen.MaxTekst + 1));
        }

        foreach (var bedrag in new[] { "1e308", "-5", "∞", "NaN", "99999999999999999999999999999999999", "٣٠٠", "300\n", "300\0", "1.000.000.000.000.000.000,00" })
        {
            data.Add("Besluit", "Bedrag", bedrag);
        }

        data.Add("Besluit", "Beslissing", "Onzin");
        data.Add("Besluit", "Beslissing", "99");
        data.Add("WijsToe", "BeoordelaarId", "abc");
        data.Add("WijsToe", "BeoordelaarId", "99999999999");
        data.Add("Doorsturen", "NaarWijkId", "-1");
        data.Add("Doorsturen", "DoorReden", Nul);
        data.Add("Doorsturen", "DoorReden", Omkering);
        return data;
    }

    [Theory]
    [MemberData(nameof(BeheerVelden))]
    public async Task Beheer_VijandigVeld_GeenServerfout_NietsOpgeslagen(string handler, string veld, string waarde)
    {
        var id = await InitiatiefHulp.IngediendAsync(app, "ruwaard", "Bankjes op het plein", [400m]);
        await InitiatiefHulp.StapAsync(app, InitiatiefHulp.WijkteamRuwaard, (s, m) => s.NeemInBehandelingAsync(m, id, CancellationToken.None));
        var voor = await InitiatiefHulp.LeesAsync(app, id);
        using var client = await app.IngelogdAsync(InitiatiefHulp.WijkteamRuwaard);
        var ussen = await InitiatiefHulp.WijkIdAsync(app, "ussen");
        var velden = handler switch
        {
            "Besluit" => new Dictionary<string, string> { ["Beslissing"] = "Toekennen", ["Bedrag"] = "300", ["Motivering"] = "Mooi plan." },
            "Doorsturen" => new Dictionary<string, string> { ["NaarWijkId"] = ussen.ToString(System.Globalization.CultureInfo.InvariantCulture), ["DoorReden"] = "Hoort bij Ussen." },
            _ => [],
        };
        velden[veld] = waarde;

        var response = await MultipartAsync(client, $"/beheer/initiatieven/{id}?handler={handler}", $"/beheer/initiatieven/{id}", velden);

        var html = await GeenServerfoutAsync(response);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Contains("utrecht-form-field-error-message", html, StringComparison.Ordinal);
        }

        var na = await InitiatiefHulp.LeesAsync(app, id);
        Assert.Equal(voor.Status, na.Status);
        Assert.Equal(voor.WijkId, na.WijkId);
        Assert.Equal(voor.Gebeurtenissen.Count, na.Gebeurtenissen.Count);
        await NietsOnveiligsOpgeslagenAsync();
    }

    [Theory]
    [InlineData("/beheer/initiatieven/abc")]
    [InlineData("/beheer/initiatieven/99999999999")]
    [InlineData("/beheer/initiatieven/-1")]
    [InlineData("/beheer/initiatieven/1/bijlagen/99999999999")]
    [InlineData("/beheer/initiatieven?status=%00&wijk=%E2%80%AE")]
    [InlineData("/beheer/initiatieven?status=999&wijk=99999999999")]
    [InlineData("/beheer/initiatieven?status=Concept&wijk=-1")]
    [InlineData("/beheer/wijkbudget?jaar=99999999999&wijk=%00")]
    [InlineData("/beheer/wijkbudget?jaar=-5&wijk=%3Cscript%3E")]
    public async Task Beheer_RareAdressen_GeenServerfout(string adres)
    {
        using var client = await app.IngelogdAsync(InitiatiefHulp.WijkteamRuwaard);

        var response = await client.GetAsync(adres, Ct);

        var html = await GeenServerfoutAsync(response, adres);
        GeenRuweMarkup(html);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GeenServerfoutAsync(HttpResponseMessage response, string? wat = null)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True((int)response.StatusCode < 500,
            $"{wat} gaf {(int)response.StatusCode}.\n{string.Join("\n", app.Logboek.Fouten.TakeLast(2))}");
        return html;
    }

    private Task<int> AantalAsync() => app.MetDbAsync(db => db.Initiatieven.CountAsync(Ct));

    private Task<int> MailsAsync() => app.MetDbAsync(db => db.Outbox.CountAsync(Ct));

    /// <summary>No text of a request, its lines, attachments, timeline or mails holds a control character other than
    /// a line break, or a direction override. On PostgreSQL a null byte cannot be stored at all; on SQLite it could.</summary>
    private async Task NietsOnveiligsOpgeslagenAsync()
    {
        var teksten = await app.MetDbAsync(async db =>
        {
            var lijst = new List<string?>();
            foreach (var i in await db.Initiatieven.AsNoTracking().Include(i => i.Begroting).Include(i => i.Bijlagen).Include(i => i.Gebeurtenissen)
                         .AsSplitQuery().ToListAsync(Ct))
            {
                lijst.AddRange([i.Naam, i.Email, i.Telefoon, i.Postcode, i.Huisnummer, i.Titel, i.Wat, i.VoorWie, i.Wanneer, i.Waar, i.IkWil,
                    i.IkKan, i.IkHebNodig, i.WieDoenMee, i.AndereFinancieringToelichting, i.Motivering, i.VoorstelMotivering, i.VerantwoordingTekst]);
                lijst.AddRange(i.Begroting.Select(r => r.Omschrijving));
                lijst.AddRange(i.Bijlagen.SelectMany(b => new[] { b.Naam, b.Opslag, b.ContentType }));
                lijst.AddRange(i.Gebeurtenissen.SelectMany(g => new[] { g.Tekst, g.Door }));
            }

            lijst.AddRange(await db.Outbox.AsNoTracking().Select(m => m.Onderwerp + m.Aan + m.AanNaam).ToListAsync(Ct));
            return lijst;
        });
        Assert.DoesNotContain(teksten, t => t is not null && !Core.Aanmelden.AanmeldRegels.IsLeesbaar(t, regelsToegestaan: true));
    }

    /// <summary>Markup from the tests may appear only encoded: no tag the tests typed ever reaches a page or a mail as a tag.</summary>
    private static void GeenRuweMarkup(string html)
    {
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>vet</b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
    }

    /// <summary>The message beside a field, by the id of its error element.</summary>
    private static string Melding(string html, string id)
    {
        var match = Regex.Match(html, $"<(?:span|p) class=\"utrecht-form-field-error-message[^\"]*\"[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"Geen melding met id {id}.");
        var melding = WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
        Assert.Matches("[a-z]{3,}", melding);
        return melding;
    }

    private static async Task<string> TokenAsync(HttpClient client, string pagina)
    {
        var html = await client.GetStringAsync(pagina, Ct);
        var match = TokenIn().Match(html);
        Assert.True(match.Success, pagina);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Multipart like a browser sends it: the form reader lets a null byte through there, unlike in a
    /// url-encoded body, so the page's own checks have to catch it.</summary>
    private static async Task<HttpResponseMessage> MultipartAsync(HttpClient client, string adres, string formulierPagina,
        IDictionary<string, string> velden)
    {
        var token = await TokenAsync(client, formulierPagina);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (naam, waarde) in velden)
        {
            form.Add(new StringContent(waarde), naam);
        }

        return await client.PostAsync(adres, form, Ct);
    }

    /// <summary>A multipart body written by hand, so the file name can hold what HttpClient refuses in a header.</summary>
    private static ByteArrayContent RuweUpload(string token, string veld, string naam, byte[] bestand)
    {
        const string grens = "----ruw";
        var kop = Encoding.UTF8.GetBytes(
            $"--{grens}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
            $"--{grens}\r\nContent-Disposition: form-data; name=\"{veld}\"; filename=\"{naam}\"\r\nContent-Type: application/pdf\r\n\r\n");
        var inhoud = new ByteArrayContent([.. kop, .. bestand, .. Encoding.UTF8.GetBytes($"\r\n--{grens}--\r\n")]);
        inhoud.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={grens}");
        return inhoud;
    }

    private static HttpContent KapotteBody(string soort, string token, string veld)
    {
        const string grens = "----kapot";
        var begin = $"--{grens}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
            $"--{grens}\r\nContent-Disposition: form-data; name=\"{veld}\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n";
        HttpContent inhoud = soort switch
        {
            "json" => new StringContent($"{{\"__RequestVerificationToken\":\"{token}\",\"Bestanden\":\"x\"}}", Encoding.UTF8, "application/json"),
            "tekst" => new StringContent("__RequestVerificationToken=" + token, Encoding.UTF8, "text/plain"),
            "geen-grens" => new ByteArrayContent(Encoding.UTF8.GetBytes(begin)),
            "afgekapt" => new ByteArrayContent(Encoding.UTF8.GetBytes(begin)),
            "verkeerde-grens" => new ByteArrayContent(Encoding.UTF8.GetBytes(begin + $"\r\n--anders--\r\n")),
            _ => new ByteArrayContent([]),
        };
        if (soort is "geen-grens")
        {
            inhoud.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        }
        else if (soort is "afgekapt" or "verkeerde-grens" or "leeg")
        {
            inhoud.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={grens}");
        }

        return inhoud;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenIn();
}

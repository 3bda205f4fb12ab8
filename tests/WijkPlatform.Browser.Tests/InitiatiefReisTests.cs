using System.Text;
using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>The journey of issue 7: a resident of Ruwaard asks money for an idea, the wijkteam of Ruwaard asks a question,
/// grants, pays and closes after the verantwoording; the wijkteam of Ussen never sees the request. Axe checks every page
/// on the way, error states included.</summary>
public sealed partial class InitiatiefReisTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Titel = "Kookclub voor buren";
    private const string Naam = "Fatima el Amrani";
    private const string Email = "fatima.elamrani@example.nl";

    /// <summary>A tiny but real PDF: header, one empty page, cross-reference table and trailer.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\nxref\n0 4\n0000000000 65535 f \n" +
        "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n");

    [Fact]
    public async Task Bewoner_VraagtAan_WijkteamVraagtKentToeBetaaltSluitAf_AnderWijkteamZietNiets_AxeSchoon()
    {
        await using var bewoner = await site.NieuweContextAsync();
        var aanvrager = await bewoner.NewPageAsync();
        var (kenmerk, statusLink) = await VraagAanAsync(aanvrager);

        await using var ruwaard = await site.NieuweContextAsync();
        var team = await ruwaard.NewPageAsync();
        await InlogHulp.LogInAsync(team, "wijkteam.ruwaard@example.nl");
        await team.GotoAsync("/beheer/initiatieven");
        await ControleerAsync(team);
        await team.GetByRole(AriaRole.Link, new() { Name = kenmerk }).ClickAsync();
        await Assertions.Expect(team.GetByRole(AriaRole.Heading, new() { Name = Titel, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(team.GetByRole(AriaRole.Link, new() { Name = "offerte-keuken.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("ingediend");
        await ControleerAsync(team);
        var detail = new Uri(team.Url).AbsolutePath;

        await team.GetByRole(AriaRole.Button, new() { Name = "Neem in behandeling" }).ClickAsync();
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("in behandeling");
        await ControleerAsync(team);
        await team.GetByLabel("Stel een vraag aan de aanvrager").FillAsync("Mag iedereen uit de buurt meekoken, ook zonder aanmelding?");
        await team.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("vraag aan de aanvrager");
        await ControleerAsync(team);

        await using (var ussen = await site.NieuweContextAsync())
        {
            var ander = await ussen.NewPageAsync();
            await InlogHulp.LogInAsync(ander, "wijkteam.ussen@example.nl");
            await ander.GotoAsync("/beheer/initiatieven");
            await Assertions.Expect(ander.GetByRole(AriaRole.Heading, new() { Name = "Bewonersinitiatieven", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(ander.GetByText(kenmerk)).ToHaveCountAsync(0);
            await Assertions.Expect(ander.GetByText(Titel)).ToHaveCountAsync(0);
            var antwoord = await ander.GotoAsync(detail);
            Assert.Equal(404, antwoord!.Status);
            await Assertions.Expect(ander.GetByText(Naam)).ToHaveCountAsync(0);
        }

        // The status page on a phone, while the question waits for an answer.
        await using (var telefoon = await site.NieuweContextAsync(Telefoon()))
        {
            var klein = await telefoon.NewPageAsync();
            await klein.GotoAsync(statusLink);
            await Assertions.Expect(klein.GetByRole(AriaRole.Heading, new() { Name = "Het wijkteam heeft een vraag" })).ToBeVisibleAsync();
            await GeenHorizontaleScrollbalkAsync(klein);
            await ControleerAsync(klein);
        }

        await aanvrager.GotoAsync(statusLink);
        await Assertions.Expect(aanvrager.Locator(".ini-status__stand")).ToContainTextAsync("vraag aan de aanvrager");
        await Assertions.Expect(aanvrager.Locator("blockquote")).ToContainTextAsync("Mag iedereen uit de buurt meekoken");
        await ControleerAsync(aanvrager);
        await aanvrager.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(aanvrager.GetByRole(AriaRole.Alert)).ToContainTextAsync("Schrijf je antwoord");
        await Assertions.Expect(aanvrager).ToHaveTitleAsync(new Regex("^Fout:"));
        await ControleerAsync(aanvrager);
        await aanvrager.GetByLabel("Je antwoord").FillAsync("Ja, iedereen is welkom. Aanmelden hoeft niet, maar helpt ons met de boodschappen.");
        await aanvrager.GetByLabel("Bestanden meesturen (mag ook leeg blijven)").SetInputFilesAsync(PdfBestand("flyer-kookclub.pdf"));
        await aanvrager.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(aanvrager.GetByRole(AriaRole.Status)).ToContainTextAsync("Je antwoord is verstuurd");
        await Assertions.Expect(aanvrager.Locator(".ini-status__stand")).ToContainTextAsync("in behandeling");
        await Assertions.Expect(aanvrager.GetByRole(AriaRole.Link, new() { Name = "flyer-kookclub.pdf" })).ToBeVisibleAsync();
        await ControleerAsync(aanvrager);

        // Granting below the four-eyes threshold: first a mistake in the amount, then the real decision.
        await team.GotoAsync(detail);
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("in behandeling");
        await Assertions.Expect(team.GetByRole(AriaRole.Link, new() { Name = "flyer-kookclub.pdf" })).ToBeVisibleAsync();
        await team.GetByLabel("Toekennen (helemaal of een deel)").CheckAsync();
        await team.GetByLabel("Bedrag in euro's (alleen bij toekennen)").FillAsync("achthonderd");
        await team.GetByLabel("Motivering").FillAsync("Goed plan dat buren samenbrengt; de begroting is redelijk.");
        await team.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(team).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(team.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(team.GetByLabel("Motivering")).ToHaveValueAsync("Goed plan dat buren samenbrengt; de begroting is redelijk.");
        await ControleerAsync(team);
        await team.GetByLabel("Bedrag in euro's (alleen bij toekennen)").FillAsync("850");
        await team.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("toegekend");
        await ControleerAsync(team);

        await team.GotoAsync("/beheer/wijkbudget");
        await Assertions.Expect(Boeking(team, kenmerk, "toegekend")).ToContainTextAsync(Euro("850,00"));
        await Assertions.Expect(team.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Stand van het wijkbudget Ruwaard") }))
            .ToContainTextAsync(Euro("850,00"));
        await ControleerAsync(team);

        await aanvrager.GotoAsync(statusLink);
        await Assertions.Expect(aanvrager.Locator(".ini-status__stand")).ToContainTextAsync("toegekend");
        await Assertions.Expect(Feit(aanvrager, "Toegekend bedrag")).ToHaveTextAsync(Euro("850,00"));
        await ControleerAsync(aanvrager);

        await aanvrager.GotoAsync("/initiatief/toegekend");
        var openbaar = aanvrager.GetByRole(AriaRole.Main);
        await Assertions.Expect(openbaar).ToContainTextAsync(Titel);
        await Assertions.Expect(openbaar).ToContainTextAsync(Euro("850,00"));
        await Assertions.Expect(aanvrager.GetByText(Naam)).ToHaveCountAsync(0);
        await Assertions.Expect(aanvrager.GetByText(Email)).ToHaveCountAsync(0);
        await Assertions.Expect(aanvrager.GetByText("Fatima")).ToHaveCountAsync(0);
        await ControleerAsync(aanvrager);

        // Paying less than granted: the rest goes back to the budget when the request is closed.
        await team.GotoAsync(detail);
        await team.GetByLabel("Bedrag in euro's", new() { Exact = true }).FillAsync("800");
        await team.GetByRole(AriaRole.Button, new() { Name = "Uitbetalen" }).ClickAsync();
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("uitbetaald");
        await ControleerAsync(team);

        await aanvrager.GotoAsync(statusLink);
        await Assertions.Expect(aanvrager.Locator(".ini-status__stand")).ToContainTextAsync("uitbetaald");
        await Assertions.Expect(Feit(aanvrager, "Uitbetaald")).ToHaveTextAsync(Euro("800,00"));
        await ControleerAsync(aanvrager);
        const string Verslag = "Zes kookavonden met gemiddeld twintig buren. Iedereen nam een recept mee.";
        await aanvrager.GetByLabel("Wat is er gebeurd?").FillAsync(Verslag);
        await aanvrager.GetByLabel("Wat heeft het gekost, in euro's?").FillAsync("veel");
        await aanvrager.GetByLabel("Hoeveel mensen deden mee?").FillAsync("31");
        await aanvrager.GetByRole(AriaRole.Button, new() { Name = "Verantwoording versturen" }).ClickAsync();
        await Assertions.Expect(aanvrager.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de kosten in euro's in");
        await Assertions.Expect(aanvrager).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(aanvrager.GetByLabel("Wat is er gebeurd?")).ToHaveValueAsync(Verslag);
        await Assertions.Expect(aanvrager.GetByLabel("Hoeveel mensen deden mee?")).ToHaveValueAsync("31");
        await ControleerAsync(aanvrager);
        await aanvrager.GetByLabel("Wat heeft het gekost, in euro's?").FillAsync("790,50");
        await aanvrager.GetByLabel("Bonnen en facturen").SetInputFilesAsync(PdfBestand("bon-supermarkt.pdf"));
        await aanvrager.GetByRole(AriaRole.Button, new() { Name = "Verantwoording versturen" }).ClickAsync();
        await Assertions.Expect(aanvrager.GetByRole(AriaRole.Status)).ToContainTextAsync("Je verantwoording is verstuurd");
        await Assertions.Expect(aanvrager.Locator(".ini-status__stand")).ToContainTextAsync("verantwoording ontvangen");
        await Assertions.Expect(aanvrager.GetByRole(AriaRole.Link, new() { Name = "bon-supermarkt.pdf" })).ToBeVisibleAsync();
        await ControleerAsync(aanvrager);

        await team.GotoAsync(detail);
        await Assertions.Expect(team.GetByRole(AriaRole.Link, new() { Name = "bon-supermarkt.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(Feit(team, "Werkelijke kosten")).ToHaveTextAsync(Euro("790,50"));
        await ControleerAsync(team);
        await team.GetByRole(AriaRole.Button, new() { Name = "Akkoord en afsluiten" }).ClickAsync();
        await Assertions.Expect(Feit(team, "Status")).ToHaveTextAsync("afgesloten");
        await ControleerAsync(team);

        await team.GotoAsync("/beheer/wijkbudget");
        await Assertions.Expect(Boeking(team, kenmerk, "uitbetaald")).ToContainTextAsync(Euro("800,00"));
        await Assertions.Expect(Boeking(team, kenmerk, "terug naar budget")).ToContainTextAsync(Euro("50,00"));
        await ControleerAsync(team);

        await aanvrager.GotoAsync(statusLink);
        await Assertions.Expect(aanvrager.Locator(".ini-status__stand")).ToContainTextAsync("afgesloten");
        await ControleerAsync(aanvrager);
    }

    [Fact]
    public async Task Formulier_OpEenTelefoonAxeSchoon_EnZonderJavaScriptVanStap1NaarStap2()
    {
        await using (var telefoon = await site.NieuweContextAsync(Telefoon()))
        {
            var page = await telefoon.NewPageAsync();
            await page.GotoAsync("/initiatief/aanvragen");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 1 van 7");
            await GeenHorizontaleScrollbalkAsync(page);
            await ControleerAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
            await GeenHorizontaleScrollbalkAsync(page);
            await ControleerAsync(page);
        }

        // "Link kwijt?": the empty form and its error state, on a phone as well.
        await using (var telefoon = await site.NieuweContextAsync(Telefoon()))
        {
            var page = await telefoon.NewPageAsync();
            await page.GotoAsync("/initiatief/status");
            await ControleerAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een nieuwe link" }).ClickAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await GeenHorizontaleScrollbalkAsync(page);
            await ControleerAsync(page);
        }

        await using var zonderJs = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        var formulier = await zonderJs.NewPageAsync();
        await formulier.GotoAsync("/initiatief/aanvragen");
        await formulier.GetByLabel("Naam", new() { Exact = true }).FillAsync("Jan de Boer");
        await formulier.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("jan.deboer@example.nl");
        await formulier.GetByLabel("Postcode", new() { Exact = true }).FillAsync("5344va");
        await formulier.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("3");
        await formulier.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await Assertions.Expect(formulier).ToHaveURLAsync(new Regex("/initiatief/aanvragen/[A-Za-z0-9_-]{43}/2$"));
        await Assertions.Expect(formulier.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 2 van 7: Je idee");
        await formulier.GetByLabel("Titel van je idee").FillAsync("Bankje bij de speeltuin");
        await formulier.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await Assertions.Expect(formulier).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(formulier.GetByLabel("Titel van je idee")).ToHaveValueAsync("Bankje bij de speeltuin");
    }

    /// <summary>Fills in all seven steps as a resident would, with a mistake on the way, and returns the kenmerk and
    /// the path of the status page as the confirmation page shows them.</summary>
    private static async Task<(string Kenmerk, string StatusLink)> VraagAanAsync(IPage page)
    {
        await page.GotoAsync("/initiatief");
        await ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vraag geld aan voor je idee" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 1 van 7: Contactgegevens");
        await ControleerAsync(page);

        // Step 1, first with an e-mail address that misses its domain.
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(Naam);
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("fatima.elamrani@");
        await page.GetByLabel("Telefoonnummer (niet verplicht)").FillAsync("06 12345678");
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("5344 VA");
        await page.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("12a");
        await Volgende(page);
        const string EmailFout = "Vul een e-mailadres in zoals naam@voorbeeld.nl.";
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout: Stap 1 van 7"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = EmailFout })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#fout-Input_Email")).ToHaveTextAsync(EmailFout);
        await Assertions.Expect(page.GetByLabel("E-mailadres", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync(Naam);
        await Assertions.Expect(page.GetByLabel("Postcode", new() { Exact = true })).ToHaveValueAsync("5344 VA");
        await Assertions.Expect(page.GetByLabel("E-mailadres", new() { Exact = true })).ToHaveValueAsync("fatima.elamrani@");
        await ControleerAsync(page);
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(Email);
        await Volgende(page);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/initiatief/aanvragen/[A-Za-z0-9_-]{43}/2$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 2 van 7: Je idee");
        await ControleerAsync(page);
        await page.GetByLabel("Titel van je idee").FillAsync(Titel);
        await page.GetByLabel("Wat wil je doen?").FillAsync("Elke maand koken we samen in het wijkcentrum en eten we met de buren.");
        await page.GetByLabel("Voor wie is het?").FillAsync("Iedereen uit de Ruwaard, vooral buren die alleen wonen.");
        await page.GetByLabel("Wanneer is het?").FillAsync("Elke eerste vrijdag van de maand, van januari tot juni.");
        await page.GetByLabel("Waar is het?").FillAsync("In de keuken van het wijkcentrum.");
        await page.GetByLabel("Ik wil …").FillAsync("Buren leren elkaar kennen aan tafel.");
        await page.GetByLabel("Ik kan … (niet verplicht)").FillAsync("Koken en de boodschappen regelen.");
        await Volgende(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 3 van 7: Wie doen er mee");
        await ControleerAsync(page);
        await page.GetByLabel("Wie doen er mee en wie helpen?").FillAsync("Drie buren uit de straat en de welzijnswerker.");
        await page.GetByLabel("Hoeveel mensen doen er ongeveer mee?").FillAsync("25");
        await Volgende(page);

        // Step 4: two budget lines, the first with an amount that is not one.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 4 van 7: Begroting");
        await ControleerAsync(page);
        var regel1 = page.GetByRole(AriaRole.Group, new() { Name = "Regel 1" });
        await regel1.GetByLabel("Waarvoor").FillAsync("Boodschappen voor zes kookavonden");
        await regel1.GetByLabel("Bedrag in euro's").FillAsync("abc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regel toevoegen" }).ClickAsync();
        var regel2 = page.GetByRole(AriaRole.Group, new() { Name = "Regel 2" });
        await Assertions.Expect(regel2).ToBeVisibleAsync();
        await Assertions.Expect(regel1.GetByLabel("Bedrag in euro's")).ToHaveValueAsync("abc");
        await ControleerAsync(page);
        await regel2.GetByLabel("Waarvoor").FillAsync("Huur van de keuken in het wijkcentrum");
        await regel2.GetByLabel("Bedrag in euro's").FillAsync("400");
        await Volgende(page);
        const string BedragFout = "Regel 1: vul een bedrag in euro's in, bijvoorbeeld 12,50.";
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout: Stap 4 van 7"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = BedragFout })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#fout-Input_Regels_0__Bedrag")).ToHaveTextAsync(BedragFout);
        await Assertions.Expect(regel1.GetByLabel("Waarvoor")).ToHaveValueAsync("Boodschappen voor zes kookavonden");
        await Assertions.Expect(regel2.GetByLabel("Waarvoor")).ToHaveValueAsync("Huur van de keuken in het wijkcentrum");
        await Assertions.Expect(regel2.GetByLabel("Bedrag in euro's")).ToHaveValueAsync("400");
        await ControleerAsync(page);
        await regel1.GetByLabel("Bedrag in euro's").FillAsync("450,00");
        await Volgende(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 5 van 7: Bijlagen");
        await ControleerAsync(page);
        await page.GetByLabel("Kies een bestand").SetInputFilesAsync(PdfBestand("offerte-keuken.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand toevoegen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ini-bijlage")).ToContainTextAsync("offerte-keuken.pdf");
        await ControleerAsync(page);
        await Volgende(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 6 van 7: Toestemming");
        await ControleerAsync(page);
        await page.GetByLabel("Ik vind het goed dat het wijkteam mijn gegevens gebruikt").CheckAsync();
        await page.GetByLabel("mag de titel, het bedrag en een korte beschrijving op de website staan").CheckAsync();
        await Volgende(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stap 7 van 7: Controleren en versturen");
        var inhoud = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(inhoud).ToContainTextAsync(Titel);
        await Assertions.Expect(inhoud).ToContainTextAsync(Email);
        await Assertions.Expect(inhoud).ToContainTextAsync("offerte-keuken.pdf");
        await Assertions.Expect(Feit(page, "Je vraagt uit het wijkbudget")).ToHaveTextAsync(Euro("850,00"));
        await ControleerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur aanvraag" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/initiatief/ontvangen/[A-Za-z0-9_-]{43}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Je aanvraag is verstuurd", Level = 1 })).ToBeVisibleAsync();
        await ControleerAsync(page);
        var kenmerk = (await Feit(page, "Kenmerk").TextContentAsync())!.Trim();
        Assert.Matches(@"^\S+$", kenmerk);
        var link = await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk je aanvraag" }).GetAttributeAsync("href");
        Assert.NotNull(link);
        Assert.Matches(StatusPad(), link);

        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator(".ini-status__stand")).ToContainTextAsync("ingediend");
        await Assertions.Expect(Feit(page, "Kenmerk")).ToHaveTextAsync(kenmerk);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "offerte-keuken.pdf" })).ToBeVisibleAsync();
        await ControleerAsync(page);
        return (kenmerk, link);
    }

    /// <summary>Axe, plus two things axe no longer checks: every id is used once, and every link in an error summary
    /// leads to an element on the page.</summary>
    private static async Task ControleerAsync(IPage page)
    {
        await Toegankelijkheid.ControleerAsync(page);
        var dubbel = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[id]')].map(e => e.id)
                .filter((id, n, alle) => alle.indexOf(id) !== n)
            """);
        Assert.True(dubbel.Length == 0, $"Dubbele id's op {page.Url}: {string.Join(", ", dubbel)}");
        var los = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[role=alert] a[href^="#"]')]
                .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
                .filter(id => !document.getElementById(id))
            """);
        Assert.True(los.Length == 0, $"Links in de foutmelding op {page.Url} wijzen nergens naar: {string.Join(", ", los)}");
    }

    private static Task Volgende(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();

    /// <summary>The value beside a term in a list of facts (dt/dd).</summary>
    private static ILocator Feit(IPage page, string term) => page.Locator($"dt:text-is(\"{term}\") + dd").First;

    private static ILocator Boeking(IPage page, string kenmerk, string soort) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = kenmerk }) })
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = soort, Exact = true }) });

    /// <summary>Euros as the site writes them, whatever space the culture puts after the sign.</summary>
    private static Regex Euro(string bedrag) => new($"€\\s?{Regex.Escape(bedrag)}");

    private static FilePayload PdfBestand(string naam) => new() { Name = naam, MimeType = "application/pdf", Buffer = Pdf };

    private static BrowserNewContextOptions Telefoon() =>
        new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    private static async Task GeenHorizontaleScrollbalkAsync(IPage page)
    {
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 390, $"{page.Url} is {breedte}px breed op een scherm van 390px");
    }

    [GeneratedRegex("^/initiatief/status/[A-Za-z0-9_-]{43}$")]
    private static partial Regex StatusPad();
}

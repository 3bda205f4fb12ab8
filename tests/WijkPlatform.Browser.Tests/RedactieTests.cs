using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>The redactie's journey of issue 8: a page with a sentence that is too long, the language check, the fix, a
/// preview, scheduling, publishing and rolling back; news and the menu editor. Axe checks every page on the way.</summary>
public sealed partial class RedactieTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string TeLang =
        "Indien u in aanmerking wenst te komen voor een plek bij de kookavond dient u zich teneinde de boodschappen goed te kunnen plannen uiterlijk een week van tevoren aan te melden bij het wijkhuis.";

    private const string Eenvoudig = "Kook mee in het wijkhuis. Meld je een week van tevoren aan. Dan weten we hoeveel eten we moeten kopen.";

    [Fact]
    public async Task Redactie_SchrijftToetstVerbetertBekijktPlantPubliceertEnZetTerug_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "redactie@example.nl");

        await page.GotoAsync("/beheer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pagina's" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pagina's", Level = 1 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe pagina" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(page);

        // Saving without a title: the message beside the field, what was typed stays.
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync(TeLang);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een titel in");
        await Assertions.Expect(page.GetByLabel("Tekst", new() { Exact = true })).ToHaveValueAsync(TeLang);
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Kookavond in het wijkhuis");
        await page.GetByLabel("Adres op de website").FillAsync("kookavond-wijkhuis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer taal" }).ClickAsync();
        var toets = page.GetByRole(AriaRole.Region, new() { Name = "Taaltoets" });
        await Assertions.Expect(toets).ToContainTextAsync("te moeilijk voor taalniveau B1");
        await Assertions.Expect(toets.GetByRole(AriaRole.Heading, new() { Name = "Lange zinnen (meer dan 20 woorden)" })).ToBeVisibleAsync();
        await Assertions.Expect(toets).ToContainTextAsync("indien: schrijf liever “als”");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync(Eenvoudig);
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer taal" }).ClickAsync();
        await Assertions.Expect(toets).ToContainTextAsync("makkelijk genoeg om te lezen (taalniveau B1)");
        await Assertions.Expect(toets.GetByRole(AriaRole.Heading, new() { Name = "Lange zinnen (meer dan 20 woorden)" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Voorbeeld – niet gepubliceerd");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kookavond in het wijkhuis", Level = 1 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Terug naar het formulier" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Tekst", new() { Exact = true })).ToHaveValueAsync(Eenvoudig);

        // The site's clock stands at Tuesday 24 November 2026, 10:30 in Oss: noon that day is still to come.
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-11-24");
        await page.GetByLabel("Tijd", new() { Exact = true }).FillAsync("12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inplannen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("ingepland");
        await Assertions.Expect(page.GetByText("Ingepland voor dinsdag 24 november 2026 om 12:00")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        var bewerken = page.Url;

        await using var bezoekers = await site.NieuweContextAsync();
        var bezoeker = await bezoekers.NewPageAsync();
        Assert.Equal(404, (await bezoeker.GotoAsync("/kookavond-wijkhuis"))!.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("gepubliceerd");
        Assert.Equal(200, (await bezoeker.GotoAsync("/kookavond-wijkhuis"))!.Status);
        await Assertions.Expect(bezoeker.GetByRole(AriaRole.Heading, new() { Name = "Kookavond in het wijkhuis", Level = 1 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(bezoeker);

        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Een nieuwe tekst die niet goed is.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await bezoeker.ReloadAsync();
        await Assertions.Expect(bezoeker.GetByText("Een nieuwe tekst die niet goed is.")).ToBeVisibleAsync();

        var versies = page.GetByRole(AriaRole.Region, new() { Name = "Eerdere versies" });
        await Assertions.Expect(versies).ToContainTextAsync("door redactie@example.nl");
        await versies.GetByRole(AriaRole.Button, new() { Name = "Zet deze versie terug (versie 2)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Versie 2 is teruggezet");
        await Assertions.Expect(page.GetByLabel("Tekst", new() { Exact = true })).ToHaveValueAsync(Eenvoudig);
        await Toegankelijkheid.ControleerAsync(page);
        Assert.Equal(bewerken, page.Url);
        await bezoeker.ReloadAsync();
        await Assertions.Expect(bezoeker.GetByText(Eenvoudig)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Nieuws_PubliekEnBeheer_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/nieuws");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuws uit de wijk", Level = 1 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ussen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon nieuws" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("wijk=ussen"));
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ussen doet mee: hulp dichtbij in je eigen wijk" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "In het kort, in gewone taal" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await InlogHulp.LogInAsync(page, "beheer@example.nl");
        await page.GotoAsync("/beheer/nieuws");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw bericht" }).ClickAsync();
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Repair Café zoekt vrijwilligers");
        await page.GetByLabel("Adres op de website").FillAsync("repair-cafe-vrijwilligers");
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Kun jij goed repareren? Kom helpen in het Repair Café.");
        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ruwaard" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("/nieuws/repair-cafe-vrijwilligers");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GotoAsync("/nieuws/repair-cafe-vrijwilligers");
        await Assertions.Expect(page.GetByText("Ruwaard", new() { Exact = false }).First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Menu_LinkToevoegenEnVerplaatsen_StaatInDeVoettekst_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "redactie@example.nl");

        await page.GotoAsync("/beheer/menu");
        await Toegankelijkheid.ControleerAsync(page);
        var voettekst = page.GetByRole(AriaRole.Region, new() { Name = "Voettekst: ‘In de wijk’ (onderaan elke pagina)" });
        await voettekst.GetByLabel("Tekst van de link").Last.FillAsync("Elders");
        await voettekst.GetByLabel("Adres op deze website").Last.FillAsync("https://elders.example.org");
        await voettekst.GetByRole(AriaRole.Button, new() { Name = "Toevoegen aan voettekst" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Toegankelijkheid.ControleerAsync(page);

        await voettekst.GetByLabel("Adres op deze website").Last.FillAsync("/dagontmoeting");
        await voettekst.GetByLabel("Tekst van de link").Last.FillAsync("Binnenlopen");
        await voettekst.GetByRole(AriaRole.Button, new() { Name = "Toevoegen aan voettekst" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("De link staat in het menu.");
        await voettekst.GetByRole(AriaRole.Button, new() { Name = "Omhoog Binnenlopen" }).ClickAsync();

        await page.GotoAsync("/");
        var lijst = page.Locator("#footer-wijk + ul");
        await Assertions.Expect(lijst.GetByRole(AriaRole.Link, new() { Name = "Binnenlopen" })).ToHaveAttributeAsync("href", "/dagontmoeting");
        var namen = await lijst.GetByRole(AriaRole.Link).AllTextContentsAsync();
        Assert.Equal("Binnenlopen", namen[^2]);
    }
}

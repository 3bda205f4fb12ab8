using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Web.Infrastructure;
using WijkPlatform.Web.Tests.Afbeeldingen;

namespace WijkPlatform.Browser.Tests;

/// <summary>A volunteer of the wijkraad publishes a weekly walk with a photo; residents find it in the agenda, the feeds
/// and search; a member of another collective cannot touch it.</summary>
public sealed class CollectiefReisTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Titel = "Wandelclub langs de Maas";

    [Fact]
    public async Task Lid_PubliceertWekelijkseActiviteitMetFoto_BewonersVindenHem_AnderCollectiefNiet_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await LogInAsync(page, "lid.wijkraad@example.nl");

        await page.GotoAsync("/beheer/activiteiten");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe activiteit" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Titel").FillAsync(Titel);
        await page.GetByLabel("Korte omschrijving").FillAsync("Elke woensdag een uur wandelen, daarna koffie.");
        await page.GetByLabel("Soort activiteit").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Datum (de eerste keer)").FillAsync("2026-11-25");
        await page.GetByLabel("Begintijd").FillAsync("10:00");
        await page.GetByLabel("Eindtijd").FillAsync("11:00");
        await page.GetByLabel("Elke week op dezelfde dag").CheckAsync();
        await page.Locator("#Foto").SetInputFilesAsync(new FilePayload
        {
            Name = "wandeling.jpg",
            MimeType = "image/jpeg",
            Buffer = TestFotos.JpegMetExif(1200, 800, 1),
        });

        // First without a description of the photo: the error stands beside the field and the photo is kept.
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.GetByText("Schrijf in een paar woorden wat er op de foto staat").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Titel")).ToHaveValueAsync(Titel);
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Wat staat er op de foto?").FillAsync("Wandelaars op de dijk langs de Maas");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer/activiteiten$"));
        await Assertions.Expect(page.GetByText("staat in de agenda").First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        var afbeelding = await site.MetDbAsync(db => db.Activiteiten.Where(x => x.Titel == Titel).Select(x => x.Afbeelding).SingleAsync());
        Assert.StartsWith("/media/uploads/", afbeelding, StringComparison.Ordinal);
        var wijzigen = await page.GetByRole(AriaRole.Link, new() { Name = $"Wijzigen {Titel}" }).GetAttributeAsync("href");
        Assert.NotNull(wijzigen);

        await page.GotoAsync("/activiteiten?wijk=ruwaard&periode=week");
        await page.GetByRole(AriaRole.Link, new() { Name = Titel }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Titel, Level = 1 })).ToBeVisibleAsync();
        var foto = page.Locator("img.wijk-afbeelding");
        await Assertions.Expect(foto).ToHaveAttributeAsync("alt", "Wandelaars op de dijk langs de Maas");
        await Assertions.Expect(foto).ToHaveAttributeAsync("srcset", new Regex("/media/uploads/.+ 480w"));
        await Toegankelijkheid.ControleerAsync(page);

        var rss = await context.APIRequest.GetAsync("/agenda.rss");
        Assert.Contains(Titel, await rss.TextAsync(), StringComparison.Ordinal);
        var ics = await context.APIRequest.GetAsync("/agenda.ics");
        Assert.Contains(Titel, await ics.TextAsync(), StringComparison.Ordinal);
        var api = await context.APIRequest.GetAsync("/api/activiteiten?wijk=ruwaard");
        Assert.Contains(Titel, await api.TextAsync(), StringComparison.Ordinal);

        // The search index follows within seconds (it is refreshed every two seconds).
        var gevonden = false;
        for (var poging = 0; poging < 20 && !gevonden; poging++)
        {
            await page.GotoAsync("/zoeken?q=wandelclub");
            gevonden = await page.GetByRole(AriaRole.Link, new() { Name = Titel }).CountAsync() > 0;
            if (!gevonden)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(gevonden, "De nieuwe activiteit is na tien seconden nog niet te vinden met zoeken.");

        await using var ander = await site.NieuweContextAsync();
        var anderePagina = await ander.NewPageAsync();
        await LogInAsync(anderePagina, "lid.rucrea@example.nl");
        var antwoord = await anderePagina.GotoAsync(wijzigen);
        Assert.Equal(404, antwoord!.Status);
        await anderePagina.GotoAsync("/beheer/activiteiten");
        await Assertions.Expect(anderePagina.GetByText(Titel)).ToHaveCountAsync(0);
    }

    private static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(new AccountOptions().DemoWachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));
    }
}

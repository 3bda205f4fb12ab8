using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Browser.Tests;

/// <summary>An organiser of the wijkraad at the counter: signs a neighbour up by phone, then sees her on the list; on the
/// day itself marks who came.</summary>
public sealed class OrganisatorTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Balie_MeldtBuurvrouwAanMetTelefoon_EnZietHaarOpDeLijst_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "lid.wijkraad@example.nl");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));

        await page.GotoAsync("/beheer/aanmelden/buurtlunch-de-haard");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vul").First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Radio).First.CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Mevrouw Bakker");
        await page.GetByLabel("Telefoonnummer").FillAsync("0412 654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByText(new Regex("/aanmelding/[A-Za-z0-9_-]{43}")).First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GotoAsync("/beheer/aanmeldingen");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Table).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Mevrouw Bakker" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Lijst_NaHetBegin_MarkeertWieErKwam_AxeSchoon()
    {
        var nu = site.Klok.Nu.UtcDateTime;
        var start = AgendaQueries.Utc(await site.MetDbAsync(db => db.Voorkomens
            .Where(v => v.Activiteit!.Slug == "buurtlunch-de-haard" && v.StartUtc > nu)
            .OrderBy(v => v.StartUtc).Select(v => v.StartUtc).FirstAsync()));
        await using (var scope = site.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MeldAan.Handler>().HandleAsync(
                new MeldAan.Command("buurtlunch-de-haard", start, "Meneer Jansen", null, "0412 123456", 1, null), CancellationToken.None);
        }

        // An hour into the lunch; signed in after moving the clock, as the sign-in cookie expires by it too.
        site.Klok.Nu = new DateTimeOffset(start).AddHours(1);
        try
        {
            await using var context = await site.NieuweContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync("/inloggen");
            await page.GetByLabel("E-mailadres").FillAsync("lid.wijkraad@example.nl");
            await page.GetByLabel("Wachtwoord").FillAsync(new AccountOptions().DemoWachtwoord);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));

            await page.GotoAsync($"/beheer/aanmeldingen/buurtlunch-de-haard?start={Tijd.Iso(start)}");
            await Toegankelijkheid.ControleerAsync(page);
            var jansen = page.GetByRole(AriaRole.Group, new() { Name = "Meneer Jansen" });
            await jansen.GetByLabel("Gekomen", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid opslaan" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De aanwezigheid is opgeslagen" })).ToBeVisibleAsync();
            await Assertions.Expect(jansen.GetByLabel("Gekomen", new() { Exact = true })).ToBeCheckedAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Meneer Jansen" })).ToContainTextAsync("Gekomen");
            await Toegankelijkheid.ControleerAsync(page);
        }
        finally
        {
            site.Klok.Nu = WijkApp.StandaardNu;
        }
    }
}

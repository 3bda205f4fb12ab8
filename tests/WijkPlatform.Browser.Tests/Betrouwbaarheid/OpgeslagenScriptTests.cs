using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Tests.Gedeeld;

namespace WijkPlatform.Browser.Tests.Betrouwbaarheid;

/// <summary>What a resident types into a form is stored and later shown to others: the organiser's list, the
/// redactie's moderation queue. Markup typed there must reach those pages as text. Checked in a real browser, where
/// script that slipped through would run: every payload calls <c>wijkXss</c>, which the page counts, and a dialog
/// handler counts alerts.</summary>
public sealed class OpgeslagenScriptTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Activiteit = "buurtlunch-de-haard";

    private static readonly string[] Namen =
    [
        "<img src=x onerror=wijkXss(1)>",
        "\"><svg onload=wijkXss(2)>",
    ];

    private static readonly string[] Opmerkingen =
    [
        "<script>wijkXss(3)</script><script>alert(3)</script>",
        "</td></tr></table><details open ontoggle=wijkXss(4)>",
        "<iframe srcdoc=\"<script>parent.wijkXss(5)</script>\"></iframe>",
    ];

    private const string Reden = "<a href=\"javascript:wijkXss(6)\">klik</a><b>vet</b><img src=x onerror=alert(6)>";

    [Fact]
    public async Task VijandigeInvoer_OpgeslagenEnGetoond_VoertGeenScriptUit_ToontTekst()
    {
        await using var context = await site.NieuweContextAsync();
        await context.AddInitScriptAsync("window.__wijkXss = []; window.wijkXss = n => window.__wijkXss.push(n);");
        var dialogen = new List<string>();
        context.Dialog += async (_, dialog) =>
        {
            lock (dialogen)
            {
                dialogen.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        var page = await context.NewPageAsync();
        var getoond = 0;

        // Residents sign up through the public form, with markup in their name and remark.
        for (var i = 0; i < Namen.Length; i++)
        {
            await page.GotoAsync($"/activiteiten/{Activiteit}/aanmelden");
            await page.Locator("input[name='Input.Start']").First.CheckAsync();
            await page.Locator("#Input_Naam").FillAsync(Namen[i]);
            await page.Locator("#Input_Email").FillAsync($"xss-{i}-{Guid.NewGuid():N}@example.nl");
            await page.Locator("#Input_Opmerking").FillAsync(Opmerkingen[i] + " " + Opmerkingen[(i + 1) % Opmerkingen.Length]);
            await page.Locator("#Input_Akkoord").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/aangemeld"));
            await GeenScriptAsync(page, dialogen, "bevestiging");
        }

        // And one reports the activity, with markup in the reason.
        await page.GotoAsync($"/activiteiten/{Activiteit}/melden");
        await page.Locator("#Reden").FillAsync(Reden);
        await page.Locator("#Email").FillAsync($"xss-melding-{Guid.NewGuid():N}@example.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await GeenScriptAsync(page, dialogen, "melding verstuurd");

        // The organiser opens the list of that date.
        var nu = site.Klok.Nu.UtcDateTime;
        var start = AgendaQueries.Utc(await site.MetDbAsync(db => db.Voorkomens
            .Where(v => v.Activiteit!.Slug == Activiteit && v.StartUtc > nu).OrderBy(v => v.StartUtc).Select(v => v.StartUtc).FirstAsync()));
        await InlogHulp.LogInAsync(page, "lid.wijkraad@example.nl");
        await page.GotoAsync($"/beheer/aanmeldingen/{Activiteit}?start={Tijd.Iso(start)}");
        await GeenScriptAsync(page, dialogen, "lijst van de organisator");
        foreach (var naam in Namen)
        {
            await Assertions.Expect(page.GetByText(naam, new() { Exact = true }).First).ToBeVisibleAsync();
            getoond++;
        }

        await Assertions.Expect(page.GetByText(Opmerkingen[0], new() { Exact = false }).First).ToBeVisibleAsync();
        getoond++;

        // The redactie opens the moderation queue with the report.
        await using var redactieContext = await site.NieuweContextAsync();
        await redactieContext.AddInitScriptAsync("window.__wijkXss = []; window.wijkXss = n => window.__wijkXss.push(n);");
        redactieContext.Dialog += async (_, dialog) =>
        {
            lock (dialogen)
            {
                dialogen.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        var redactie = await redactieContext.NewPageAsync();
        await InlogHulp.LogInAsync(redactie, "redactie@example.nl");
        await redactie.GotoAsync("/beheer/moderatie");
        await GeenScriptAsync(redactie, dialogen, "moderatie");
        await Assertions.Expect(redactie.GetByText(Reden, new() { Exact = true }).First).ToBeVisibleAsync();
        getoond++;

        Meetboek.Noteer(Meetboek.VijandigeInvoer, "Opgeslagen markup wordt in de browser als tekst getoond, er draait geen script",
            new Dictionary<string, object>
            {
                ["opgeslagen waarden"] = (Namen.Length * 2) + 1,
                ["pagina's bekeken"] = Namen.Length + 3,
                ["als tekst gezien"] = getoond,
                ["scripts uitgevoerd"] = 0,
                ["dialogen"] = dialogen.Count,
            });
    }

    /// <summary>No payload ran on this page (or a page before it in this tab) and no dialog opened.</summary>
    private static async Task GeenScriptAsync(IPage page, List<string> dialogen, string waar)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.wijkXss === 'function'"), $"De teller staat niet klaar op {waar}.");
        var gedraaid = await page.EvaluateAsync<int[]>("() => window.__wijkXss ?? []");
        Assert.True(gedraaid.Length == 0, $"Script draaide op {waar} ({page.Url}): {string.Join(", ", gedraaid)}");
        lock (dialogen)
        {
            Assert.True(dialogen.Count == 0, $"Dialoog op {waar}: {string.Join(", ", dialogen)}");
        }
    }
}

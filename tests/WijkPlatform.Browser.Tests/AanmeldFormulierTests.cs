using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>The sign-up form as a resident meets it: on a phone, without JavaScript, with mistakes first.</summary>
public sealed class AanmeldFormulierTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task OpTelefoon_FoutenBijHetVeldDanAangemeld_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync(new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/activiteiten/koken-met-kinderen");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout: Aanmelden"));
        await Assertions.Expect(page.GetByText("Kies een datum.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Vul je naam in.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Vul je e-mailadres of je telefoonnummer in.").First).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 360, $"De pagina is {breedte}px breed op een scherm van 360px.");

        await page.GetByRole(AriaRole.Radio).First.CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Yasmina");
        await page.GetByLabel("E-mailadres").FillAsync("yasmina@example.nl");
        await page.GetByLabel("Met hoeveel personen kom je?").SelectOptionAsync(new SelectOptionValue { Label = "2 personen" });
        await page.GetByLabel("Opmerking of wens (niet verplicht)").FillAsync("Mijn dochter is 8.");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik vind het goed", Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je bent aangemeld");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kijk in je mail" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task ZonderJavaScript_AanmeldenMetAlleenTelefoon()
    {
        await using var context = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/activiteiten/koken-met-kinderen/aanmelden");

        await page.GetByRole(AriaRole.Radio).Nth(1).CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Opa Henk");
        await page.GetByLabel("Telefoonnummer").FillAsync("0412 123456");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik vind het goed", Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je bent aangemeld");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kun je toch niet?" })).ToBeVisibleAsync();
    }
}

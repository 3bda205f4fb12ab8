using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>Beheer invites a person, gives them a wijk, disables the account and finds all of it in the audit log.</summary>
public sealed class GebruikersBeheerTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Beheer_NodigtUitWijzigtSchakeltUitEnLeestHetAuditlog_AxeSchoon()
    {
        var email = $"browser-{Guid.NewGuid():N}@example.nl";
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "beheer@example.nl");

        await page.GotoAsync("/beheer/gebruikers");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Accounts" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw account uitnodigen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies minstens één rol.");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Bianca Browser");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Redactie –" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Account van Bianca Browser" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{email} krijgt een mail");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Wijkteam –" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies bij de rol Wijkteam minstens één wijk.");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ussen", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De wijzigingen zijn opgeslagen.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Account uitschakelen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het account is uitgeschakeld.");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk wie dit account wijzigde" }).ClickAsync();
        var tabel = page.GetByRole(AriaRole.Table, new() { Name = "Auditlog" });
        await Assertions.Expect(tabel.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Actie").SelectOptionAsync("account-uitgeschakeld");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(tabel.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(tabel).ToContainTextAsync("status: uitgenodigd (nog geen wachtwoord) → uitgeschakeld");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download deze regel als CSV-bestand" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Auditlog_OpEenTelefoon_FoutBijHetVeldPastOpHetSchermEnIsAxeSchoon()
    {
        await using var context = await site.NieuweContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "beheer@example.nl");

        await page.GotoAsync("/beheer/audit?account=abc");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul het nummer van een account in");
        await Assertions.Expect(page.GetByLabel("Accountnummer")).ToHaveAttributeAsync("aria-invalid", "true");
        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 390, $"De pagina is {breedte}px breed op een telefoon van 390px.");
        await Toegankelijkheid.ControleerAsync(page);
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Browser.Tests;

public sealed class InloggenTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Inloggen_FoutEnDaarnaGoed_ToontMeldingBijVeldEnDanHetOverzicht()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/beheer");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inloggen"));

        await page.GetByLabel("E-mailadres").FillAsync("wijkteam.ruwaard@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync("niet-het-goede-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("wijkteam.ruwaard@example.nl");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Wachtwoord").FillAsync(WijkApp.DemoWachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inloggen/code"));
        await page.GetByLabel("Code uit je app").FillAsync(Totp.Code(WijkApp.DemoSleutel));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Carla");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom bij");
        await page.GotoAsync("/beheer");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inloggen"));
    }

    [Fact]
    public async Task Inloggen_MedewerkerMetCodeUitApp_EersteFouteCodeDanBinnen_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/beheer/aanmeldingen");
        await page.GetByLabel("E-mailadres").FillAsync("redactie@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync(WijkApp.DemoWachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inloggen/code\\?ReturnUrl=%2Fbeheer%2Faanmeldingen$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen: code uit je app");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de code van 6 cijfers uit je app in.");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Code uit je app").FillAsync(Totp.Code(WijkApp.DemoSleutel));
        await page.GetByLabel("Onthoud dit apparaat").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer/aanmeldingen$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanmeldingen voor jouw activiteiten");

        await page.GotoAsync("/beheer/account/tweestaps");
        await Assertions.Expect(page.GetByText("Inloggen in twee stappen staat aan.")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task WachtwoordVergeten_VanafInloggen_ZelfdeAntwoord_AxeSchoon()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wachtwoord vergeten");
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByLabel("E-mailadres").FillAsync("niemand@example.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een link" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kijk in je mail.");
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Inloggen_MedewerkerZonderTweeStaps_StelMetAppInEnGaVerder_AxeSchoon()
    {
        var email = $"wijkteam-{Guid.NewGuid():N}@example.nl";
        const string wachtwoord = "Zes kleine eendjes zwemmen rond";
        await using (var scope = site.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = new Gebruiker { Email = email, NormalizedEmail = users.NormalizeEmail(email)!, EmailBevestigd = true, Naam = "Gijs (wijkteam)" };
            Assert.True((await users.CreateAsync(gebruiker, wachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Wijkteam)).Succeeded);
        }

        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer/account/tweestaps"));
        await Assertions.Expect(page.GetByText("Stel eerst inloggen in twee stappen in.")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        var sleutel = await page.Locator("#sleutel").TextContentAsync();
        await page.GetByLabel("Code van 6 cijfers uit de app").FillAsync(Totp.Code(sleutel!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Zet aan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Inloggen in twee stappen staat aan.");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await Toegankelijkheid.ControleerAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, ga verder" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom, Gijs");
    }
}

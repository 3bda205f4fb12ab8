using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Browser.Tests;

/// <summary>Beheer handles a privacy request: searches an address, downloads the export, erases after the confirmation.
/// Axe checks every state of the page.</summary>
public sealed class PrivacyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Beheer_ZoektDownloadtEnWistMetBevestiging_AxeSchoon()
    {
        var (email, id) = await PersoonAsync();
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "beheer@example.nl");

        await page.GotoAsync("/beheer/privacy");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Privacyverzoeken (AVG)", Level = 1 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("E-mailadres of telefoonnummer").FillAsync("geen adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.GetByLabel("E-mailadres of telefoonnummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("E-mailadres of telefoonnummer")).ToHaveValueAsync("geen adres");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("E-mailadres of telefoonnummer").FillAsync(email.ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmeldingen voor activiteiten (1)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuwsbrief (1)" })).ToBeVisibleAsync();
        Assert.DoesNotContain(email, page.Url, StringComparison.OrdinalIgnoreCase);
        await Toegankelijkheid.ControleerAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download de export" }).ClickAsync());
        var json = await File.ReadAllTextAsync((await download.PathAsync())!, Ct);
        Assert.Matches("^privacy-export-[0-9]{8}\\.json$", download.SuggestedFilename);
        Assert.Contains(email, json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"bewaartermijn\"", json, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Wissen…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weet je zeker dat je dit wilt wissen?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit blijft" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief wissen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Fout:"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Zet een vinkje");
        await Toegankelijkheid.ControleerAsync(page);

        await page.GetByLabel("Ik heb gecontroleerd dat het verzoek van deze persoon komt en dat dit gewist mag worden.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief wissen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gewist", Level = 2 })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(page);

        var aanmelding = await site.MetDbAsync(db => db.Aanmeldingen.AsNoTracking().SingleAsync(a => a.Id == id, Ct));
        Assert.Null(aanmelding.Email);
        Assert.NotNull(aanmelding.GewistUtc);
        Assert.Equal(1, aanmelding.Personen);
        Assert.Equal(0, await site.MetDbAsync(db => db.NieuwsbriefAbonnementen.CountAsync(a => a.Email == email, Ct)));
    }

    [Fact]
    public async Task Telefoon_ResultatenPassenOpSmalScherm()
    {
        var (email, _) = await PersoonAsync();
        await using var context = await site.NieuweContextAsync(new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await InlogHulp.LogInAsync(page, "beheer@example.nl");

        await page.GotoAsync("/beheer/privacy");
        await page.GetByLabel("E-mailadres of telefoonnummer").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmeldingen voor activiteiten (1)" })).ToBeVisibleAsync();

        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 360, $"De pagina is {breedte} pixels breed op een scherm van 360.");
        await Toegankelijkheid.ControleerAsync(page);
    }

    /// <summary>A resident with a sign-up and a newsletter subscription, written straight into the database.</summary>
    private async Task<(string Email, long Id)> PersoonAsync()
    {
        var email = $"browser-privacy-{Guid.NewGuid():N}@example.nl";
        var nu = site.Klok.GetUtcNow().UtcDateTime;
        var id = await site.MetDbAsync(async db =>
        {
            var voorkomen = await db.Voorkomens.Where(v => v.Activiteit!.Slug == "koken-met-kinderen" && v.StartUtc > nu).OrderBy(v => v.StartUtc).FirstAsync(Ct);
            var aanmelding = new Aanmelding
            {
                ActiviteitId = voorkomen.ActiviteitId,
                StartUtc = voorkomen.StartUtc,
                Status = AanmeldingStatus.Bevestigd,
                Personen = 1,
                Naam = "Browser Bewoner",
                Email = email,
                AangemeldUtc = nu,
                PlaatsUtc = nu,
            };
            db.Aanmeldingen.Add(aanmelding);
            db.NieuwsbriefAbonnementen.Add(new NieuwsbriefAbonnement
            {
                Email = email,
                WijkId = await db.Wijken.Where(w => w.Slug == "ruwaard").Select(w => w.Id).SingleAsync(Ct),
                Status = AbonnementStatus.Actief,
                AfmeldCode = Guid.NewGuid().ToString("N"),
                AangevraagdUtc = nu,
                BevestigdUtc = nu,
            });
            await db.SaveChangesAsync(Ct);
            return aanmelding.Id;
        });
        return (email, id);
    }
}

using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Browser.Tests;

/// <summary>Beheer's tools for running the site: Hangfire's dashboard under the site's security headers, and /health.</summary>
public sealed class BedrijfsvoeringTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] Statussen = ["Healthy", "Degraded", "Unhealthy"];

    [Fact]
    public async Task Beheer_OpentAchtergrondtakenEnZietDeMislukteTaak_ZonderCspFouten()
    {
        var kenmerk = Guid.NewGuid().ToString("N");
        var id = site.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProefTaak>(t => t.Voer(kenmerk));
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();
        var cspFouten = new List<string>();
        page.Console += (_, bericht) =>
        {
            if (bericht.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspFouten.Add(bericht.Text);
            }
        };
        await InlogHulp.LogInAsync(page, "beheer@example.nl");

        await page.GotoAsync("/beheer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Achtergrondtaken", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Achtergrondtaken van het WijkPlatform" })).ToBeVisibleAsync();
        // Scripts and styles ran: the stylesheet fixes the navigation bar, the chart script takes over the canvas.
        Assert.Equal("fixed", await page.Locator(".navbar-fixed-top").EvaluateAsync<string>("e => getComputedStyle(e).position"));
        await Assertions.Expect(page.Locator("#realtimeGraph")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("chartjs-render-monitor"));
        await page.GotoAsync("/beheer/jobs/jobs/failed");
        await Assertions.Expect(page.GetByText($"Proefstoring {kenmerk}").First).ToBeVisibleAsync();
        await page.Locator($"a[href$='/jobs/details/{id}']").First.ClickAsync();
        await Assertions.Expect(page.GetByText($"Proefstoring {kenmerk}").First).ToBeVisibleAsync();

        Assert.True(cspFouten.Count == 0, string.Join("\n", cspFouten));
    }

    [Fact]
    public async Task Anoniem_Health_ToontAlleenDeStatus()
    {
        await using var context = await site.NieuweContextAsync();
        var page = await context.NewPageAsync();

        var antwoord = await page.GotoAsync("/health");
        var tekst = (await page.Locator("body").InnerTextAsync()).Trim();

        Assert.Contains(tekst, Statussen);
        Assert.Equal(tekst == "Unhealthy" ? 503 : 200, antwoord?.Status);
    }

    /// <summary>A job that always fails, with no retry, like the site's own.</summary>
    public sealed class ProefTaak
    {
        [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
        public void Voer(string kenmerk) => throw new InvalidOperationException($"Proefstoring {kenmerk}");
    }
}

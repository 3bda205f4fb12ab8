using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

public sealed class TelefoonEnZonderJavaScriptTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/activiteiten")]
    [InlineData("/dagontmoeting")]
    [InlineData("/wijkteam")]
    [InlineData("/clientondersteuning")]
    [InlineData("/activiteiten/huiskamer-de-haard")]
    [InlineData("/organisaties/wijkraad-ruwaard")]
    [InlineData("/activiteiten/print?week=2026-W49")]
    [InlineData("/activiteiten?categorie=dagontmoeting&periode=week")]
    public async Task Pagina_Op320PixelsBreed_HeeftGeenHorizontaleScrollbalk(string pad)
    {
        await using var context = await site.NieuweContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();

        await page.GotoAsync(pad);

        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var teBreed = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > 321)
                .slice(0, 5)
                .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px`)
            """);
        Assert.True(breedte <= 320, $"{pad} is {breedte}px breed op een scherm van 320px: {string.Join("; ", teBreed)}");
        await Toegankelijkheid.ControleerAsync(page);
    }

    [Fact]
    public async Task Activiteiten_WijkKiezenZonderJavaScript_ToontAlleenDieWijk()
    {
        await using var context = await site.NieuweContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/activiteiten");

        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ussen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon activiteiten" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("wijk=ussen"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ontmoetingsochtend in De Hille" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Koffie-inloop in De Haard" })).ToHaveCountAsync(0);
    }
}

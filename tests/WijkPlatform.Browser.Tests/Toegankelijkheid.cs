using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace WijkPlatform.Browser.Tests;

internal static class Toegankelijkheid
{
    private static readonly AxeRunOptions Regels = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    /// <summary>Runs axe-core on the page as it is now and fails with every violation spelled out.</summary>
    public static async Task ControleerAsync(IPage page)
    {
        var resultaat = await page.RunAxe(Regels);
        var fouten = resultaat.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => n.Html)))
            .ToList();
        Assert.True(fouten.Count == 0, $"axe op {page.Url}:\n" + string.Join("\n", fouten));
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Tests.Informatie;

/// <summary>The editable text is a page redactie can take offline; the page then still explains the essentials. A class of
/// its own, because it changes the page every other test of the fixture reads.</summary>
public sealed class ClientondersteuningZonderPaginaTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_RedactiePaginaIngetrokken_ToontVasteUitlegEnDeOpzoekfunctie()
    {
        await app.MetDbAsync(db => db.Paginas.Where(p => p.Slug == ClientondersteuningQueries.PaginaSlug)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PaginaStatus.Ingetrokken), TestContext.Current.CancellationToken));

        var html = await app.HaalAsync("/clientondersteuning?postcode=5345AB");

        Assert.DoesNotContain("Hoe kom je in contact?", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Onafhankelijke cliëntondersteuning</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Het is <strong>gratis</strong>.", html, StringComparison.Ordinal);
        Assert.Contains("niet voor de gemeente, niet voor een zorgaanbieder en niet voor het wijkteam", html, StringComparison.Ordinal);
        Assert.Contains("de Participatiewet, de Wet langdurige zorg (Wlz), schulden en geldzorgen", html, StringComparison.Ordinal);
        Assert.Contains(">Hulp in Ussen</h3>", html, StringComparison.Ordinal);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Monitor;
using WijkPlatform.Web.Pages.Beheer.Monitor;

namespace WijkPlatform.Web.Tests.Monitor;

/// <summary>Who may see which figures: the page and every export (each figure and all together, CSV and XLSX), built
/// from the same list of figures as the page, so a new figure is covered here without changing this test.</summary>
public sealed class MonitorToegangTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static readonly MonitorPeriode Periode = new(new Maand(2025, 12), new Maand(2026, 11));

    public static IEnumerable<string> Adressen(string? wijk)
    {
        yield return wijk is null ? $"/beheer/monitor?van={Periode.Van.Code}&tot={Periode.Tot.Code}"
            : $"/beheer/monitor?wijk={Uri.EscapeDataString(wijk)}&van={Periode.Van.Code}&tot={Periode.Tot.Code}";
        foreach (var figuur in MonitorFiguren.Sleutels.Append(MonitorFiguren.Alles))
        {
            foreach (var formaat in new[] { "csv", "xlsx" })
            {
                yield return MonitorLinks.Naar(figuur, formaat, wijk, Periode);
            }
        }
    }

    [Fact]
    public void Adressen_DekkenPaginaEnElkeExport()
    {
        Assert.Equal(1 + (MonitorFiguren.Sleutels.Count + 1) * 2, Adressen("ruwaard").Count());
    }

    [Fact]
    public async Task Anoniem_ElkAdres_GaatNaarInloggen()
    {
        using var client = app.MaakClient();

        foreach (var adres in Adressen("ruwaard").Concat(Adressen(null)))
        {
            using var response = await client.GetAsync(adres, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{adres} gaf {(int)response.StatusCode}.");
            Assert.Contains("inloggen", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("lid.wijkraad@example.nl")]
    [InlineData("redactie@example.nl")]
    public async Task LidOfRedactie_ElkAdres_Geweigerd(string email)
    {
        using var client = await app.IngelogdAsync(email);

        foreach (var adres in Adressen("ruwaard").Concat(Adressen(null)))
        {
            using var response = await client.GetAsync(adres, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{adres} gaf {(int)response.StatusCode} voor {email}.");
            Assert.Null(response.Content.Headers.ContentDisposition);
        }
    }

    [Fact]
    public async Task WijkteamRuwaard_EigenWijkWel_UssenNietOokNietGeraden()
    {
        var ussenId = await app.MetDbAsync(db => db.Wijken.Where(w => w.Slug == "ussen").Select(w => w.Id).SingleAsync());
        using var client = await app.IngelogdAsync("wijkteam.ruwaard@example.nl");

        foreach (var adres in Adressen("ruwaard").Concat(Adressen(null)))
        {
            using var response = await client.GetAsync(adres, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{adres} gaf {(int)response.StatusCode}.");
        }

        foreach (var wijk in new[] { "ussen", "USSEN", ussenId.ToString(System.Globalization.CultureInfo.InvariantCulture), "bestaat-niet" })
        {
            foreach (var adres in Adressen(wijk))
            {
                using var response = await client.GetAsync(adres, TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{adres} gaf {(int)response.StatusCode}.");
                Assert.Null(response.Content.Headers.ContentDisposition);
            }
        }

        var pagina = await client.GetStringAsync("/beheer/monitor", TestContext.Current.CancellationToken);
        Assert.Contains("<option value=\"ruwaard\"", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"ussen\"", pagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlleWijken_WijkteamZietAlleenEigenWijk_BeheerAlles()
    {
        var categorie = await CategorieAlleenInUssenAsync();
        using var ruwaard = await app.IngelogdAsync("wijkteam.ruwaard@example.nl");
        using var beheer = await app.IngelogdAsync("beheer@example.nl");

        var voorRuwaard = await ruwaard.GetStringAsync(MonitorLinks.Naar(MonitorFiguren.Alles, "csv", null, Periode), TestContext.Current.CancellationToken);
        var voorBeheer = await beheer.GetStringAsync(MonitorLinks.Naar(MonitorFiguren.Alles, "csv", null, Periode), TestContext.Current.CancellationToken);
        var paginaRuwaard = await ruwaard.GetStringAsync(Adressen(null).First(), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(categorie, voorRuwaard, StringComparison.Ordinal);
        Assert.DoesNotContain(categorie, paginaRuwaard, StringComparison.Ordinal);
        Assert.Contains($"{categorie};1;1", voorBeheer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beheer_ElkeWijkEnAlleWijken_Toegestaan()
    {
        using var client = await app.IngelogdAsync("beheer@example.nl");

        foreach (var adres in Adressen("ussen").Concat(Adressen("ruwaard")).Concat(Adressen(null)))
        {
            using var response = await client.GetAsync(adres, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{adres} gaf {(int)response.StatusCode}.");
        }

        var pagina = await client.GetStringAsync("/beheer/monitor", TestContext.Current.CancellationToken);
        Assert.Contains("<option value=\"ussen\"", pagina, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ruwaard\"", pagina, StringComparison.Ordinal);
    }

    /// <summary>One activity with one date in Ussen, in a category used nowhere else.</summary>
    private async Task<string> CategorieAlleenInUssenAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var naam = $"Alleen Ussen {id}";
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
            var ussen = await db.Wijken.SingleAsync(w => w.Slug == "ussen", TestContext.Current.CancellationToken);
            db.Activiteiten.Add(new Activiteit
            {
                Key = Guid.NewGuid(),
                Slug = $"ussen-{id}",
                Titel = $"Ussen {id}",
                Categorie = new Categorie { Key = Guid.NewGuid(), Slug = $"ussen-{id}", Naam = naam, Volgorde = 950 },
                WijkId = ussen.Id,
                StartLokaal = new DateTime(2026, 10, 1, 10, 0, 0),
                DuurMinuten = 60,
                Status = ActiviteitStatus.Gepubliceerd,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var scope = app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().BijwerkenAsync(TestContext.Current.CancellationToken);
        }

        return naam;
    }
}

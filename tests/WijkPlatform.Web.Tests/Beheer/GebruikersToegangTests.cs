using System.Globalization;
using static WijkPlatform.Web.Tests.Beheer.GebruikersHulp;

namespace WijkPlatform.Web.Tests.Beheer;

/// <summary>Accounts and the audit log are for beheer only: every page and every handler, also when posted by hand.</summary>
public sealed class GebruikersToegangTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static readonly string[] Paginas = ["/beheer/gebruikers", "/beheer/gebruikers?zoek=a&rol=Beheer&status=actief", "/beheer/gebruikers/uitnodigen",
        "/beheer/gebruikers/{id}", "/beheer/audit", "/beheer/audit?wie=a&van=2026-01-01", "/beheer/audit?handler=csv"];

    private static readonly string[] Handlers = ["/beheer/gebruikers/uitnodigen", "/beheer/gebruikers/{id}?handler=Opslaan",
        "/beheer/gebruikers/{id}?handler=Uitschakelen", "/beheer/gebruikers/{id}?handler=Inschakelen", "/beheer/gebruikers/{id}?handler=Opnieuw"];

    [Theory]
    [InlineData(null)]
    [InlineData("lid.wijkraad@example.nl")]
    [InlineData("wijkteam.ruwaard@example.nl")]
    [InlineData("redactie@example.nl")]
    public async Task AllesBehalveBeheer_WordtGeweigerd(string? email)
    {
        var doelwit = await DoelwitAsync();
        using var client = email is null ? app.MaakClient() : await app.IngelogdAsync(email);
        var formulier = email is null ? "/inloggen" : "/beheer";

        foreach (var pagina in Paginas.Select(p => p.Replace("{id}", doelwit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(pagina, TestContext.Current.CancellationToken);
            AssertGeweigerd(response, email, pagina);
        }

        foreach (var handler in Handlers.Select(p => p.Replace("{id}", doelwit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        {
            var velden = Toegang([Core.Beheer.Rollen.Beheer]);
            velden.Add(new("Input.Naam", "Indringer"));
            velden.Add(new("Input.Email", UniekEmail("indringer")));
            velden.Add(new("Stempel", "x"));
            var response = await PostAsync(client, handler, velden, formulier);
            AssertGeweigerd(response, email, handler);
        }

        var na = await app.MetDbAsync(db => Task.FromResult(db.Gebruikers.Where(g => g.Id == doelwit).Select(g => new { g.UitgeschakeldUtc, Rollen = g.Rollen.Count }).Single()));
        Assert.Null(na.UitgeschakeldUtc);
        Assert.Equal(1, na.Rollen);
        Assert.False(await app.MetDbAsync(db => Task.FromResult(db.Gebruikers.Any(g => g.Naam == "Indringer"))));
    }

    [Fact]
    public async Task Beheer_MagElkePaginaZien()
    {
        var doelwit = await DoelwitAsync();
        using var client = await app.IngelogdAsync(BeheerEmail);

        foreach (var pagina in Paginas.Select(p => p.Replace("{id}", doelwit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(pagina, TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pagina} gaf {(int)response.StatusCode} voor beheer.");
        }
    }

    private static void AssertGeweigerd(HttpResponseMessage response, string? email, string url)
    {
        var naar = response.Headers.Location is { } l ? new Uri(new Uri("http://localhost"), l).PathAndQuery : "";
        var verwacht = email is null ? "/inloggen" : "/geen-toegang";
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden && (response.StatusCode == HttpStatusCode.Forbidden || naar.StartsWith(verwacht, StringComparison.Ordinal)),
            $"{url} als {email ?? "bezoeker"} gaf {(int)response.StatusCode} naar '{naar}'.");
    }

    private async Task<int> DoelwitAsync() => (await AccountHulp.MaakAccountAsync(app, Core.Beheer.Rollen.Collectief)).Id;
}

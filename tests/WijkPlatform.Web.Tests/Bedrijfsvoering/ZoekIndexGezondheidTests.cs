using static WijkPlatform.Web.Tests.Bedrijfsvoering.GezondheidHulp;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

/// <summary>Breaks this fixture's own index on disk, so it has a class (and a site) of its own.</summary>
public sealed class ZoekIndexGezondheidTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Zoekindex_BestandenWegOfOnleesbaar_IsOngezond()
    {
        using var beheer = await app.IngelogdAsync("beheer@example.nl");
        var gezond = Controle(await DetailsAsync(beheer), "zoekindex");

        // Removing (not overwriting) keeps the files that the open index still reads intact for it.
        foreach (var bestand in Directory.EnumerateFiles(app.ZoekIndexMap))
        {
            File.Delete(bestand);
        }

        var leeg = await DetailsAsync(beheer);
        await File.WriteAllTextAsync(Path.Combine(app.ZoekIndexMap, "segments_9"), "geen lucene", TestContext.Current.CancellationToken);
        var onleesbaar = Controle(await DetailsAsync(beheer), "zoekindex");
        using var anoniem = app.MaakClient();
        var publiek = await anoniem.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", Status(gezond));
        Assert.True(Gegeven(gezond, "documenten") > 0);
        Assert.Equal("Unhealthy", Status(Controle(leeg, "zoekindex")));
        Assert.Equal("Unhealthy", leeg.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", Status(onleesbaar));
        Assert.StartsWith("De zoekindex is niet leesbaar", onleesbaar.GetProperty("omschrijving").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, publiek.StatusCode);
        Assert.Equal("Unhealthy", await publiek.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

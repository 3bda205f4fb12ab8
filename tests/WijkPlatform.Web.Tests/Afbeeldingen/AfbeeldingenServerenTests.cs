using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Afbeeldingen;

/// <summary>An upload through the site's own registration, then fetched over the real HTTP pipeline.</summary>
public sealed class AfbeeldingenServerenTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_ElkeVersieUitDeSrcset_GeeftWebpMetLangeCacheEnNosniff()
    {
        var uitkomst = await VerwerkAsync(TestFotos.Png(1000, 600));
        Assert.True(uitkomst.IsOpgeslagen, uitkomst.Melding);
        var bron = UploadAfbeelding.Bronnen(uitkomst.Pad);
        Assert.NotNull(bron);
        using var client = app.MaakClient();

        var urls = bron.Srcset.Split(", ").Select(deel => deel.Split(' ')[0]).ToList();

        Assert.Equal(3, urls.Count);
        foreach (var url in urls)
        {
            using var antwoord = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal("image/webp", antwoord.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", antwoord.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
            var bestand = Path.Combine(app.AfbeeldingenMap, url[(UploadAfbeelding.UrlMap.Length + 1)..]);
            Assert.Equal(await File.ReadAllBytesAsync(bestand, TestContext.Current.CancellationToken),
                await antwoord.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [InlineData("lees-mij.html", "<script>alert(1)</script>")]
    [InlineData("notities.txt", "geheim")]
    [InlineData(".0123456789abcdef0123456789abcdef-480.webp.1234.tmp", "half geschreven")]
    [InlineData(".verborgen.webp", "half geschreven")]
    public async Task Get_AnderBestandInDeMap_WordtNietGeserveerd(string naam, string inhoud)
    {
        Directory.CreateDirectory(app.AfbeeldingenMap);
        await File.WriteAllTextAsync(Path.Combine(app.AfbeeldingenMap, naam), inhoud, TestContext.Current.CancellationToken);
        using var client = app.MaakClient();

        using var antwoord = await client.GetAsync($"{UploadAfbeelding.UrlMap}/{naam}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.DoesNotContain(inhoud, await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Startafbeelding_BlijftWerken()
    {
        using var client = app.MaakClient();

        using var antwoord = await client.GetAsync("/media/activiteiten/koffie.svg", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Null(UploadAfbeelding.Bronnen("/media/activiteiten/koffie.svg"));
    }

    [Fact]
    public void Registratie_MapUitInstellingen_IsDeMapVanDezeFixture()
    {
        var map = app.Services.GetRequiredService<Web.Adapters.Afbeeldingen.AfbeeldingMap>();

        Assert.Equal(Path.GetFullPath(app.AfbeeldingenMap), map.Pad);
        Assert.True(Directory.Exists(map.Pad));
    }

    private async Task<AfbeeldingUitkomst> VerwerkAsync(byte[] bytes)
    {
        using var stroom = new MemoryStream(bytes, writable: false);
        return await app.Services.GetRequiredService<IAfbeeldingVerwerker>().VerwerkAsync(stroom, TestContext.Current.CancellationToken);
    }
}

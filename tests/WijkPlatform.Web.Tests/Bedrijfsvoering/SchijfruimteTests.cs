using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WijkPlatform.Web.Bedrijfsvoering;
using static WijkPlatform.Web.Tests.Bedrijfsvoering.GezondheidHulp;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

/// <summary>A site that wants more free space than any test machine has.</summary>
public sealed class VeeleisendeSchijfApp : WijkApp
{
    protected override void Instellingen(IWebHostBuilder builder) =>
        builder.UseSetting("Gezondheid:VrijeSchijfMbWaarschuwing", "100000000");
}

public sealed class SchijfruimteTests(VeeleisendeSchijfApp app) : IClassFixture<VeeleisendeSchijfApp>
{
    [Fact]
    public async Task Schijfruimte_MinderDanDeWaarschuwingsgrens_IsEenWaarschuwing()
    {
        using var beheer = await app.IngelogdAsync("beheer@example.nl");

        var schijf = Controle(await DetailsAsync(beheer), "schijfruimte");

        Assert.Equal("Degraded", Status(schijf));
        Assert.True(Gegeven(schijf, "vrijMb") is > 0 and < 100_000_000);
    }

    [Theory]
    [InlineData(0, 0, HealthStatus.Healthy)]
    [InlineData(100_000_000, 0, HealthStatus.Degraded)]
    [InlineData(100_000_000, 100_000_000, HealthStatus.Unhealthy)]
    public async Task Schijfruimte_Grenzen_BepalenDeStatus(long waarschuwing, long fout, HealthStatus verwacht)
    {
        var controle = new SchijfruimteControle(new VasteOpties(new GezondheidOptions { VrijeSchijfMbWaarschuwing = waarschuwing, VrijeSchijfMbFout = fout }),
            app.Services.GetRequiredService<SchrijfMappen>());

        var resultaat = await controle.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(verwacht, resultaat.Status);
    }

    [Fact]
    public void SchrijfMappen_BevatDeMappenVanDeSite()
    {
        var mappen = app.Services.GetRequiredService<SchrijfMappen>().Paden;

        Assert.Contains(Path.GetFullPath(app.AfbeeldingenMap), mappen);
        Assert.Contains(Path.GetFullPath(app.BijlagenMap), mappen);
        Assert.Contains(Path.GetFullPath(app.ZoekIndexMap), mappen);
    }

    private sealed class VasteOpties(GezondheidOptions waarde) : IOptionsMonitor<GezondheidOptions>
    {
        public GezondheidOptions CurrentValue => waarde;

        public GezondheidOptions Get(string? name) => waarde;

        public IDisposable? OnChange(Action<GezondheidOptions, string?> listener) => null;
    }
}

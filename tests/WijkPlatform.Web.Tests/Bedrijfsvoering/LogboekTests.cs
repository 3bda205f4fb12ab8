using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

/// <summary>The site with a Serilog sink of the test's own, found by the site through ReadFrom.Services.</summary>
public sealed class LogboekApp : WijkApp
{
    public Vanger Gebeurtenissen { get; } = new();

    protected override void Instellingen(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(Gebeurtenissen));

    public sealed class Vanger : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> gebeurtenissen = new();

        public IReadOnlyCollection<LogEvent> Alle => gebeurtenissen;

        public void Emit(LogEvent logEvent) => gebeurtenissen.Enqueue(logEvent);
    }
}

public sealed class LogboekTests(LogboekApp app) : IClassFixture<LogboekApp>
{
    [Fact]
    public async Task Verzoek_MetGeheimInAdres_StaatZonderGeheimInHetLogboek()
    {
        var geheim = $"geheim{Guid.NewGuid():N}";
        using var client = app.MaakClient();

        await client.GetAsync($"/wachtwoord-herstellen?gebruiker=1&code={geheim}", TestContext.Current.CancellationToken);
        await client.GetAsync($"/zoeken?q=fiets&token={geheim}&sleutel={geheim}", TestContext.Current.CancellationToken);
        await client.GetAsync($"/aanmelding/{geheim}", TestContext.Current.CancellationToken);
        await client.GetAsync($"/nieuwsbrief/afmelden/{geheim}", TestContext.Current.CancellationToken);
        await client.GetAsync($"/beheer/account/tweestaps?ReturnUrl=%2Fwachtwoord-herstellen%3Fcode%3D{geheim}", TestContext.Current.CancellationToken);
        var paden = await VerzoekPadenAsync(5, geheim);

        Assert.Contains("/wachtwoord-herstellen?gebruiker=1&code=***", paden);
        Assert.Contains("/zoeken?q=fiets&token=***&sleutel=***", paden);
        Assert.Contains("/aanmelding/***", paden);
        Assert.Contains("/nieuwsbrief/afmelden/***", paden);
        Assert.Contains("/beheer/account/tweestaps?ReturnUrl=%2Fwachtwoord-herstellen%3Fcode%3D%2A%2A%2A", paden);
        var metGeheim = app.Gebeurtenissen.Alle.Where(e => Tekst(e).Contains(geheim, StringComparison.Ordinal)).Select(Tekst).ToList();
        Assert.True(metGeheim.Count == 0, string.Join("\n", metGeheim));
    }

    [Fact]
    public async Task Verzoek_WordtGestructureerdGelogd()
    {
        var pad = $"/bestaat-niet-{Guid.NewGuid():N}";
        using var client = app.MaakClient();

        await client.GetAsync(pad, TestContext.Current.CancellationToken);
        var gebeurtenis = await VerzoekAsync(pad);

        Assert.Equal("GET", ((ScalarValue)gebeurtenis.Properties["RequestMethod"]).Value);
        Assert.Equal(404, ((ScalarValue)gebeurtenis.Properties["StatusCode"]).Value);
        Assert.Equal(LogEventLevel.Information, gebeurtenis.Level);
    }

    private static string Tekst(LogEvent e) =>
        $"{e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}";

    private static string? Pad(LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var waarde) && e.Properties.ContainsKey("StatusCode") ? (waarde as ScalarValue)?.Value as string : null;

    /// <summary>The request event is written when the pipeline is done, which can be just after the client has its answer.</summary>
    private async Task<List<string>> VerzoekPadenAsync(int aantal, string teken)
    {
        List<string> paden = [];
        for (var i = 0; i < 100; i++)
        {
            paden = app.Gebeurtenissen.Alle.Select(Pad).OfType<string>()
                .Where(p => p.Contains("***", StringComparison.Ordinal) || p.Contains("%2A%2A%2A", StringComparison.Ordinal)
                    || p.Contains(teken, StringComparison.Ordinal)).ToList();
            if (paden.Count >= aantal)
            {
                break;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return paden;
    }

    private async Task<LogEvent> VerzoekAsync(string pad)
    {
        for (var i = 0; i < 100; i++)
        {
            if (app.Gebeurtenissen.Alle.FirstOrDefault(e => Pad(e) == pad) is { } gebeurtenis)
            {
                return gebeurtenis;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"Geen verzoek naar {pad} gelogd.");
    }
}

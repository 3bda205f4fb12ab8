using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WijkPlatform.Web.Bedrijfsvoering;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

/// <summary>The site with OpenTelemetry on; the spans also go to a list of the test's own. The OTLP receiver's address is
/// a closed port on this machine: nothing listens, and the exporter drops what it cannot send.</summary>
public sealed class TelemetrieApp : WijkApp
{
    public SpanLijst Spans { get; } = [];

    protected override void Instellingen(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenTelemetry:Aan", "true");
        builder.UseSetting("OpenTelemetry:Endpoint", "http://127.0.0.1:9");
        builder.UseSetting("OpenTelemetry:ServiceNaam", "wijkplatform-proef");
        builder.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans)));
    }
}

/// <summary>Spans end on the threads of the requests, so the exporter may add two at once.</summary>
public sealed class SpanLijst : Collection<Activity>
{
    private readonly Lock slot = new();

    public List<Activity> Kopie()
    {
        lock (slot)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (slot)
        {
            base.InsertItem(index, item);
        }
    }
}

public sealed class TelemetrieTests(TelemetrieApp app) : IClassFixture<TelemetrieApp>
{
    [Fact]
    public async Task Aan_Verzoek_GeeftEenServerSpanZonderGeheim()
    {
        var kenmerk = Guid.NewGuid().ToString("N");
        using var client = app.MaakClient();

        await client.GetAsync($"/proef-{kenmerk}", TestContext.Current.CancellationToken);
        await client.GetAsync($"/aanmelding/geheim{kenmerk}", TestContext.Current.CancellationToken);
        var proef = await SpanAsync(s => Pad(s)?.Contains($"proef-{kenmerk}", StringComparison.Ordinal) == true);
        var aanmelding = await SpanAsync(s => s.GetTagItem("http.route") as string == "aanmelding/{sleutel}" && Pad(s) == "/aanmelding/***");

        Assert.Equal(ActivityKind.Server, proef.Kind);
        Assert.Equal("GET", proef.GetTagItem("http.request.method"));
        Assert.Equal(ActivityKind.Server, aanmelding.Kind);
        Assert.DoesNotContain(app.Spans.Kopie(), s => s.Tags.Any(t => t.Value?.Contains($"geheim{kenmerk}", StringComparison.Ordinal) == true));
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void Uit_RegistreertNiets()
    {
        var services = new ServiceCollection();

        services.AddWijkTelemetrie(new ConfigurationBuilder().AddInMemoryCollection([new("OpenTelemetry:Endpoint", "http://127.0.0.1:9")]).Build());

        Assert.Empty(services);
    }

    [Theory]
    [InlineData("OpenTelemetry:Endpoint", "geen adres", "OpenTelemetry:Endpoint moet een volledig http- of https-adres zijn")]
    [InlineData("OpenTelemetry:Endpoint", "", "OpenTelemetry:Endpoint moet een volledig http- of https-adres zijn")]
    [InlineData("OpenTelemetry:Protocol", "udp", "OpenTelemetry:Protocol moet grpc of http/protobuf zijn.")]
    public void Aan_FouteInstelling_StoptMetDuidelijkeMelding(string sleutel, string waarde, string melding)
    {
        var fout = StartMet(("OpenTelemetry:Aan", "true"), ("OpenTelemetry:Endpoint", "http://127.0.0.1:9"), (sleutel, waarde));

        Assert.Contains(melding, fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gezondheid:MailWachtMinutenWaarschuwing", "90", "Gezondheid:MailWachtMinutenWaarschuwing moet kleiner zijn")]
    [InlineData("Gezondheid:VrijeSchijfMbFout", "5000", "Gezondheid:VrijeSchijfMbWaarschuwing moet groter zijn")]
    [InlineData("Logboek:Console", "Xml", "Logboek:Console moet Tekst, Json of Uit zijn.")]
    public void Start_FouteBedrijfsvoeringsinstelling_StoptMetDuidelijkeMelding(string sleutel, string waarde, string melding)
    {
        var fout = StartMet((sleutel, waarde));

        Assert.Contains(melding, fout.Message, StringComparison.Ordinal);
    }

    private static OptionsValidationException StartMet(params (string Sleutel, string Waarde)[] instellingen)
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"wijk-config-{Guid.NewGuid():N}.db");
        using var site = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Test");
            b.UseSetting("ConnectionStrings:Wijk", $"Data Source={bestand}");
            b.UseSetting("Database:Provider", "Sqlite");
            foreach (var (sleutel, waarde) in instellingen)
            {
                b.UseSetting(sleutel, waarde);
            }
        });
        try
        {
            return Assert.Throws<OptionsValidationException>(() => site.Server);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(bestand);
        }
    }

    private static string? Pad(Activity span) => span.GetTagItem("url.path") as string;

    private async Task<Activity> SpanAsync(Func<Activity, bool> past)
    {
        for (var i = 0; i < 100; i++)
        {
            if (app.Spans.Kopie().FirstOrDefault(past) is { } span)
            {
                return span;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException("Geen passende span opgenomen:\n" + string.Join("\n",
            app.Spans.Kopie().Select(s => $"{s.Kind} {s.DisplayName} {string.Join(", ", s.Tags.Select(t => $"{t.Key}={t.Value}"))}")));
    }
}

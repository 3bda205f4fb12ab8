using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Web.Adapters.Virusscan;

namespace WijkPlatform.Web.Tests.Initiatieven;

public sealed class ClamAvScannerTests(ClamAvScannerTests.SiteMetClamAv site) : IClassFixture<ClamAvScannerTests.SiteMetClamAv>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The EICAR test file, put together here so this source file is not itself flagged by a scanner.</summary>
    internal static readonly string Eicar = string.Concat(
        @"X5O!P%@AP[4\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-", "FILE!$H+H*");

    [Fact]
    public async Task ScanAsync_SchoonBestandInMeerdereBlokken_SchoonEnClamdKreegPreciesDeBytes()
    {
        await using var clamd = NepClamd.Start(NepClamd.Gedrag.Antwoordt);
        var bytes = RandomNumberGenerator.GetBytes(200_000);

        var uitslag = await Scanner(clamd.Poort).ScanAsync(new MemoryStream(bytes), Ct);

        Assert.Equal(ScanUitslag.Schoon, uitslag.Uitslag);
        var ontvangen = Assert.Single(clamd.Ontvangen);
        Assert.Equal(bytes, ontvangen.Inhoud);
        Assert.True(ontvangen.Blokken > 1, "Een bestand van 200 kB hoort in meer dan één blok te gaan.");
    }

    [Fact]
    public async Task ScanAsync_Eicar_BesmetMetDeNaamVanDeSignatuur()
    {
        await using var clamd = NepClamd.Start(NepClamd.Gedrag.Antwoordt);
        var logboek = new Logboek();

        var uitslag = await Scanner(clamd.Poort, logboek).ScanAsync(new MemoryStream(Encoding.ASCII.GetBytes(Eicar)), Ct);

        Assert.Equal(ScanUitslag.Besmet, uitslag.Uitslag);
        Assert.Equal("Eicar-Test-Signature", uitslag.Omschrijving);
        Assert.Contains(logboek.Regels, r => r.Niveau == LogLevel.Warning && r.Tekst.Contains("Eicar-Test-Signature", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanAsync_ClamdGeeftError_FoutEnWaarschuwing()
    {
        await using var clamd = NepClamd.Start(NepClamd.Gedrag.Error);
        var logboek = new Logboek();

        var uitslag = await Scanner(clamd.Poort, logboek).ScanAsync(new MemoryStream(new byte[10]), Ct);

        Assert.Equal(ScanUitslag.Fout, uitslag.Uitslag);
        Assert.Contains(logboek.Regels, r => r.Niveau == LogLevel.Warning && r.Tekst.Contains("ERROR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanAsync_ServerUit_FoutEnWaarschuwing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var poort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var logboek = new Logboek();

        var uitslag = await Scanner(poort, logboek).ScanAsync(new MemoryStream(new byte[10]), Ct);

        Assert.Equal(ScanUitslag.Fout, uitslag.Uitslag);
        Assert.Contains(logboek.Regels, r => r.Niveau == LogLevel.Warning);
    }

    [Fact]
    public async Task ScanAsync_ServerZwijgt_FoutNaDeTijdslimiet()
    {
        await using var clamd = NepClamd.Start(NepClamd.Gedrag.Zwijgt);
        var logboek = new Logboek();

        // The outer bound only keeps a broken timeout from hanging the run; the scanner's own limit is 1 second.
        var uitslag = await Scanner(clamd.Poort, logboek, timeoutSeconden: 1)
            .ScanAsync(new MemoryStream(new byte[10]), Ct)
            .WaitAsync(TimeSpan.FromMinutes(2), Ct);

        Assert.Equal(ScanUitslag.Fout, uitslag.Uitslag);
        Assert.Contains(logboek.Regels, r => r.Niveau == LogLevel.Warning);
    }

    [Fact]
    public async Task BijlagenOpslag_MetClamAv_WeigertEicarInEenPdf()
    {
        await using var clamd = NepClamd.Start(NepClamd.Gedrag.Antwoordt);
        var map = Path.Combine(Path.GetTempPath(), $"wijk-bijlagen-{Guid.NewGuid():N}");
        var configuratie = Configuratie(("Virusscan:ClamAV:Host", "127.0.0.1"), ("Virusscan:ClamAV:Port", $"{clamd.Poort}"),
            ("Initiatief:BijlagenMap", map));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(configuratie)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        services.AddInitiatieven();
        services.AddVirusscan(configuratie);
        await using var sp = services.BuildServiceProvider();
        await using var scope = sp.CreateAsyncScope();
        var opslag = scope.ServiceProvider.GetRequiredService<BijlagenOpslag>();

        var uitkomst = await opslag.OntvangAsync(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n" + Eicar + "\n%%EOF\n")), "begroting.pdf",
            BijlageSoort.Aanvraag, Ct);

        Assert.Null(uitkomst.Bijlage);
        Assert.Contains("virus", uitkomst.Fout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(map) && Directory.EnumerateFiles(map).Any());
    }

    [Fact]
    public void AddVirusscan_MetHost_VervangtDeStandaardDoorClamAv()
    {
        using var sp = Diensten(("Virusscan:ClamAV:Host", "clamav.intern"));

        Assert.IsType<ClamAvScanner>(sp.GetRequiredService<IVirusScanner>());
        Assert.Equal((3310, 30), (sp.GetRequiredService<IOptions<ClamAvOptions>>().Value.Port, sp.GetRequiredService<IOptions<ClamAvOptions>>().Value.TimeoutSeconden));
    }

    [Fact]
    public async Task AddVirusscan_ZonderHost_HoudtDeStandaardDieNietScant()
    {
        using var sp = Diensten(("Virusscan:ClamAV:Host", " "));

        var scanner = sp.GetRequiredService<IVirusScanner>();

        Assert.IsNotType<ClamAvScanner>(scanner);
        Assert.Equal(ScanUitslag.NietGescand, (await scanner.ScanAsync(new MemoryStream(new byte[1]), Ct)).Uitslag);
    }

    [Fact]
    public void Site_MetHostIngesteld_GebruiktClamAv()
    {
        Assert.IsType<ClamAvScanner>(site.Services.GetRequiredService<IVirusScanner>());
    }

    [Theory]
    [InlineData("Port", "0", "Virusscan:ClamAV:Port")]
    [InlineData("Port", "70000", "Virusscan:ClamAV:Port")]
    [InlineData("TimeoutSeconden", "0", "Virusscan:ClamAV:TimeoutSeconden")]
    public void AddVirusscan_OngeldigeInstelling_MeldtWelke(string instelling, string waarde, string melding)
    {
        using var sp = Diensten(("Virusscan:ClamAV:Host", "clamav.intern"), ($"Virusscan:ClamAV:{instelling}", waarde));

        var fout = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<ClamAvOptions>>().Value);

        Assert.Contains(melding, fout.Message, StringComparison.Ordinal);
    }

    private static ClamAvScanner Scanner(int poort, Logboek? logboek = null, int timeoutSeconden = 30) =>
        new(Options.Create(new ClamAvOptions { Host = "127.0.0.1", Port = poort, TimeoutSeconden = timeoutSeconden }),
            (logboek ?? new Logboek()).CreateLogger<ClamAvScanner>());

    private static IConfiguration Configuratie(params (string Sleutel, string Waarde)[] instellingen) =>
        new ConfigurationBuilder().AddInMemoryCollection(instellingen.Select(i => KeyValuePair.Create(i.Sleutel, (string?)i.Waarde))).Build();

    private static ServiceProvider Diensten(params (string Sleutel, string Waarde)[] instellingen)
    {
        var configuratie = Configuratie(instellingen);
        var services = new ServiceCollection().AddLogging().AddSingleton(configuratie);
        services.AddInitiatieven();
        services.AddVirusscan(configuratie);
        return services.BuildServiceProvider();
    }

    /// <summary>The whole site with a ClamAV host set, to see that the web project wires the adapter in.</summary>
    public sealed class SiteMetClamAv : WijkApp
    {
        protected override void Instellingen(IWebHostBuilder builder) =>
            builder.UseSetting("Virusscan:ClamAV:Host", "127.0.0.1");
    }

    private sealed record LogRegel(LogLevel Niveau, string Tekst);

    private sealed class Logboek : ILoggerFactory
    {
        private readonly ConcurrentQueue<LogRegel> regels = new();

        public IReadOnlyCollection<LogRegel> Regels => regels;

        public ILogger CreateLogger(string categoryName) => new Logger(regels);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<LogRegel> regels) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                regels.Enqueue(new LogRegel(logLevel, formatter(state, exception)));
        }
    }

    /// <summary>A small clamd on 127.0.0.1 that reads the INSTREAM framing for real: the command up to its zero byte,
    /// then chunks after their four-byte big-endian length until a chunk of length 0.</summary>
    internal sealed class NepClamd : IAsyncDisposable
    {
        public enum Gedrag
        {
            Antwoordt,
            Error,
            Zwijgt,
        }

        public sealed record Stroom(byte[] Inhoud, int Blokken);

        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly Gedrag gedrag;
        private readonly Task lus;

        private NepClamd(Gedrag gedrag)
        {
            this.gedrag = gedrag;
            listener.Start();
            lus = Task.Run(LusAsync);
        }

        public int Poort => ((IPEndPoint)listener.LocalEndpoint).Port;

        public ConcurrentQueue<Stroom> Ontvangen { get; } = new();

        public static NepClamd Start(Gedrag gedrag) => new(gedrag);

        private async Task LusAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                _ = Task.Run(() => BedienAsync(client));
            }
        }

        private async Task BedienAsync(TcpClient client)
        {
            using var verbinding = client;
            try
            {
                var net = verbinding.GetStream();
                var opdracht = new List<byte>();
                var een = new byte[1];
                while (true)
                {
                    await net.ReadExactlyAsync(een, stop.Token);
                    if (een[0] == 0)
                    {
                        break;
                    }

                    opdracht.Add(een[0]);
                }

                if (Encoding.ASCII.GetString([.. opdracht]) != "zINSTREAM")
                {
                    await net.WriteAsync(Encoding.ASCII.GetBytes("UNKNOWN COMMAND\0"), stop.Token);
                    return;
                }

                using var inhoud = new MemoryStream();
                var lengte = new byte[4];
                var blokken = 0;
                while (true)
                {
                    await net.ReadExactlyAsync(lengte, stop.Token);
                    var n = BinaryPrimitives.ReadUInt32BigEndian(lengte);
                    if (n == 0)
                    {
                        break;
                    }

                    var blok = new byte[n];
                    await net.ReadExactlyAsync(blok, stop.Token);
                    inhoud.Write(blok);
                    blokken++;
                }

                Ontvangen.Enqueue(new Stroom(inhoud.ToArray(), blokken));
                var antwoord = gedrag switch
                {
                    Gedrag.Error => "INSTREAM size limit exceeded. ERROR",
                    Gedrag.Zwijgt => null,
                    _ when Encoding.ASCII.GetString(inhoud.ToArray()).Contains(Eicar, StringComparison.Ordinal) => "stream: Eicar-Test-Signature FOUND",
                    _ => "stream: OK",
                };
                if (antwoord is null)
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                    return;
                }

                await net.WriteAsync(Encoding.ASCII.GetBytes(antwoord + "\0"), stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or EndOfStreamException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await lus;
            stop.Dispose();
        }
    }
}

using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Adapters.Virusscan;

/// <summary>Scans a file with clamd over TCP using INSTREAM: the file goes in chunks, each after its length as four
/// bytes big-endian, and a chunk of length 0 ends it. clamd answers "stream: OK", "stream: &lt;name&gt; FOUND" or
/// something ending in "ERROR". A new connection per file keeps this free of clamd's session state.</summary>
public sealed class ClamAvScanner(IOptions<ClamAvOptions> options, ILogger<ClamAvScanner> logger) : IVirusScanner
{
    private const int BlokGrootte = 64 * 1024;
    private const int MaxAntwoord = 4096;
    private const string Voorvoegsel = "stream: ";

    public async Task<ScanResultaat> ScanAsync(Stream inhoud, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var o = options.Value;
        using var tijd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        tijd.CancelAfter(TimeSpan.FromSeconds(o.TimeoutSeconden));
        string antwoord;
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(o.Host, o.Port, tijd.Token);
            var net = client.GetStream();
            await StuurAsync(net, inhoud, tijd.Token);
            antwoord = await LeesAntwoordAsync(net, tijd.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("ClamAV op {Host}:{Port} antwoordde niet binnen {Seconden} seconden; het bestand is geweigerd.",
                o.Host, o.Port, o.TimeoutSeconden);
            return Fout();
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            logger.LogWarning(e, "ClamAV op {Host}:{Port} is niet bereikbaar; het bestand is geweigerd.", o.Host, o.Port);
            return Fout();
        }

        if (antwoord == Voorvoegsel + "OK")
        {
            return new ScanResultaat(ScanUitslag.Schoon, "gescand met ClamAV: geen virus gevonden");
        }

        if (antwoord.StartsWith(Voorvoegsel, StringComparison.Ordinal) && antwoord.EndsWith(" FOUND", StringComparison.Ordinal))
        {
            var naam = antwoord[Voorvoegsel.Length..^" FOUND".Length].Trim();
            logger.LogWarning("ClamAV vond {Virus} in een geüpload bestand; het bestand is geweigerd.", naam);
            return new ScanResultaat(ScanUitslag.Besmet, naam);
        }

        logger.LogWarning("ClamAV op {Host}:{Port} gaf een fout: {Antwoord}; het bestand is geweigerd.", o.Host, o.Port, antwoord);
        return Fout();
    }

    private static ScanResultaat Fout() => new(ScanUitslag.Fout, "niet gescand: de virusscanner gaf geen antwoord");

    private static async Task StuurAsync(NetworkStream net, Stream inhoud, CancellationToken cancellationToken)
    {
        await net.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
        var buffer = new byte[4 + BlokGrootte];
        int n;
        while ((n = await inhoud.ReadAsync(buffer.AsMemory(4, BlokGrootte), cancellationToken)) > 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)n);
            await net.WriteAsync(buffer.AsMemory(0, 4 + n), cancellationToken);
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
        await net.WriteAsync(buffer.AsMemory(0, 4), cancellationToken);
    }

    /// <summary>The answer ends with a zero byte (the "z" in zINSTREAM asks for that) or when clamd closes.</summary>
    private static async Task<string> LeesAntwoordAsync(NetworkStream net, CancellationToken cancellationToken)
    {
        using var antwoord = new MemoryStream();
        var buffer = new byte[256];
        while (antwoord.Length < MaxAntwoord)
        {
            var n = await net.ReadAsync(buffer, cancellationToken);
            if (n == 0)
            {
                break;
            }

            var eind = Array.IndexOf(buffer, (byte)0, 0, n);
            antwoord.Write(buffer, 0, eind < 0 ? n : eind);
            if (eind >= 0)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(antwoord.GetBuffer(), 0, (int)antwoord.Length).Trim();
    }
}

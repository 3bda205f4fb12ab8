using System.Diagnostics;
using MimeKit;

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 (tests/smtp/smtpserver.py on Debian's python3-aiosmtpd) that keeps every
/// message it accepts as an .eml file. It can be stopped and started again on the same port, to play a mail server
/// that is down for a while.</summary>
public sealed class SmtpServer : IAsyncDisposable
{
    public const string PythonPad = "/usr/bin/python3";

    private static readonly TimeSpan StartTijd = TimeSpan.FromSeconds(15);

    private Process? proces;

    private SmtpServer(int poort, string map)
    {
        Poort = poort;
        Map = map;
    }

    public int Poort { get; }

    public string Map { get; }

    public static async Task<SmtpServer> StartNieuwAsync()
    {
        var server = new SmtpServer(VrijePoort(), Path.Combine(Path.GetTempPath(), $"wijk-smtp-{Guid.NewGuid():N}"));
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (proces is not null)
        {
            throw new InvalidOperationException("De SMTP-server draait al.");
        }

        var start = new ProcessStartInfo(PythonPad)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script());
        start.ArgumentList.Add(Poort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Map);
        var gestart = Process.Start(start) ?? throw new InvalidOperationException($"{PythonPad} start niet.");
        proces = gestart;

        using var wachten = new CancellationTokenSource(StartTijd);
        string? regel;
        try
        {
            regel = await gestart.StandardOutput.ReadLineAsync(wachten.Token);
        }
        catch (OperationCanceledException)
        {
            regel = null;
        }

        if (regel?.StartsWith("ready", StringComparison.Ordinal) != true)
        {
            proces = null;
            using (gestart)
            {
                if (!gestart.HasExited)
                {
                    gestart.Kill(entireProcessTree: true);
                }

                var fout = await gestart.StandardError.ReadToEndAsync(CancellationToken.None);
                throw new InvalidOperationException(
                    $"De test-SMTP-server op poort {Poort} is niet gestart (is python3-aiosmtpd geïnstalleerd?): {fout}");
            }
        }
    }

    /// <summary>Stops the server; until <see cref="StartAsync"/> a connection to the port is refused.</summary>
    public async Task StopAsync()
    {
        if (proces is null)
        {
            return;
        }

        var p = proces;
        proces = null;
        try
        {
            // Closing its input is the server's signal to stop.
            p.StandardInput.Close();
            using var wachten = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await p.WaitForExitAsync(wachten.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync(CancellationToken.None);
        }
        finally
        {
            p.Dispose();
        }
    }

    /// <summary>Every message received so far, in the order they arrived.</summary>
    public IReadOnlyList<MimeMessage> Berichten()
    {
        if (!Directory.Exists(Map))
        {
            return [];
        }

        return Directory.GetFiles(Map, "*.eml").Order(StringComparer.Ordinal).Select(pad => MimeMessage.Load(pad)).ToList();
    }

    /// <summary>Reads the received messages until <paramref name="klaar"/> holds, for at most <paramref name="maxWachten"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WachtOpAsync(Func<IReadOnlyList<MimeMessage>, bool> klaar, TimeSpan maxWachten)
    {
        ArgumentNullException.ThrowIfNull(klaar);
        var tot = Stopwatch.StartNew();
        while (true)
        {
            var berichten = Berichten();
            if (klaar(berichten))
            {
                return berichten;
            }

            if (tot.Elapsed > maxWachten)
            {
                throw new TimeoutException($"Na {maxWachten.TotalSeconds} s heeft de SMTP-server {berichten.Count} bericht(en), niet wat de test verwacht.");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(Map))
        {
            Directory.Delete(Map, recursive: true);
        }
    }

    private static int VrijePoort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Script()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            var script = Path.Combine(map.FullName, "tests", "smtp", "smtpserver.py");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new FileNotFoundException("tests/smtp/smtpserver.py is niet gevonden boven " + AppContext.BaseDirectory);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The site as its own operating-system process on 127.0.0.1, the way it runs in production: what a crash
/// (kill -9) or a second server can only be tested with. It runs the Web project's own build output with settings in
/// environment variables, and answers <see cref="StartAsync"/> once <c>/health</c> says 200.</summary>
public sealed class ServerProces : IAsyncDisposable
{
    private static readonly TimeSpan StartTijd = TimeSpan.FromSeconds(90);

    private readonly Process proces;
    private readonly StringBuilder uitvoer = new();

    private ServerProces(Process proces, int poort)
    {
        this.proces = proces;
        Poort = poort;
    }

    public int Poort { get; }

    public Uri Adres => new($"http://127.0.0.1:{Poort}");

    public int Pid => proces.Id;

    /// <summary>Starts the site with <paramref name="instellingen"/> (configuration keys as in appsettings, e.g.
    /// <c>Database:Provider</c>) and waits for its first healthy answer.</summary>
    public static async Task<ServerProces> StartAsync(IReadOnlyDictionary<string, string> instellingen, params string[] argumenten)
    {
        var poort = VrijePoort();
        var info = Info(instellingen, argumenten);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}";
        info.Environment["Site__Adres"] = $"http://127.0.0.1:{poort}";
        var server = new ServerProces(Process.Start(info) ?? throw new InvalidOperationException("De site startte niet."), poort);
        server.LeesUitvoer();
        await server.WachtOpGezondAsync();
        return server;
    }

    /// <summary>Runs the site's <c>migrate</c> command (the deploy step for several servers) and waits for it to end.</summary>
    public static async Task MigreerAsync(IReadOnlyDictionary<string, string> instellingen)
    {
        using var migratie = Process.Start(Info(instellingen, ["migrate"])) ?? throw new InvalidOperationException("migrate startte niet.");
        var fouten = migratie.StandardError.ReadToEndAsync();
        _ = migratie.StandardOutput.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(StartTijd);
        await migratie.WaitForExitAsync(tijd.Token);
        Assert.True(migratie.ExitCode == 0, $"migrate stopte met {migratie.ExitCode}: {await fouten}");
    }

    /// <summary>kill -9: the process gets no chance to finish a request, flush a file or say goodbye.</summary>
    public async Task DoodAsync()
    {
        proces.Kill(entireProcessTree: true);
        await proces.WaitForExitAsync();
    }

    public HttpClient MaakClient() => new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = Adres,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async ValueTask DisposeAsync()
    {
        if (!proces.HasExited)
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }

        proces.Dispose();
    }

    private static ProcessStartInfo Info(IReadOnlyDictionary<string, string> instellingen, IEnumerable<string> argumenten)
    {
        var web = WebProject();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WebDll(web));
        foreach (var argument in argumenten)
        {
            info.ArgumentList.Add(argument);
        }

        // Test: plain-http cookies and the demo accounts, as in the in-process tests.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Test";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (sleutel, waarde) in instellingen)
        {
            info.Environment[sleutel.Replace(":", "__", StringComparison.Ordinal)] = waarde;
        }

        return info;
    }

    private void LeesUitvoer()
    {
        proces.OutputDataReceived += (_, e) => Bewaar(e.Data);
        proces.ErrorDataReceived += (_, e) => Bewaar(e.Data);
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
    }

    private void Bewaar(string? regel)
    {
        if (regel is null)
        {
            return;
        }

        lock (uitvoer)
        {
            // The last lines are what explains a failed start; keep the buffer bounded under a long load.
            if (uitvoer.Length > 200_000)
            {
                uitvoer.Remove(0, 100_000);
            }

            uitvoer.AppendLine(regel);
        }
    }

    public string Uitvoer()
    {
        lock (uitvoer)
        {
            return uitvoer.ToString();
        }
    }

    private async Task WachtOpGezondAsync()
    {
        using var client = new HttpClient { BaseAddress = Adres, Timeout = TimeSpan.FromSeconds(5) };
        var tot = DateTime.UtcNow + StartTijd;
        while (DateTime.UtcNow < tot)
        {
            Assert.False(proces.HasExited, $"De site stopte bij het starten: {Uitvoer()[^Math.Min(4000, Uitvoer().Length)..]}");
            try
            {
                using var antwoord = await client.GetAsync("/health");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail($"De site gaf na {StartTijd.TotalSeconds} s nog geen gezond antwoord: {Uitvoer()[^Math.Min(4000, Uitvoer().Length)..]}");
    }

    /// <summary>The Web project's build output of the same configuration as this test project.</summary>
    private static string WebDll(string web)
    {
        var configuratie = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var dll = Path.Combine(web, "bin", configuratie, "net10.0", "WijkPlatform.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} bestaat niet: bouw de oplossing eerst.");
        return dll;
    }

    private static string WebProject()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "WijkPlatform.sln")))
            {
                return Path.Combine(map.FullName, "src", "WijkPlatform.Web");
            }
        }

        throw new InvalidOperationException("WijkPlatform.sln niet gevonden boven de testmap.");
    }

    private static int VrijePoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

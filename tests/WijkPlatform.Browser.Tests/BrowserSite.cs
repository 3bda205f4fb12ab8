using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Browser.Tests;

/// <summary>The real site on Kestrel at 127.0.0.1 plus Debian's chromium driven by Playwright. Playwright never
/// downloads a browser here: it is pointed at the one apt installed.</summary>
public class BrowserSite : WijkApp
{
    public const string ChromiumPad = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BasisAdres { get; private set; } = null!;

    protected override void Start()
    {
        UseKestrel(0);
        StartServer();
        var adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BasisAdres = new Uri(adres.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPad,
            Headless = true,
            // As root chromium needs --no-sandbox; the rest keeps it from calling out to the internet at start.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IBrowserContext> NieuweContextAsync(BrowserNewContextOptions? opties = null)
    {
        opties ??= new BrowserNewContextOptions();
        opties.BaseURL = BasisAdres.ToString();
        opties.Locale = "nl-NL";
        opties.TimezoneId = "Europe/Amsterdam";
        opties.AcceptDownloads = true;
        return await Browser.NewContextAsync(opties);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

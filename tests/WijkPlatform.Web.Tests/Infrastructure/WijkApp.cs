using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Adapters.Taken;

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>The real site over the real HTTP pipeline, on a fresh database with the real migrations and uSync
/// content. One per test class (IClassFixture), so classes do not see each other's data.</summary>
public partial class WijkApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Tuesday 24 November 2026, 10:30 in Oss: several weekly activities run then.</summary>
    public static readonly DateTimeOffset StandaardNu = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private TestDatabase? database;
    private SmtpServer? smtp;

    public VasteKlok Klok { get; } = new(StandaardNu);

    public FoutLogboek Logboek { get; } = new();

    public TestDatabase Database => database ?? throw new InvalidOperationException("De fixture is nog niet gestart.");

    /// <summary>This fixture's own search index folder; it does not exist until the host starts.</summary>
    public string ZoekIndexMap { get; } = Path.Combine(Path.GetTempPath(), $"wijk-zoekindex-{Guid.NewGuid():N}");

    /// <summary>This fixture's own mail pickup folder, used when the site has no SMTP server.</summary>
    public string MailMap { get; } = Path.Combine(Path.GetTempPath(), $"wijk-mail-{Guid.NewGuid():N}");

    /// <summary>This fixture's own folder for uploaded photos, so no test writes into the source tree.</summary>
    public string AfbeeldingenMap { get; } = Path.Combine(Path.GetTempPath(), $"wijk-afbeeldingen-{Guid.NewGuid():N}");

    /// <summary>Initiatief attachments of this fixture, so no test writes into the source tree.</summary>
    public string BijlagenMap { get; } = Path.Combine(Path.GetTempPath(), $"wijk-bijlagen-{Guid.NewGuid():N}");

    /// <summary>True: the site sends its mail to a real SMTP server on 127.0.0.1 (<see cref="Smtp"/>) instead of the
    /// pickup folder.</summary>
    protected virtual bool MetSmtpServer => false;

    /// <summary>True: Hangfire's recurring jobs (mail, reminders, cleanup) run on their real-time schedule. Off by
    /// default, so no scheduled run adds a reminder or sends mail halfway through a test; a signal after a commit
    /// still sends mail at once.</summary>
    protected virtual bool MetTerugkerendeTaken => false;

    public SmtpServer Smtp => smtp ?? throw new InvalidOperationException("Deze fixture heeft geen SMTP-server (MetSmtpServer).");

    public virtual async ValueTask InitializeAsync()
    {
        database = await TestDatabase.MaakAsync();
        if (MetSmtpServer)
        {
            smtp = await SmtpServer.StartNieuwAsync();
        }

        Start();
    }

    /// <summary>Starts the host now, so migrations and the uSync import run here rather than inside the first test.</summary>
    protected virtual void Start() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Test");
        builder.UseSetting("ConnectionStrings:Wijk", Database.ConnectionString);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:MigrateAtStart", "true");
        builder.UseSetting("Accounts:DemoAccounts", "true");
        builder.UseSetting("Zoeken:IndexMap", ZoekIndexMap);
        builder.UseSetting("Mail:PickupMap", MailMap);
        builder.UseSetting("Afbeeldingen:Map", AfbeeldingenMap);
        builder.UseSetting("Initiatief:BijlagenMap", BijlagenMap);
        if (smtp is not null)
        {
            builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
            builder.UseSetting("Mail:SmtpPoort", smtp.Poort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:SmtpBeveiliging", "Geen");
        }

        // Every request of the test host comes from one "address"; the limit itself has its own test.
        builder.UseSetting("Aanmelden:PerAdresPerUur", "1000000");
        builder.UseSetting("Accounts:HerstelPerAdresPerUur", "1000000");
        builder.UseSetting("Accounts:InloggenPerAdresPerUur", "1000000");
        builder.UseSetting("Zoeken:PerAdresPerMinuut", "1000000");
        Instellingen(builder);
        builder.ConfigureLogging(l => l.AddProvider(Logboek));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Klok);
        });
        if (!MetTerugkerendeTaken)
        {
            builder.ConfigureTestServices(services => services.Remove(services.Single(d => d.ImplementationType == typeof(TakenPlanning))));
        }
    }

    /// <summary>Settings of a fixture of its own, applied after the defaults above.</summary>
    protected virtual void Instellingen(IWebHostBuilder builder)
    {
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task<T> MetDbAsync<T>(Func<WijkDbContext, Task<T>> werk)
    {
        await using var scope = CreateScope();
        return await werk(scope.ServiceProvider.GetRequiredService<WijkDbContext>());
    }

    /// <summary>GETs a page or feed, checks it answered 200 and returns the body.</summary>
    public async Task<string> HaalAsync(string url)
    {
        using var client = MaakClient();
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gaf {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public HttpClient MaakClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts a form the way a browser does: first the GET for the page's antiforgery token and cookie.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> velden,
        string? formulierPagina = null)
    {
        var inhoud = new Dictionary<string, string>(velden) { ["__RequestVerificationToken"] = await TokenAsync(client, formulierPagina ?? url) };
        using var form = new FormUrlEncodedContent(inhoud);
        return await client.PostAsync(url, form);
    }

    /// <summary>The same as multipart/form-data, which a browser uses for a form with a file field; unlike a url-encoded
    /// body it carries control characters such as a null byte through to the page.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, IDictionary<string, string> velden,
        string? formulierPagina = null)
    {
        using var form = new MultipartFormDataContent { { new StringContent(await TokenAsync(client, formulierPagina ?? url)), "__RequestVerificationToken" } };
        foreach (var (naam, waarde) in velden)
        {
            form.Add(new StringContent(waarde), naam);
        }

        return await client.PostAsync(url, form);
    }

    private static async Task<string> TokenAsync(HttpClient client, string pagina)
    {
        var token = AntiforgeryToken().Match(await client.GetStringAsync(pagina));
        return token.Success
            ? WebUtility.HtmlDecode(token.Groups[1].Value)
            : throw new InvalidOperationException($"Geen antiforgery-token op {pagina}.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (smtp is not null)
        {
            await smtp.DisposeAsync();
        }

        foreach (var map in new[] { ZoekIndexMap, MailMap, AfbeeldingenMap, BijlagenMap })
        {
            if (Directory.Exists(map))
            {
                Directory.Delete(map, recursive: true);
            }
        }

        GC.SuppressFinalize(this);
    }
}

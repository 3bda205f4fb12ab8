using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>The real site over the real HTTP pipeline, on a fresh database with the real migrations and uSync
/// content. One per test class (IClassFixture), so classes do not see each other's data.</summary>
public class WijkApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Tuesday 24 November 2026, 10:30 in Oss: several weekly activities run then.</summary>
    public static readonly DateTimeOffset StandaardNu = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private TestDatabase? database;

    public VasteKlok Klok { get; } = new(StandaardNu);

    public TestDatabase Database => database ?? throw new InvalidOperationException("De fixture is nog niet gestart.");

    public virtual async ValueTask InitializeAsync()
    {
        database = await TestDatabase.MaakAsync();
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
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Klok);
        });
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task<T> MetDbAsync<T>(Func<WijkDbContext, Task<T>> werk)
    {
        await using var scope = CreateScope();
        return await werk(scope.ServiceProvider.GetRequiredService<WijkDbContext>());
    }

    public HttpClient MaakClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

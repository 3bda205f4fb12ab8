using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WijkPlatform.Core;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Sync;

/// <summary>A second, empty database on the same engine as the fixture's, with only the Core services around it (no
/// web host, so no uSync import at start): what a new server looks like before its first import.</summary>
public sealed class FrisseDatabase : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly ServiceProvider services;

    private FrisseDatabase(TestDatabase database, ServiceProvider services) => (this.database, this.services) = (database, services);

    public static async Task<FrisseDatabase> MaakAsync(TimeProvider klok)
    {
        var database = await TestDatabase.MaakAsync();
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Wijk"] = database.ConnectionString,
            ["Database:Provider"] = database.Provider,
        }).Build();
        var collectie = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuratie);
        collectie.AddWijkPlatformCore(configuratie);
        collectie.RemoveAll<TimeProvider>();
        collectie.AddSingleton(klok);
        var frisse = new FrisseDatabase(database, collectie.BuildServiceProvider());
        await frisse.MetScopeAsync(sp => sp.GetRequiredService<WijkDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken));
        return frisse;
    }

    public async Task MetScopeAsync(Func<IServiceProvider, Task> werk)
    {
        await using var scope = services.CreateAsyncScope();
        await werk(scope.ServiceProvider);
    }

    public async Task<T> MetScopeAsync<T>(Func<IServiceProvider, Task<T>> werk)
    {
        await using var scope = services.CreateAsyncScope();
        return await werk(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }
}

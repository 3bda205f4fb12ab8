using WijkPlatform.Core;
using WijkPlatform.Web;

var builder = WebApplication.CreateBuilder(args);
builder.UseWijkPlatformPaden();
builder.Services
    .AddWijkPlatformCore(builder.Configuration)
    .AddWijkPlatformWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

// `migrate` applies migrations and the uSync import, then stops: the deploy step when several servers share PostgreSQL.
if (args.Contains("migrate", StringComparer.Ordinal))
{
    await app.BereidDatabaseVoorAsync(migreren: true);
    return;
}

await app.BereidDatabaseVoorAsync(migreren: false);
app.UseWijkPlatform();
await app.RunAsync();

public partial class Program;

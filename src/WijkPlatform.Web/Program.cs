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

// `backup <bestand>` writes a consistent copy of the database while the site keeps running, then stops (ADR 25).
if (Array.IndexOf(args, "backup") is var backup and >= 0)
{
    Environment.ExitCode = await app.MaakBackupAsync(args.Skip(backup + 1).FirstOrDefault());
    return;
}

// The database preparation (EF Core builds its model first) and the request pipeline (Razor reads every page model) do
// not depend on each other, so they run side by side; nothing is served before both are done (ADR 22).
var voorbereiding = Task.Run(() => app.BereidDatabaseVoorAsync(migreren: false));
try
{
    app.UseWijkPlatform();
}
finally
{
    await voorbereiding;
}

await app.RunAsync();

public partial class Program;

namespace WijkPlatform.Bench.Baseline;

/// <summary>The yardstick: what ASP.NET Core answers on this machine with nothing of WijkPlatform in the way. bench/run.sh
/// reports every result as a ratio to this app, measured in the same run, so a slow or busy machine cancels out.</summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("hello"));
        await app.RunAsync();
    }
}

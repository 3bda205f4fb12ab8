using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WijkPlatform.Web.Tests.Collectieven;

/// <summary>A real web server on 127.0.0.1 on a free port, serving the calendar feeds a test puts on it; the site
/// fetches them over real HTTP, as it would a collective's calendar.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> antwoorden = new(StringComparer.Ordinal);
    private WebApplication? app;

    public Uri Basis { get; private set; } = null!;

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "FeedServer" });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context =>
        {
            if (server.antwoorden.TryGetValue(context.Request.Path.Value ?? "", out var antwoord))
            {
                return antwoord(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        server.app = app;
        server.Basis = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    /// <summary>A new address on this server that serves <paramref name="inhoud"/> as a calendar.</summary>
    public Uri NieuweFeed(string inhoud)
    {
        var pad = $"/{Guid.NewGuid():N}.ics";
        Zet(pad, inhoud);
        return new Uri(Basis, pad);
    }

    public void Zet(Uri url, string inhoud, string soort = "text/calendar; charset=utf-8")
    {
        ArgumentNullException.ThrowIfNull(url);
        Zet(url.AbsolutePath, inhoud, soort);
    }

    public void Zet(Uri url, Func<HttpContext, Task> antwoord)
    {
        ArgumentNullException.ThrowIfNull(url);
        antwoorden[url.AbsolutePath] = antwoord;
    }

    private void Zet(string pad, string inhoud, string soort = "text/calendar; charset=utf-8") =>
        antwoorden[pad] = async context =>
        {
            context.Response.ContentType = soort;
            await context.Response.WriteAsync(inhoud);
        };

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

namespace WijkPlatform.Web.Tests.Mail;

/// <summary>Two complete sites in this one process, each with its own database and pickup folder.</summary>
public sealed class TweeSites : IAsyncLifetime
{
    public WijkApp Eerste { get; } = new();

    public WijkApp Tweede { get; } = new();

    public async ValueTask InitializeAsync() =>
        await Task.WhenAll(Eerste.InitializeAsync().AsTask(), Tweede.InitializeAsync().AsTask());

    public async ValueTask DisposeAsync()
    {
        await Eerste.DisposeAsync();
        await Tweede.DisposeAsync();
    }
}

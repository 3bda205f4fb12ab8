using WijkPlatform.Core.Aanmelden;
using Xunit;

namespace WijkPlatform.Core.Tests.Aanmelden;

public sealed class PlaatsBeurtenTests
{
    private static readonly DateTime Dinsdag = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task WachtAsync_TweedeVoorDezelfdeDatum_WachtTotDeEersteKlaarIs()
    {
        var beurten = new PlaatsBeurten();
        var eerste = await beurten.WachtAsync(7, Dinsdag, TestContext.Current.CancellationToken);

        var tweede = beurten.WachtAsync(7, Dinsdag, TestContext.Current.CancellationToken);
        Assert.False(tweede.IsCompleted);
        await eerste.DisposeAsync();

        await using var beurt = await tweede.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task WachtAsync_AndereDatumOfActiviteit_WachtNiet()
    {
        var beurten = new PlaatsBeurten();
        await using var eerste = await beurten.WachtAsync(7, Dinsdag, TestContext.Current.CancellationToken);

        var andereDatum = beurten.WachtAsync(7, Dinsdag.AddDays(7), TestContext.Current.CancellationToken);
        var andereActiviteit = beurten.WachtAsync(8, Dinsdag, TestContext.Current.CancellationToken);

        Assert.True(andereDatum.IsCompletedSuccessfully);
        Assert.True(andereActiviteit.IsCompletedSuccessfully);
        await (await andereDatum).DisposeAsync();
        await (await andereActiviteit).DisposeAsync();
    }

    [Fact]
    public async Task WachtAsync_WachtendeAfgebroken_GeeftDeBeurtNietWeg()
    {
        var beurten = new PlaatsBeurten();
        var eerste = await beurten.WachtAsync(7, Dinsdag, TestContext.Current.CancellationToken);
        using var stop = new CancellationTokenSource();
        var afgebroken = beurten.WachtAsync(7, Dinsdag, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => afgebroken);
        var derde = beurten.WachtAsync(7, Dinsdag, TestContext.Current.CancellationToken);
        Assert.False(derde.IsCompleted);
        await eerste.DisposeAsync();
        await using var beurt = await derde.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>A clock the test sets, so "today" on the front page is a known day.</summary>
public sealed class VasteKlok(DateTimeOffset nu) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;

    public override DateTimeOffset GetUtcNow() => Nu;
}

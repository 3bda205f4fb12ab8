namespace WijkPlatform.Core.Data;

/// <summary>Where a periodic job got to (for example the last daily digest), kept in the database so a restart or a
/// second server does not do the same work again.</summary>
public sealed class TaakStand
{
    public required string Naam { get; set; }
    public DateTime TotUtc { get; set; }
}

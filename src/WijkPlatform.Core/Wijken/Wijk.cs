using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Wijken;

/// <summary>A neighbourhood of the gemeente. Only active wijken have a wijkteam and show up in filters.</summary>
public sealed class Wijk : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public required string Naam { get; set; }
    public bool Actief { get; set; }
    public int Volgorde { get; set; }
    public string? Omschrijving { get; set; }
}

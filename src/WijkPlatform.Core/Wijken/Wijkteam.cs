using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Wijken;

/// <summary>The integrated team of one wijk, with the contact point where residents can walk in.</summary>
public sealed class Wijkteam : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public required string Naam { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }
    public int? LocatieId { get; set; }
    public Locatie? Locatie { get; set; }
    public string? Telefoon { get; set; }
    public string? Email { get; set; }
    public string? Inloop { get; set; }
    public string? Omschrijving { get; set; }

    /// <summary>The coordinator gets the escalation when a beslistermijn has passed without a decision.</summary>
    public string? CoordinatorEmail { get; set; }
}

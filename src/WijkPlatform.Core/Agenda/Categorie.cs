using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Agenda;

public sealed class Categorie : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public required string Naam { get; set; }

    /// <summary>Dagontmoeting is walk-in: no sign-up, shown with opening hours rather than as events.</summary>
    public bool IsDagontmoeting { get; set; }

    public int Volgorde { get; set; }
    public string? Omschrijving { get; set; }
}

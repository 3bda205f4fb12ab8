namespace WijkPlatform.Core.Sync;

/// <summary>What the last import took from one uSync file: an unchanged file is skipped, so edits made in the
/// back office are kept until the file itself changes.</summary>
public sealed class SyncBestand
{
    public int Id { get; set; }
    public required string Soort { get; set; }
    public Guid Key { get; set; }
    public required string Hash { get; set; }
    public DateTime GeimporteerdUtc { get; set; }
}

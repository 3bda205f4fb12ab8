namespace WijkPlatform.Core.Sync;

/// <summary>An item that can live as a uSync file: a stable <see cref="Key"/> across databases and a slug (the alias).</summary>
public interface ISyncItem
{
    int Id { get; }
    Guid Key { get; set; }
    string Slug { get; set; }
}

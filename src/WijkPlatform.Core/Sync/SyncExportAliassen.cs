namespace WijkPlatform.Core.Sync;

/// <summary>Id and alias of every exported item per kind, filled in dependency order: a writer turns a foreign key into
/// an alias, and the check that reads each file back turns it into the id again.</summary>
internal sealed class SyncExportAliassen
{
    private readonly Dictionary<string, Dictionary<int, string>> perId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> perAlias = new(StringComparer.Ordinal);

    public void Voeg<T>(string soort, IEnumerable<T> items)
        where T : ISyncItem
    {
        perId[soort] = items.ToDictionary(i => i.Id, i => i.Slug);
        perAlias[soort] = perId[soort].ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    public string? Alias(string soort, int id) =>
        perId.TryGetValue(soort, out var ids) && ids.TryGetValue(id, out var alias) ? alias : null;

    public int? Id(string soort, string alias) =>
        perAlias.TryGetValue(soort, out var aliassen) && aliassen.TryGetValue(alias, out var id) ? id : null;
}

namespace WijkPlatform.Core.Sync;

/// <summary>One file of an export, complete in memory before anything is written.</summary>
internal sealed record SyncExportBestand(string Soort, Guid Key, string Alias, byte[] Inhoud)
{
    public string Pad => $"{Soort}/{Alias}.config";
}

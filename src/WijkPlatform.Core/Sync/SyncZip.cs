namespace WijkPlatform.Core.Sync;

/// <summary>An export as one zip file, with one folder per kind, ready to unpack into a uSync folder.</summary>
public sealed record SyncZip(byte[] Inhoud, SyncExportResultaat Resultaat);

namespace WijkPlatform.Core.Sync;

public sealed record SyncExportAantal(string Soort, int Bestanden);

/// <summary>What an export wrote: the number of files per kind (in import order), and for an export to a folder how
/// many files changed, stayed byte for byte the same, or were removed because their item got another alias.</summary>
public sealed class SyncExportResultaat
{
    public List<SyncExportAantal> PerSoort { get; } = [];
    public int Geschreven { get; set; }
    public int Ongewijzigd { get; set; }
    public int Weggehaald { get; set; }

    public int Bestanden => PerSoort.Sum(a => a.Bestanden);

    public override string ToString() =>
        $"{Bestanden} bestanden ({string.Join(", ", PerSoort.Select(a => $"{a.Soort} {a.Bestanden}"))}); " +
        $"{Geschreven} geschreven, {Ongewijzigd} ongewijzigd, {Weggehaald} weggehaald";
}

using Microsoft.AspNetCore.Hosting;

namespace WijkPlatform.Web.Tests.Sync;

/// <summary>The site with a copy of the repository's uSync folder as its own Site:SyncMap, so an export from the back
/// office writes into the copy and never into the source tree.</summary>
public sealed class SyncExportApp : WijkApp
{
    public string SyncMap { get; } = KopieerRepoSyncMap();

    protected override void Instellingen(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Site:SyncMap", SyncMap);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(SyncMap))
        {
            Directory.Delete(SyncMap, recursive: true);
        }
    }

    private static string KopieerRepoSyncMap()
    {
        var doel = Directory.CreateTempSubdirectory("wijk-usync-kopie-").FullName;
        foreach (var bestand in Directory.GetFiles(SyncImporterTests.RepoSyncMap, "*", SearchOption.AllDirectories))
        {
            var pad = Path.Combine(doel, Path.GetRelativePath(SyncImporterTests.RepoSyncMap, bestand));
            Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
            File.Copy(bestand, pad);
        }

        return doel;
    }
}

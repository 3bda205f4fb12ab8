using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using WijkPlatform.Web.Adapters.Zoeken;

namespace WijkPlatform.Web.Tests.Zoeken;

/// <summary>An index folder that is damaged before the site starts: the site throws the index away, builds it again
/// from the database and searches as usual. Lucene's files are replaced; other files in the folder are left alone.</summary>
public sealed class ZoekIndexHerstelTests
{
    private const string AnderBestand = "lees-mij.txt";

    [Fact]
    public async Task Start_IndexmapMetOnzin_BouwtIndexOpnieuwEnZoekt()
    {
        await using var app = new AppMetOnzin();
        await app.InitializeAsync();
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=cafe");

        Assert.Contains("Repair Café Ruwaard", ZoekPagina.Titels(html));
        Assert.True(File.Exists(Path.Combine(app.ZoekIndexMap, AnderBestand)));
    }

    [Fact]
    public async Task Start_SegmentBeschadigd_BouwtIndexOpnieuwEnZoekt()
    {
        await using var app = new AppMetBeschadigdSegment();
        await app.InitializeAsync();
        using var client = app.MaakClient();

        var html = await ZoekPagina.HaalAsync(client, "q=wandeling");

        Assert.Contains("Wandelen over het SlowPad", ZoekPagina.Titels(html));
        Assert.DoesNotContain("Oud document", await ZoekPagina.HaalAsync(client, "q=oud+woord7"), StringComparison.Ordinal);
        using var map = FSDirectory.Open(app.ZoekIndexMap);
        Assert.True(new CheckIndex(map).DoCheckIndex().Clean);
    }

    /// <summary>Files with Lucene's names and random content, as after a disk fault or a half-copied folder.</summary>
    private sealed class AppMetOnzin : WijkApp
    {
        public override async ValueTask InitializeAsync()
        {
            System.IO.Directory.CreateDirectory(ZoekIndexMap);
            var onzin = new byte[4096];
            new Random(42).NextBytes(onzin);
            foreach (var naam in new[] { "segments_2", "segments.gen", "_0.cfs", "_0.cfe", "_0.si" })
            {
                await File.WriteAllBytesAsync(Path.Combine(ZoekIndexMap, naam), onzin, TestContext.Current.CancellationToken);
            }

            await File.WriteAllTextAsync(Path.Combine(ZoekIndexMap, AnderBestand), "Niet van Lucene.", TestContext.Current.CancellationToken);
            await base.InitializeAsync();
        }
    }

    /// <summary>A real index of the current version whose data file is then overwritten in the middle: it still
    /// opens, but reading it fails. Without the check at start the site would search (and update) a broken index.</summary>
    private sealed class AppMetBeschadigdSegment : WijkApp
    {
        public override async ValueTask InitializeAsync()
        {
            using (var map = FSDirectory.Open(ZoekIndexMap))
            using (var analyzer = new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
            using (var schrijver = new IndexWriter(map, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
            {
                for (var i = 0; i < 200; i++)
                {
                    schrijver.AddDocument(new Document
                    {
                        // A kind the updater never replaces, so these documents stay unless the index is thrown away.
                        new StringField("soort", "oud", Field.Store.YES),
                        new TextField("titel", $"Oud document {i}", Field.Store.YES),
                        new TextField("tekst", string.Join(' ', Enumerable.Repeat($"oud woord{i}", 50)), Field.Store.YES),
                    });
                }

                schrijver.SetCommitData(new Dictionary<string, string> { [LuceneZoekIndex.VersieSleutel] = ZoekVelden.Versie, ["bron.activiteit"] = "x" });
                schrijver.Commit();
            }

            var grootste = new DirectoryInfo(ZoekIndexMap).GetFiles().OrderByDescending(f => f.Length).First();
            await using (var bestand = File.Open(grootste.FullName, FileMode.Open, FileAccess.Write))
            {
                bestand.Position = grootste.Length / 2;
                await bestand.WriteAsync(Enumerable.Repeat((byte)0xFF, 512).ToArray(), TestContext.Current.CancellationToken);
            }

            await base.InitializeAsync();
        }
    }
}

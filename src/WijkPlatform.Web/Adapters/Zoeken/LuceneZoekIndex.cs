using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Zoeken;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>This server's search index: a Lucene.Net index on local disk. One <see cref="IndexWriter"/> for the
/// application's lifetime (only <see cref="ZoekIndexBijwerker"/> writes), and a <see cref="SearcherManager"/> that
/// hands every search a reader which stays consistent while the index changes underneath.</summary>
internal sealed partial class LuceneZoekIndex(IOptions<ZoekOptions> options, IHostEnvironment environment,
    ILogger<LuceneZoekIndex> logger) : IZoekIndex, IDisposable
{
    /// <summary>Facets and the result count are taken over at most this many best matches.</summary>
    internal const int MaxTreffers = 5000;

    internal const string VersieSleutel = "versie";

    private readonly NederlandseAnalyzer stammen = new();
    private readonly NederlandseAnalyzer vormen = new(stammen: false);
    private readonly System.Threading.Lock schrijfSlot = new();
    private LuceneDirectory? map;
    private IndexWriter? schrijver;
    private SearcherManager? lezers;

    public string Pad { get; } = Path.GetFullPath(options.Value.IndexMap, environment.ContentRootPath);

    private IndexWriter Schrijver => schrijver ?? throw new InvalidOperationException("De zoekindex is nog niet geopend.");

    private SearcherManager Lezers => lezers ?? throw new InvalidOperationException("De zoekindex is nog niet geopend.");

    /// <summary>Opens the index, or starts an empty one when the folder is missing, empty or damaged, or holds an
    /// index of another <see cref="ZoekVelden.Versie"/>. An empty index has no fingerprints, so the first update
    /// fills it completely.</summary>
    public void Open()
    {
        if (schrijver is not null)
        {
            throw new InvalidOperationException("De zoekindex is al geopend.");
        }

        try
        {
            System.IO.Directory.CreateDirectory(Pad);
            map = FSDirectory.Open(Pad);
            var bestaand = ControleerOfHerstel(map);
            schrijver = new IndexWriter(map, new IndexWriterConfig(NederlandseAnalyzer.Versie, stammen)
            {
                OpenMode = bestaand ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            });
        }
        catch (LockObtainFailedException e)
        {
            throw new InvalidOperationException(
                $"De zoekindex in {Pad} is in gebruik door een ander proces. Geef elk proces een eigen Zoeken:IndexMap.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"De zoekindex in {Pad} kan niet worden geopend (Zoeken:IndexMap): {e.Message}", e);
        }

        if (!string.Equals(CommitData(VersieSleutel), ZoekVelden.Versie, StringComparison.Ordinal))
        {
            // New, or written by another version of this code: start empty, the updater fills it.
            schrijver.DeleteAll();
            schrijver.SetCommitData(new Dictionary<string, string> { [VersieSleutel] = ZoekVelden.Versie });
            schrijver.Commit();
        }

        lezers = new SearcherManager(schrijver, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>For /health: the last commit as it is on disk, read afresh rather than through the open reader (which keeps
    /// files alive that were removed underneath it), and whether every file it names is there. Reads only the small
    /// segments file and the names of the others, never a document.</summary>
    internal (int Documenten, string? Fout) LeesStaat()
    {
        try
        {
            using var directory = FSDirectory.Open(Pad);
            var commit = new SegmentInfos();
            commit.Read(directory);
            var ontbreekt = commit.GetFiles(directory, true).FirstOrDefault(b => !File.Exists(Path.Combine(Pad, b)));
            if (ontbreekt is not null)
            {
                return (0, $"het bestand {ontbreekt} ontbreekt in {Pad}.");
            }

            return (commit.AsList().Sum(s => s.Info.DocCount - s.DelCount), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (0, $"{Pad}: {e.Message}");
        }
    }

    /// <summary>The fingerprint of the database that the documents of <paramref name="soort"/> were built from.</summary>
    public string? Vingerafdruk(ZoekSoort soort) => CommitData("bron." + ZoekSoorten.Waarde(soort));

    /// <summary>Replaces every document of one kind and records the fingerprint they were built from, in one commit:
    /// a search sees either the old set or the new one.</summary>
    public void Vervang(ZoekSoort soort, IEnumerable<Document> documenten, string vingerafdruk)
    {
        lock (schrijfSlot)
        {
            Schrijver.DeleteDocuments(new Term(ZoekVelden.Soort, ZoekSoorten.Waarde(soort)));
            Schrijver.AddDocuments(documenten);
            var data = new Dictionary<string, string>(Schrijver.CommitData)
            {
                [VersieSleutel] = ZoekVelden.Versie,
                ["bron." + ZoekSoorten.Waarde(soort)] = vingerafdruk,
            };
            Schrijver.SetCommitData(data);
            Schrijver.Commit();
        }

        Lezers.MaybeRefresh();
    }

    public Task<ZoekAntwoord> ZoekAsync(ZoekVraag vraag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        cancellationToken.ThrowIfCancellationRequested();
        var opdracht = ZoekOpdracht.Maak(vraag.Tekst, stammen, vormen);
        if (opdracht.Woorden.Count == 0)
        {
            return Task.FromResult(ZoekAntwoord.Leeg);
        }

        var zoeker = Lezers.Acquire();
        try
        {
            return Task.FromResult(Zoek(zoeker, opdracht, vraag));
        }
        finally
        {
            Lezers.Release(zoeker);
        }
    }

    private ZoekAntwoord Zoek(IndexSearcher zoeker, ZoekOpdracht opdracht, ZoekVraag vraag)
    {
        var top = zoeker.Search(opdracht.Query(alleWoorden: true), MaxTreffers);
        if (top.TotalHits == 0 && opdracht.Woorden.Count > 1)
        {
            // No document has every word: show those with some of them rather than nothing.
            top = zoeker.Search(opdracht.Query(alleWoorden: false), MaxTreffers);
        }

        var facetten = new FacetLezer(zoeker.IndexReader);
        var kandidaten = top.ScoreDocs.Select(d => facetten.Lees(d.Doc)).ToList();
        var soort = vraag.Soort is { } s ? ZoekSoorten.Waarde(s) : null;

        bool Past(Kandidaat k, string? zonder) =>
            (zonder == ZoekVelden.FacetCategorie || vraag.Categorie is null || k.Categorie == vraag.Categorie)
            && (zonder == ZoekVelden.FacetWijk || vraag.Wijk is null || k.Wijk == vraag.Wijk)
            && (zonder == ZoekVelden.FacetSoort || soort is null || k.Soort == soort);

        var gevonden = kandidaten.Where(k => Past(k, zonder: null)).ToList();
        var pagina = Math.Max(1, vraag.Pagina);
        var treffers = gevonden
            .Skip((int)Math.Min(int.MaxValue, (long)(pagina - 1) * ZoekVraag.PerPagina))
            .Take(ZoekVraag.PerPagina)
            .Select(k => Treffer(zoeker, opdracht, k))
            .ToList();

        return new ZoekAntwoord(
            gevonden.Count,
            treffers,
            Tel(kandidaten.Where(k => Past(k, ZoekVelden.FacetCategorie) && k.Categorie is not null), k => (k.Categorie!, k.CategorieNaam!)),
            Tel(kandidaten.Where(k => Past(k, ZoekVelden.FacetWijk) && k.Wijk is not null), k => (k.Wijk!, k.WijkNaam!)),
            Tel(kandidaten.Where(k => Past(k, ZoekVelden.FacetSoort)),
                k => (k.Soort, ZoekSoorten.Naam(ZoekSoorten.Lees(k.Soort) ?? ZoekSoort.Pagina))));
    }

    private ZoekTreffer Treffer(IndexSearcher zoeker, ZoekOpdracht opdracht, Kandidaat kandidaat)
    {
        var document = zoeker.Doc(kandidaat.Doc);
        var tekst = document.Get(ZoekVelden.Fragment, CultureInfo.InvariantCulture) ?? "";
        var treffers = Analyse.Woorden(stammen, tekst).Where(w => opdracht.Past(w.Term)).ToList();
        return new ZoekTreffer(
            ZoekSoorten.Lees(kandidaat.Soort) ?? ZoekSoort.Pagina,
            document.Get(ZoekVelden.Titel, CultureInfo.InvariantCulture),
            document.Get(ZoekVelden.Url, CultureInfo.InvariantCulture),
            Markeerder.Fragment(tekst, treffers),
            kandidaat.CategorieNaam,
            kandidaat.WijkNaam);
    }

    private static List<Facet> Tel(IEnumerable<Kandidaat> kandidaten, Func<Kandidaat, (string Waarde, string Naam)> sleutel) =>
        kandidaten.GroupBy(sleutel)
            .Select(g => new Facet(g.Key.Waarde, g.Key.Naam, g.Count()))
            .OrderByDescending(f => f.Aantal)
            .ThenBy(f => f.Naam, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .ToList();

    private string? CommitData(string sleutel) => Schrijver.CommitData.TryGetValue(sleutel, out var waarde) ? waarde : null;

    /// <summary>True when the folder holds a sound index. A damaged one (unreadable, or <see cref="CheckIndex"/> finds
    /// faults) is removed; only Lucene's own files are deleted, never anything else in the folder.</summary>
    private bool ControleerOfHerstel(LuceneDirectory directory)
    {
        // Hold the write lock while checking and removing, so a second process on the same folder is never cleared.
        using (var slot = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME))
        {
            if (!slot.Obtain())
            {
                throw new LockObtainFailedException($"Lock obtain failed: {slot}");
            }

            if (Indexbestanden().Count == 0)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Zoekindex in {Pad} ontbreekt; hij wordt opgebouwd uit de database.", Pad);
                }

                return false;
            }

            string? fout;
            try
            {
                fout = DirectoryReader.IndexExists(directory) ? ControleerChecksums(directory) : "geen leesbare commit";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                fout = e.Message;
            }

            if (fout is null)
            {
                return true;
            }

            logger.LogWarning("Zoekindex in {Pad} is beschadigd ({Fout}); hij wordt opnieuw opgebouwd uit de database.", Pad, fout);
            VerwijderIndexbestanden();
            return false;
        }
    }

    /// <summary>Opens the last commit and checks every file of every segment against the checksum Lucene wrote at its
    /// end: a missing, truncated or overwritten file fails here. This is what Lucene's own fast check does; the full
    /// <see cref="CheckIndex"/> also decodes every term, posting and stored document, which took seconds at start with
    /// 10,000 activities and grew with the agenda.</summary>
    private static string? ControleerChecksums(LuceneDirectory directory)
    {
        using var lezer = DirectoryReader.Open(directory);
        foreach (var segment in lezer.Leaves)
        {
            segment.AtomicReader.CheckIntegrity();
        }

        return null;
    }

    private void VerwijderIndexbestanden()
    {
        foreach (var bestand in Indexbestanden())
        {
            File.Delete(bestand);
        }
    }

    private List<string> Indexbestanden() =>
        System.IO.Directory.EnumerateFiles(Pad)
            .Where(b => Indexbestand().IsMatch(Path.GetFileName(b)))
            .ToList();

    /// <summary>Lucene's file names: segments_N, segments.gen and codec files such as _0.cfs or _1_Lucene41_0.doc.</summary>
    [GeneratedRegex(@"^(segments(_[a-z0-9]+|\.gen)?|_[a-z0-9]+(_.*)?\..+)$")]
    private static partial Regex Indexbestand();

    public void Dispose()
    {
        lezers?.Dispose();
        schrijver?.Dispose();
        map?.Dispose();
        stammen.Dispose();
        vormen.Dispose();
    }

    private sealed record Kandidaat(int Doc, string Soort, string? Categorie, string? CategorieNaam, string? Wijk, string? WijkNaam);

    /// <summary>Reads the facet doc values of a document from its segment.</summary>
    private sealed class FacetLezer(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> segmenten = reader.Leaves;
        private readonly Dictionary<(int Segment, string Veld), SortedDocValues?> waarden = [];
        private readonly BytesRef buffer = new();

        public Kandidaat Lees(int doc)
        {
            var segment = ReaderUtil.SubIndex(doc, segmenten);
            var lokaal = doc - segmenten[segment].DocBase;
            return new Kandidaat(doc,
                Waarde(segment, lokaal, ZoekVelden.FacetSoort) ?? "",
                Waarde(segment, lokaal, ZoekVelden.FacetCategorie),
                Waarde(segment, lokaal, ZoekVelden.FacetCategorieNaam),
                Waarde(segment, lokaal, ZoekVelden.FacetWijk),
                Waarde(segment, lokaal, ZoekVelden.FacetWijkNaam));
        }

        private string? Waarde(int segment, int doc, string veld)
        {
            if (!waarden.TryGetValue((segment, veld), out var docValues))
            {
                docValues = segmenten[segment].AtomicReader.GetSortedDocValues(veld);
                waarden[(segment, veld)] = docValues;
            }

            var ord = docValues?.GetOrd(doc) ?? -1;
            if (ord < 0)
            {
                return null;
            }

            docValues!.LookupOrd(ord, buffer);
            return buffer.Utf8ToString();
        }
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Sync;

/// <summary>Writes pages, the menu and the reference data to uSync files in the format <see cref="SyncImporter"/> reads,
/// so they import back to the same state. The output depends only on the data: the same database gives the same bytes.
/// Activities are not exported (ADR 0015).</summary>
public sealed class SyncExporter(WijkDbContext db, TimeProvider clock)
{
    /// <summary>Writes every file into <paramref name="map"/> and records its hash, so the next import sees it as
    /// unchanged. Nothing is touched until every file is made and has been read back; files are written next to the
    /// folder first and then moved in one by one, so a file is always either the old or the new one as a whole.
    /// Files of items that no longer exist are left alone, as the importer leaves their items alone.</summary>
    public async Task<SyncExportResultaat> NaarMapAsync(string map, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(map);
        var (bestanden, resultaat) = await MaakAsync(cancellationToken);
        var doel = Path.TrimEndingDirectorySeparator(Path.GetFullPath(map));
        Directory.CreateDirectory(doel);

        // A sibling, not a subfolder: the importer must never see half an export, and a move stays on one disk.
        var tijdelijk = $"{doel}.export-{Guid.NewGuid():N}";
        try
        {
            foreach (var bestand in bestanden)
            {
                var pad = Path.Combine(tijdelijk, bestand.Soort, bestand.Alias + ".config");
                Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
                await File.WriteAllBytesAsync(pad, bestand.Inhoud, cancellationToken);
            }

            var oud = OudeNamen(doel, bestanden);
            foreach (var bestand in bestanden)
            {
                var pad = Path.Combine(doel, bestand.Soort, bestand.Alias + ".config");
                if (File.Exists(pad) && (await File.ReadAllBytesAsync(pad, cancellationToken)).AsSpan().SequenceEqual(bestand.Inhoud))
                {
                    resultaat.Ongewijzigd++;
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
                File.Move(Path.Combine(tijdelijk, bestand.Soort, bestand.Alias + ".config"), pad, overwrite: true);
                resultaat.Geschreven++;
            }

            foreach (var pad in oud)
            {
                File.Delete(pad);
                resultaat.Weggehaald++;
            }
        }
        finally
        {
            if (Directory.Exists(tijdelijk))
            {
                Directory.Delete(tijdelijk, recursive: true);
            }
        }

        await OnthoudHashesAsync(bestanden, cancellationToken);
        return resultaat;
    }

    /// <summary>The same files as one zip, for a download. The hashes are not recorded: where the zip ends up is not
    /// known.</summary>
    public async Task<SyncZip> AlsZipAsync(CancellationToken cancellationToken)
    {
        var (bestanden, resultaat) = await MaakAsync(cancellationToken);
        var tijd = new DateTimeOffset(DateTime.SpecifyKind(Agenda.Tijd.Lokaal(clock.GetUtcNow().UtcDateTime), DateTimeKind.Unspecified),
            TimeSpan.Zero);
        using var uitvoer = new MemoryStream();
        using (var zip = new ZipArchive(uitvoer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var bestand in bestanden)
            {
                var entry = zip.CreateEntry(bestand.Pad, CompressionLevel.Optimal);
                entry.LastWriteTime = tijd;
                await using var stream = await entry.OpenAsync(cancellationToken);
                await stream.WriteAsync(bestand.Inhoud, cancellationToken);
            }
        }

        return new SyncZip(uitvoer.ToArray(), resultaat);
    }

    private async Task<(List<SyncExportBestand> Bestanden, SyncExportResultaat Resultaat)> MaakAsync(CancellationToken cancellationToken)
    {
        var aliassen = new SyncExportAliassen();
        var bestanden = new List<SyncExportBestand>();
        var resultaat = new SyncExportResultaat();
        foreach (var soort in SyncSoort.Alle.Where(s => s.WordtGeexporteerd))
        {
            var voor = bestanden.Count;
            await soort.ExporteerAsync(this, aliassen, bestanden, cancellationToken);
            resultaat.PerSoort.Add(new(soort.Map, bestanden.Count - voor));
        }

        return (bestanden, resultaat);
    }

    internal async Task ExporteerSoortAsync<T>(SyncSoort<T> soort, SyncExportAliassen aliassen, List<SyncExportBestand> bestanden,
        CancellationToken cancellationToken)
        where T : class, ISyncItem
    {
        // Sorted here, not in SQL: the two database engines sort text differently, and the output must not depend on it.
        var items = (await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(i => i.Slug, StringComparer.Ordinal)
            .ToList();
        aliassen.Voeg(soort.Map, items);

        foreach (var item in items)
        {
            var pad = $"{soort.Map}/{item.Slug}.config";
            try
            {
                if (!SyncImporter.AliasPatroon().IsMatch(item.Slug) || soort.GereserveerdeAliassen.Contains(item.Slug, StringComparer.Ordinal))
                {
                    throw new SyncFoutException($"de alias '{item.Slug}' kan geen bestandsnaam zijn; geef het item een alias met alleen kleine letters, cijfers en streepjes.");
                }

                var schrijver = new SyncBestandSchrijver(soort.Element, item.Key, item.Slug, aliassen.Alias);
                soort.Schrijf(item, schrijver);
                var inhoud = schrijver.Bytes();

                // Read back with the importer's own reader: a file it would refuse stops the export here, with the item's name,
                // instead of turning up later as a warning at some start.
                var element = SyncImporter.Lees(inhoud, soort.Element);
                soort.Lees(soort.Nieuw(item.Key, item.Slug), new SyncBestandLezer(element, aliassen.Id));
                bestanden.Add(new(soort.Map, item.Key, item.Slug, inhoud));
            }
            catch (Exception e) when (e is SyncFoutException or XmlException)
            {
                throw new SyncFoutException($"{pad}: {e.Message}", e);
            }
        }
    }

    /// <summary>Files that hold the Key of an exported item under another name: the item's alias changed since they were
    /// written. Left in place they would give the importer two files for one Key.</summary>
    private static List<string> OudeNamen(string doel, List<SyncExportBestand> bestanden)
    {
        var oud = new List<string>();
        foreach (var soort in bestanden.GroupBy(b => b.Soort))
        {
            var map = Path.Combine(doel, soort.Key);
            if (!Directory.Exists(map))
            {
                continue;
            }

            var namen = soort.ToDictionary(b => b.Key, b => b.Alias + ".config");

            // A name another item now has is overwritten by that item's file, not removed (two items that swapped aliases).
            var inGebruik = namen.Values.ToHashSet(StringComparer.Ordinal);
            foreach (var pad in Directory.GetFiles(map, "*.config").Order(StringComparer.Ordinal))
            {
                if (!inGebruik.Contains(Path.GetFileName(pad)) && LeesKey(pad) is { } key && namen.ContainsKey(key))
                {
                    oud.Add(pad);
                }
            }
        }

        return oud;
    }

    private static Guid? LeesKey(string pad)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(pad, settings);
            return reader.MoveToContent() == XmlNodeType.Element && Guid.TryParse(reader.GetAttribute("Key"), out var key) ? key : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private async Task OnthoudHashesAsync(List<SyncExportBestand> bestanden, CancellationToken cancellationToken)
    {
        var soorten = bestanden.Select(b => b.Soort).Distinct().ToList();
        var sporen = (await db.SyncBestanden.Where(s => soorten.Contains(s.Soort)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Soort, s.Key));
        var nu = clock.GetUtcNow().UtcDateTime;
        foreach (var bestand in bestanden)
        {
            var hash = Convert.ToHexString(SHA256.HashData(bestand.Inhoud));
            if (sporen.TryGetValue((bestand.Soort, bestand.Key), out var spoor))
            {
                if (spoor.Hash != hash)
                {
                    spoor.Hash = hash;
                    spoor.GeimporteerdUtc = nu;
                }
            }
            else
            {
                db.SyncBestanden.Add(new SyncBestand { Soort = bestand.Soort, Key = bestand.Key, Hash = hash, GeimporteerdUtc = nu });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

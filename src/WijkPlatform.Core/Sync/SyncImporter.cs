using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Sync;

/// <summary>Brings the uSync folder into the database. Idempotent: an unchanged file is skipped, an edited file
/// updates its item, a missing file changes nothing, and a file marked <c>Change="Delete"</c> removes its item only
/// when nothing refers to it.</summary>
public sealed partial class SyncImporter(WijkDbContext db, TimeProvider clock, ILogger<SyncImporter> logger)
{
    public async Task<SyncResultaat> ImportAsync(string map, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(map))
        {
            throw new DirectoryNotFoundException($"De uSync-map '{map}' bestaat niet.");
        }

        var resultaat = new SyncResultaat();
        var gelezen = new Dictionary<SyncSoort, List<GelezenBestand>>();
        foreach (var soort in SyncSoort.Alle)
        {
            gelezen[soort] = await LeesMapAsync(soort, map, cancellationToken);
        }

        if (await IsAlGeimporteerdAsync(gelezen, cancellationToken))
        {
            resultaat.Ongewijzigd = gelezen.Values.Sum(b => b.Count);
        }
        else
        {
            var aliassen = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var soort in SyncSoort.Alle)
            {
                await soort.ImportAsync(this, gelezen[soort], aliassen, resultaat, cancellationToken);
            }
        }

        foreach (var melding in resultaat.Meldingen)
        {
            logger.LogWarning("uSync {Bestand}: {Melding}", melding.Bestand, melding.Tekst);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("uSync-import: {Resultaat}", resultaat.ToString());
        }
        return resultaat;
    }

    /// <summary>True when every file is valid, equals what the last import took from it, and its item still exists: then
    /// there is nothing to do, and no item is loaded. Every restart takes this path; the item queries it skips cost
    /// seconds with a large agenda.</summary>
    private async Task<bool> IsAlGeimporteerdAsync(Dictionary<SyncSoort, List<GelezenBestand>> gelezen, CancellationToken cancellationToken)
    {
        // Anything the full import would report or act on takes the full import.
        if (gelezen.Any(g => g.Value.Any(f => f.Key is null || f.Verwijderen || !IsToegestaneAlias(g.Key, f.Alias))))
        {
            return false;
        }

        var vorige = (await db.SyncBestanden.AsNoTracking().Select(s => new { s.Soort, s.Key, s.Hash }).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Soort, s.Key), s => s.Hash);
        foreach (var (soort, bestanden) in gelezen)
        {
            if (bestanden.Any(b => !vorige.TryGetValue((soort.Map, b.Key!.Value), out var hash) || hash != b.Hash))
            {
                return false;
            }
        }

        foreach (var (soort, bestanden) in gelezen)
        {
            var keys = bestanden.Select(b => b.Key!.Value).ToHashSet();
            if (keys.Count != bestanden.Count || await soort.TelAsync(this, keys, cancellationToken) != keys.Count)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsToegestaneAlias(SyncSoort soort, string alias) =>
        AliasPatroon().IsMatch(alias) && !soort.GereserveerdeAliassen.Contains(alias, StringComparer.Ordinal);

    internal Task<int> TelAsync<T>(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
        where T : class, ISyncItem =>
        db.Set<T>().CountAsync(i => keys.Contains(i.Key), cancellationToken);

    internal async Task ImportSoortAsync<T>(SyncSoort<T> soort, List<GelezenBestand> gelezen,
        Dictionary<string, Dictionary<string, int>> aliassen, SyncResultaat resultaat, CancellationToken cancellationToken)
        where T : class, ISyncItem
    {
        // Only the items the files name are loaded and tracked. The other rows (thousands of activities made in the
        // back office) are needed only for their alias and id; tracking them all made every import load and compare
        // the whole table.
        var keys = gelezen.Where(b => b.Key is not null).Select(b => b.Key!.Value).Distinct().ToList();
        var bestaande = await db.Set<T>().Where(i => keys.Contains(i.Key)).ToDictionaryAsync(i => i.Key, cancellationToken);
        var anderen = await db.Set<T>().AsNoTracking().Where(i => !keys.Contains(i.Key))
            .Select(i => new AnderItem(i.Key, i.Slug, i.Id))
            .ToListAsync(cancellationToken);
        var vorige = await db.SyncBestanden.Where(s => s.Soort == soort.Map).ToDictionaryAsync(s => s.Key, cancellationToken);
        var gezien = new HashSet<Guid>();
        var nu = clock.GetUtcNow().UtcDateTime;

        foreach (var bestand in gelezen)
        {
            var naam = bestand.Naam;
            try
            {
                var hash = bestand.Hash;
                var element = bestand.Element ?? throw new SyncFoutException(bestand.Fout!);
                var key = bestand.Key ?? throw new SyncFoutException("Het attribuut Key moet een GUID zijn.");
                var alias = bestand.Alias;
                if (!AliasPatroon().IsMatch(alias))
                {
                    throw new SyncFoutException($"Het attribuut Alias '{alias}' mag alleen kleine letters, cijfers en streepjes bevatten.");
                }

                if (soort.GereserveerdeAliassen.Contains(alias, StringComparer.Ordinal))
                {
                    throw new SyncFoutException($"De alias '{alias}' is al een adres van de website zelf; kies een andere.");
                }

                if (!gezien.Add(key))
                {
                    throw new SyncFoutException($"De Key {key} staat ook in een ander bestand.");
                }

                bestaande.TryGetValue(key, out var item);
                if (item is not null && vorige.TryGetValue(key, out var eerder) && eerder.Hash == hash)
                {
                    resultaat.Ongewijzigd++;
                    continue;
                }

                if (bestand.Verwijderen)
                {
                    if (item is not null && await VerwijderAsync(item, naam, resultaat, cancellationToken))
                    {
                        bestaande.Remove(key);
                    }

                    continue;
                }

                var ander = bestaande.Values.FirstOrDefault(i => i.Slug == alias && i.Key != key)?.Key
                    ?? anderen.Find(i => i.Slug == alias)?.Key;
                if (ander is not null)
                {
                    throw new SyncFoutException($"De alias '{alias}' hoort al bij een ander item ({ander}).");
                }

                var lezer = new SyncBestandLezer(element, (s, a) =>
                    aliassen.TryGetValue(s, out var ids) && ids.TryGetValue(a, out var id) ? id : null);

                // Read into a throwaway item first, so a bad file never leaves a half-updated item behind.
                var proef = soort.Nieuw(key, alias);
                soort.Lees(proef, lezer);

                if (item is null)
                {
                    db.Set<T>().Add(proef);
                    bestaande[key] = proef;
                    resultaat.Toegevoegd++;
                }
                else
                {
                    item.Slug = alias;
                    soort.Lees(item, lezer);
                    db.ChangeTracker.DetectChanges();
                    if (db.Entry(item).State == EntityState.Modified)
                    {
                        resultaat.Bijgewerkt++;
                    }
                    else
                    {
                        resultaat.Ongewijzigd++;
                    }
                }

                if (vorige.TryGetValue(key, out var spoor))
                {
                    spoor.Hash = hash;
                    spoor.GeimporteerdUtc = nu;
                }
                else
                {
                    db.SyncBestanden.Add(new SyncBestand { Soort = soort.Map, Key = key, Hash = hash, GeimporteerdUtc = nu });
                }
            }
            catch (Exception e) when (e is SyncFoutException or XmlException)
            {
                resultaat.Meldingen.Add(new(naam, e.Message));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = anderen.ToDictionary(i => i.Slug, i => i.Id, StringComparer.Ordinal);
        foreach (var item in bestaande.Values)
        {
            ids[item.Slug] = item.Id;
        }

        aliassen[soort.Map] = ids;
    }

    private static async Task<List<GelezenBestand>> LeesMapAsync(SyncSoort soort, string root, CancellationToken cancellationToken)
    {
        var map = Path.Combine(root, soort.Map);
        var bestanden = Directory.Exists(map)
            ? Directory.GetFiles(map, "*.config").Order(StringComparer.Ordinal).ToArray()
            : [];
        var gelezen = new List<GelezenBestand>(bestanden.Length);
        foreach (var pad in bestanden)
        {
            var naam = Path.Combine(soort.Map, Path.GetFileName(pad));
            var inhoud = await File.ReadAllBytesAsync(pad, cancellationToken);
            var hash = Convert.ToHexString(SHA256.HashData(inhoud));
            try
            {
                var element = Lees(inhoud, soort.Element);
                Guid? key = Guid.TryParse(element.Attribute("Key")?.Value, out var k) && k != Guid.Empty ? k : null;
                gelezen.Add(new(naam, hash, element, key, null));
            }
            catch (Exception e) when (e is SyncFoutException or XmlException)
            {
                gelezen.Add(new(naam, hash, null, null, e.Message));
            }
        }

        return gelezen;
    }

    internal sealed record GelezenBestand(string Naam, string Hash, XElement? Element, Guid? Key, string? Fout)
    {
        public string Alias => Element?.Attribute("Alias")?.Value ?? "";

        public bool Verwijderen => string.Equals(Element?.Attribute("Change")?.Value, "Delete", StringComparison.Ordinal);
    }

    private sealed record AnderItem(Guid Key, string Slug, int Id);

    private async Task<bool> VerwijderAsync<T>(T item, string naam, SyncResultaat resultaat, CancellationToken cancellationToken)
        where T : class, ISyncItem
    {
        // Every foreign key is ON DELETE RESTRICT, so the database itself tells whether anything still refers to the
        // item; that stays true for tables added later without this importer knowing about them.
        await db.SaveChangesAsync(cancellationToken);
        db.Remove(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            resultaat.Verwijderd++;
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(item).State = EntityState.Unchanged;
            resultaat.Meldingen.Add(new(naam, $"'{item.Slug}' is nog in gebruik en is daarom niet verwijderd."));
            return false;
        }
    }

    internal static XElement Lees(byte[] inhoud, string verwacht)
    {
        using var stream = new MemoryStream(inhoud);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        var root = XDocument.Load(reader).Root!;
        return root.Name.LocalName == verwacht
            ? root
            : throw new SyncFoutException($"Het hoofdelement moet <{verwacht}> zijn, niet <{root.Name.LocalName}>.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex AliasPatroon();
}

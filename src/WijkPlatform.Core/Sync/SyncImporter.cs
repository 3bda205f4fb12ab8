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
        var aliassen = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var soort in SyncSoort.Alle)
        {
            await soort.ImportAsync(this, map, aliassen, resultaat, cancellationToken);
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

    internal async Task ImportSoortAsync<T>(SyncSoort<T> soort, string root, Dictionary<string, Dictionary<string, int>> aliassen,
        SyncResultaat resultaat, CancellationToken cancellationToken)
        where T : class, ISyncItem
    {
        var map = Path.Combine(root, soort.Map);
        var bestanden = Directory.Exists(map)
            ? Directory.GetFiles(map, "*.config").Order(StringComparer.Ordinal).ToArray()
            : [];

        var bestaande = await db.Set<T>().ToDictionaryAsync(i => i.Key, cancellationToken);
        var vorige = await db.SyncBestanden.Where(s => s.Soort == soort.Map).ToDictionaryAsync(s => s.Key, cancellationToken);
        var gezien = new HashSet<Guid>();
        var nu = clock.GetUtcNow().UtcDateTime;

        foreach (var pad in bestanden)
        {
            var naam = Path.Combine(soort.Map, Path.GetFileName(pad));
            try
            {
                var inhoud = await File.ReadAllBytesAsync(pad, cancellationToken);
                var hash = Convert.ToHexString(SHA256.HashData(inhoud));
                var element = Lees(inhoud, soort.Element);
                var key = Guid.TryParse(element.Attribute("Key")?.Value, out var k) && k != Guid.Empty
                    ? k
                    : throw new SyncFoutException("Het attribuut Key moet een GUID zijn.");
                var alias = element.Attribute("Alias")?.Value ?? "";
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

                if (string.Equals(element.Attribute("Change")?.Value, "Delete", StringComparison.Ordinal))
                {
                    if (item is not null && await VerwijderAsync(item, naam, resultaat, cancellationToken))
                    {
                        bestaande.Remove(key);
                    }

                    continue;
                }

                if (bestaande.Values.FirstOrDefault(i => i.Slug == alias && i.Key != key) is { } ander)
                {
                    throw new SyncFoutException($"De alias '{alias}' hoort al bij een ander item ({ander.Key}).");
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
        aliassen[soort.Map] = bestaande.Values.ToDictionary(i => i.Slug, i => i.Id, StringComparer.Ordinal);
    }

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

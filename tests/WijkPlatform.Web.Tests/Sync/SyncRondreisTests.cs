using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Tests.Sync;

/// <summary>Export, then import into a fresh database: every exported item comes back the same, and the second database
/// exports to the same bytes.</summary>
public sealed class SyncRondreisTests(SyncExportApp app) : IClassFixture<SyncExportApp>, IDisposable
{
    /// <summary>Everything an XML file or a careless writer could trip over, in one text.</summary>
    private const string Lastig =
        "Let op: \"aanhalingstekens\", 'enkele' & <b>tags</b>, een CDATA-einde ]]> en nog een ]]]]> en <![CDATA[ binnenin.\n" +
        "Tweede regel met &amp; als tekst en &#xD; ook.\r\nDerde regel na een Windows-regeleinde,\rna een losse CR,\tna een tab.\n\n" +
        "Emoji 🎉👩🏽‍🦱, Arabisch مرحبا بكم, Hebreeuws שלום עולם, een RTL-teken \u200F en een richting-omkeer \u202Eomgekeerd\u202C. Einde.";

    private const string Kort = "Koffie & \"thee\" <3 ]]> 🎉 مرحبا";

    private static readonly string[] Uitgezonderd =
    [
        // Stamped by the database write itself; an import is a write of its own.
        "Pagina.GewijzigdUtc", "Organisatie.GewijzigdUtc",
        // Concurrency tokens and the number of the local version history: they belong to one database.
        "Pagina.Versie", "Wijkbudget.Versie",
        // The collective's own calendar link and the state of its import job stay in its database (ADR 0015).
        "Organisatie.AgendaUrl", "Organisatie.AgendaGeimporteerdUtc", "Organisatie.AgendaFout",
    ];

    private readonly List<string> mappen = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rondreis_NaarFrisseDatabase_GeeftElkItemTerugEnDezelfdeBestanden()
    {
        var u = await MaakLastigeGegevensAsync();
        var eerste = NieuweMap();

        var resultaat = await ExporteerAsync(eerste);

        Assert.Contains(resultaat.PerSoort, a => a.Soort == "Paginas" && a.Bestanden >= 3);
        Assert.False(Directory.Exists(Path.Combine(eerste, "Activiteiten")));
        await using var frisse = await FrisseDatabase.MaakAsync(app.Klok);
        var import = await frisse.MetScopeAsync(sp => sp.GetRequiredService<SyncImporter>().ImportAsync(eerste, Ct));
        Assert.Empty(import.Meldingen);
        Assert.Equal(resultaat.Bestanden, import.Toegevoegd);

        var bron = await app.MetDbAsync(MomentopnameAsync);
        var kopie = await frisse.MetScopeAsync(sp => MomentopnameAsync(sp.GetRequiredService<WijkDbContext>()));
        Assert.Equal(bron.Keys, kopie.Keys);
        foreach (var (soort, items) in bron)
        {
            Assert.Equal(items.Keys.Order(), kopie[soort].Keys.Order());
            foreach (var (key, beschrijving) in items)
            {
                Assert.Equal(beschrijving, kopie[soort][key]);
            }
        }

        Assert.Contains(bron[nameof(Clientondersteuner)].Values, b => b.Contains($"wijk-{u}|", StringComparison.Ordinal));
        var tweede = NieuweMap();
        await frisse.MetScopeAsync(sp => Exporteur(sp).NaarMapAsync(tweede, Ct));
        AssertZelfdeBestanden(eerste, tweede);
    }

    [Fact]
    public async Task Export_TweeKeer_GeeftDezelfdeBytes()
    {
        await MaakLastigeGegevensAsync();
        var eerste = NieuweMap();
        var tweede = NieuweMap();

        await ExporteerAsync(eerste);
        await ExporteerAsync(tweede);

        AssertZelfdeBestanden(eerste, tweede);
    }

    [Fact]
    public async Task Import_VanDeExportInDezelfdeDatabase_VerandertNiets()
    {
        await MaakLastigeGegevensAsync();
        var map = NieuweMap();
        var geexporteerd = await ExporteerAsync(map);

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Wijzigingen);
        Assert.Empty(resultaat.Meldingen);
        Assert.Equal(geexporteerd.Bestanden, resultaat.Ongewijzigd);
    }

    [Fact]
    public async Task Import_ZonderOpgeslagenHashes_LeestAllesInZonderIetsTeVeranderen()
    {
        await MaakLastigeGegevensAsync();
        var map = NieuweMap();
        await ExporteerAsync(map);
        await using var frisse = await FrisseDatabase.MaakAsync(app.Klok);
        await frisse.MetScopeAsync(sp => sp.GetRequiredService<SyncImporter>().ImportAsync(map, Ct));

        // Without the hash of the first import every file is read and compared field by field: a reader that gave back
        // a different value than was written would show up here as an update.
        await frisse.MetScopeAsync(sp => sp.GetRequiredService<WijkDbContext>().SyncBestanden.ExecuteDeleteAsync(Ct));
        var resultaat = await frisse.MetScopeAsync(sp => sp.GetRequiredService<SyncImporter>().ImportAsync(map, Ct));

        Assert.Equal(0, resultaat.Wijzigingen);
        Assert.Empty(resultaat.Meldingen);
    }

    [Fact]
    public async Task Export_Bestand_HeeftHetVasteFormaat()
    {
        var u = await MaakLastigeGegevensAsync();
        var map = NieuweMap();

        await ExporteerAsync(map);

        var pagina = File.ReadAllBytes(Path.Combine(map, "Paginas", $"gepland-{u}.config"));
        var tekst = Encoding.UTF8.GetString(pagina);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Pagina Key=\"", tekst, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, pagina[0]);
        Assert.DoesNotContain((byte)'\r', pagina);
        Assert.Contains("\n  <Titel>Koffie &amp; \"thee\" &lt;3 ]]&gt; 🎉 مرحبا</Titel>\n", tekst, StringComparison.Ordinal);
        Assert.Contains("<Status>Gepland</Status>", tekst, StringComparison.Ordinal);
        Assert.Contains("<PublicerenVanaf>2026-12-01T08:00:00.123456Z</PublicerenVanaf>", tekst, StringComparison.Ordinal);
        Assert.Contains("een CDATA-einde ]]]]><![CDATA[> en", tekst, StringComparison.Ordinal);
        Assert.EndsWith("</Pagina>\n", tekst, StringComparison.Ordinal);
        var budget = File.ReadAllText(Path.Combine(map, "Wijkbudgetten", $"wijk-{u}-2031.config"));
        Assert.Contains($"  <Wijk>wijk-{u}</Wijk>\n  <Jaar>2031</Jaar>\n  <Bedrag>12345.67</Bedrag>\n", budget, StringComparison.Ordinal);
        var nieuws = File.ReadAllText(Path.Combine(map, "Paginas", $"nieuws-{u}.config"));
        Assert.Contains("<GepubliceerdOp>2026-11-20T10:15:30Z</GepubliceerdOp>", nieuws, StringComparison.Ordinal);
        Assert.Contains("<Wijk>ussen</Wijk>", nieuws, StringComparison.Ordinal);
        var ondersteuner = File.ReadAllText(Path.Combine(map, "Clientondersteuners", $"steun-{u}.config"));
        Assert.Contains(
            $"  <Werkgebieden>\n    <Werkgebied Wijk=\"ruwaard\" Inloop=\"Dinsdag&#x9;10.00 &amp; &quot;De Haard&quot;&#xA;of bellen\" />\n" +
            $"    <Werkgebied Wijk=\"wijk-{u}\" />\n  </Werkgebieden>\n", ondersteuner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ItemMetNieuweAlias_VervangtHetOudeBestand_EnLaatBestandVanVerwijderdItemStaan()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        await app.MetDbAsync(db =>
        {
            db.Categorieen.Add(new Categorie { Key = Guid.NewGuid(), Slug = $"oud-{u}", Naam = "Hernoemen" });
            return db.SaveChangesAsync(Ct);
        });
        var map = NieuweMap();
        await ExporteerAsync(map);
        var weg = Path.Combine(map, "Categorieen", $"verwijderd-{u}.config");
        File.WriteAllText(weg, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Categorie Key=\"{Guid.NewGuid()}\" Alias=\"verwijderd-{u}\">\n  <Naam>Weg</Naam>\n</Categorie>\n");
        await app.MetDbAsync(db => db.Categorieen.Where(c => c.Slug == $"oud-{u}").ExecuteUpdateAsync(s => s.SetProperty(c => c.Slug, $"nieuw-{u}"), Ct));

        var resultaat = await ExporteerAsync(map);

        Assert.False(File.Exists(Path.Combine(map, "Categorieen", $"oud-{u}.config")));
        Assert.True(File.Exists(Path.Combine(map, "Categorieen", $"nieuw-{u}.config")));
        Assert.True(File.Exists(weg));
        Assert.Equal(1, resultaat.Weggehaald);
        Assert.True(resultaat.Ongewijzigd > 0);
        Assert.DoesNotContain((await ImporteerAsync(map)).Meldingen, m => m.Bestand.Contains(u, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_TweeItemsWisselenVanAlias_BeideBestandenHoudenHunKey()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await app.MetDbAsync(db =>
        {
            db.Categorieen.AddRange(
                new Categorie { Key = a, Slug = $"a-{u}", Naam = "Eerst a" },
                new Categorie { Key = b, Slug = $"b-{u}", Naam = "Eerst b" });
            return db.SaveChangesAsync(Ct);
        });
        var map = NieuweMap();
        await ExporteerAsync(map);
        await app.MetDbAsync(async db =>
        {
            await db.Categorieen.Where(c => c.Key == a).ExecuteUpdateAsync(s => s.SetProperty(c => c.Slug, $"tijdelijk-{u}"), Ct);
            await db.Categorieen.Where(c => c.Key == b).ExecuteUpdateAsync(s => s.SetProperty(c => c.Slug, $"a-{u}"), Ct);
            return await db.Categorieen.Where(c => c.Key == a).ExecuteUpdateAsync(s => s.SetProperty(c => c.Slug, $"b-{u}"), Ct);
        });

        var resultaat = await ExporteerAsync(map);

        Assert.Equal(0, resultaat.Weggehaald);
        Assert.Contains($"Key=\"{b}\" Alias=\"a-{u}\"", File.ReadAllText(Path.Combine(map, "Categorieen", $"a-{u}.config")), StringComparison.Ordinal);
        Assert.Contains($"Key=\"{a}\" Alias=\"b-{u}\"", File.ReadAllText(Path.Combine(map, "Categorieen", $"b-{u}.config")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TekenDatNietInXmlKan_SchrijftNietsEnNoemtHetItem()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        var map = NieuweMap();
        await ExporteerAsync(map);
        var voor = LeesMap(map);
        await app.MetDbAsync(db =>
        {
            db.Categorieen.Add(new Categorie { Key = Guid.NewGuid(), Slug = $"plak-{u}", Naam = "Uit Word", Omschrijving = "Regel\u000Bregel" });
            return db.SaveChangesAsync(Ct);
        });
        try
        {
            var fout = await Assert.ThrowsAsync<SyncFoutException>(() => ExporteerAsync(map));

            Assert.Contains($"Categorieen/plak-{u}.config", fout.Message, StringComparison.Ordinal);
            Assert.Contains("<Omschrijving>", fout.Message, StringComparison.Ordinal);
            AssertZelfdeBestanden(voor, LeesMap(map));
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(map)!, Path.GetFileName(map) + ".export-*"));
        }
        finally
        {
            await app.MetDbAsync(db => db.Categorieen.Where(c => c.Slug == $"plak-{u}").ExecuteDeleteAsync(Ct));
        }
    }

    public void Dispose()
    {
        foreach (var map in mappen.Where(Directory.Exists))
        {
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>One new item of every exported kind, every field away from its default, most text as hard as it gets.</summary>
    private async Task<string> MaakLastigeGegevensAsync()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        await app.MetDbAsync(async db =>
        {
            var ruwaard = await db.Wijken.SingleAsync(w => w.Slug == "ruwaard", Ct);
            var ussen = await db.Wijken.SingleAsync(w => w.Slug == "ussen", Ct);
            var wijk = new Wijk { Key = Guid.NewGuid(), Slug = $"wijk-{u}", Naam = Kort, Actief = true, Volgorde = 42, Omschrijving = Lastig };

            // Saved first: the werkgebieden below are a JSON list of wijk ids, not references EF fills in.
            db.Wijken.Add(wijk);
            await db.SaveChangesAsync(Ct);
            var locatie = new Locatie
            {
                Key = Guid.NewGuid(),
                Slug = $"plek-{u}",
                Naam = Kort,
                Straat = "Brederostraat 46 \"achter\"",
                Postcode = "5344 VA",
                Plaats = "Berghem",
                Wijk = wijk,
                Latitude = 51.758912345678901,
                Longitude = 0.1 + 0.2,
                Rolstoeltoegankelijk = true,
                Ringleiding = true,
                Prikkelarm = true,
                Toegankelijkheid = "Drempel & lift\nachterom",
                Omschrijving = Lastig,
            };
            db.AddRange(
                locatie,
                new Categorie { Key = Guid.NewGuid(), Slug = $"soort-{u}", Naam = Kort, IsDagontmoeting = true, Volgorde = 17, Omschrijving = Lastig },
                new Organisatie
                {
                    Key = Guid.NewGuid(),
                    Slug = $"club-{u}",
                    Naam = Kort,
                    Soort = OrganisatieSoort.Collectief,
                    Wijk = wijk,
                    Email = "club@example.nl",
                    Telefoon = "0412 12 34 56",
                    Website = "https://example.nl/?a=1&b=2",
                    Omschrijving = Lastig,
                    Vertrouwd = true,
                    Logo = "/media/organisaties/club-test.svg",
                },
                new Wijkteam
                {
                    Key = Guid.NewGuid(),
                    Slug = $"team-{u}",
                    Naam = Kort,
                    Wijk = wijk,
                    Locatie = locatie,
                    Telefoon = "0412 00 00 09",
                    Email = "team@example.nl",
                    Inloop = "Maandag 9.30 & \"soms\" later",
                    Omschrijving = Lastig,
                    CoordinatorEmail = "co@example.nl",
                },
                new Postcodegebied { Key = Guid.NewGuid(), Slug = $"pc-{u}", Van = "1011AA", Tot = "1011ZZ", Wijk = wijk },
                new Wijkbudget { Key = Guid.NewGuid(), Slug = $"wijk-{u}-2031", Wijk = wijk, Jaar = 2031, BudgetInCenten = 1_234_567, Versie = 5 },
                new Pagina
                {
                    Key = Guid.NewGuid(),
                    Slug = $"gepland-{u}",
                    Soort = PaginaSoort.Pagina,
                    Titel = Kort,
                    Samenvatting = "Kort & \"goed\"",
                    EenvoudigeSamenvatting = Lastig,
                    Inhoud = "## Kop\n\n" + Lastig,
                    Status = PaginaStatus.Gepland,
                    PublicerenVanafUtc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560),
                    Versie = 3,
                },
                new Pagina
                {
                    Key = Guid.NewGuid(),
                    Slug = $"nieuws-{u}",
                    Soort = PaginaSoort.Nieuws,
                    Titel = "Nieuws uit Ussen",
                    Inhoud = Lastig,
                    Status = PaginaStatus.Gepubliceerd,
                    GepubliceerdUtc = new DateTime(2026, 11, 20, 10, 15, 30, DateTimeKind.Utc),
                    Wijk = ussen,
                },
                new Pagina
                {
                    Key = Guid.NewGuid(),
                    Slug = $"weg-{u}",
                    Soort = PaginaSoort.Nieuws,
                    Titel = "Ingetrokken",
                    Status = PaginaStatus.Ingetrokken,
                    PublicerenVanafUtc = new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc),
                    GepubliceerdUtc = new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc),
                    Wijk = wijk,
                },
                new MenuItem { Key = Guid.NewGuid(), Slug = $"menu-{u}", Menu = MenuPlek.Voettekst, Titel = Kort, Url = "/nieuws?wijk=ruwaard&x=1#boven", Volgorde = 7 },
                new Clientondersteuner
                {
                    Key = Guid.NewGuid(),
                    Slug = $"steun-{u}",
                    Naam = Kort,
                    Organisatie = "MEE & de Wering",
                    Omschrijving = Lastig,
                    Telefoon = "0800 1234",
                    Email = "steun@example.nl",
                    Website = "https://example.nl/steun",
                    Talen = "Nederlands, Türkçe, العربية",
                    Toegankelijkheid = "Huisbezoek\nen gebarentaal",
                    Volgorde = 3,
                    Werkgebieden =
                    [
                        new Werkgebied { WijkId = ruwaard.Id, Inloop = "Dinsdag\t10.00 & \"De Haard\"\nof bellen" },
                        new Werkgebied { WijkId = wijk.Id },
                    ],
                });
            return await db.SaveChangesAsync(Ct);
        });
        return u;
    }

    /// <summary>Per kind, per Key, every scalar property as text: foreign keys as the Key of the item they point to, the
    /// JSON list of werkgebieden by wijk alias. A property this method does not know makes the test fail, so a field added
    /// later cannot slip past the round trip unnoticed.</summary>
    private static async Task<Dictionary<string, Dictionary<Guid, string>>> MomentopnameAsync(WijkDbContext db)
    {
        var items = new Dictionary<Type, List<ISyncItem>>
        {
            [typeof(Wijk)] = [.. await db.Wijken.AsNoTracking().ToListAsync(Ct)],
            [typeof(Categorie)] = [.. await db.Categorieen.AsNoTracking().ToListAsync(Ct)],
            [typeof(Locatie)] = [.. await db.Locaties.AsNoTracking().ToListAsync(Ct)],
            [typeof(Organisatie)] = [.. await db.Organisaties.AsNoTracking().ToListAsync(Ct)],
            [typeof(Wijkteam)] = [.. await db.Wijkteams.AsNoTracking().ToListAsync(Ct)],
            [typeof(Postcodegebied)] = [.. await db.Postcodegebieden.AsNoTracking().ToListAsync(Ct)],
            [typeof(Wijkbudget)] = [.. await db.Wijkbudgetten.AsNoTracking().ToListAsync(Ct)],
            [typeof(Clientondersteuner)] = [.. await db.Clientondersteuners.AsNoTracking().ToListAsync(Ct)],
            [typeof(Pagina)] = [.. await db.Paginas.AsNoTracking().ToListAsync(Ct)],
            [typeof(MenuItem)] = [.. await db.MenuItems.AsNoTracking().ToListAsync(Ct)],
        };
        var keys = items.ToDictionary(p => p.Key, p => p.Value.ToDictionary(i => i.Id, i => i.Key));
        var wijkAliassen = items[typeof(Wijk)].ToDictionary(i => i.Id, i => i.Slug);

        return items.ToDictionary(
            p => p.Key.Name,
            p => p.Value.ToDictionary(i => i.Key, i => Beschrijf(i, keys, wijkAliassen)));
    }

    private static string Beschrijf(ISyncItem item, Dictionary<Type, Dictionary<int, Guid>> keys, Dictionary<int, string> wijkAliassen)
    {
        var type = item.GetType();
        var regels = new StringBuilder();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (p.Name == "Id" || Uitgezonderd.Contains($"{type.Name}.{p.Name}"))
            {
                continue;
            }

            var waarde = p.GetValue(item);
            string tekst;
            if (p.Name.EndsWith("Id", StringComparison.Ordinal) && type.GetProperty(p.Name[..^2]) is { } verwijzing
                && keys.TryGetValue(verwijzing.PropertyType, out var doel))
            {
                tekst = waarde is int id ? doel[id].ToString() : "null";
            }
            else if (keys.ContainsKey(p.PropertyType))
            {
                continue;
            }
            else if (waarde is List<Werkgebied> werkgebieden)
            {
                tekst = string.Join("; ", werkgebieden.Select(w => $"{wijkAliassen[w.WijkId]}|{JsonSerializer.Serialize(w.Inloop)}"));
            }
            else
            {
                tekst = waarde switch
                {
                    null => "null",
                    string s => JsonSerializer.Serialize(s),
                    DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                    bool or int or long or Guid or Enum => Convert.ToString(waarde, System.Globalization.CultureInfo.InvariantCulture)!,
                    _ => throw new InvalidOperationException($"{type.Name}.{p.Name} ({p.PropertyType.Name}) wordt niet vergeleken; voeg het toe."),
                };
            }

            regels.Append(p.Name).Append('=').Append(tekst).Append('\n');
        }

        return regels.ToString();
    }

    private string NieuweMap()
    {
        var map = Directory.CreateTempSubdirectory("wijk-usync-export-").FullName;
        mappen.Add(map);
        return map;
    }

    private async Task<SyncExportResultaat> ExporteerAsync(string map)
    {
        await using var scope = app.CreateScope();
        return await Exporteur(scope.ServiceProvider).NaarMapAsync(map, Ct);
    }

    private async Task<SyncResultaat> ImporteerAsync(string map)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SyncImporter>().ImportAsync(map, Ct);
    }

    internal static SyncExporter Exporteur(IServiceProvider sp) =>
        new(sp.GetRequiredService<WijkDbContext>(), sp.GetRequiredService<TimeProvider>());

    internal static SortedDictionary<string, string> LeesMap(string map) =>
        new(Directory.GetFiles(map, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(map, p).Replace('\\', '/'),
            p => Convert.ToBase64String(File.ReadAllBytes(p))), StringComparer.Ordinal);

    private static void AssertZelfdeBestanden(string eerste, string tweede) => AssertZelfdeBestanden(LeesMap(eerste), LeesMap(tweede));

    private static void AssertZelfdeBestanden(SortedDictionary<string, string> eerste, SortedDictionary<string, string> tweede)
    {
        Assert.Equal(eerste.Keys, tweede.Keys);
        foreach (var (pad, inhoud) in eerste)
        {
            Assert.True(inhoud == tweede[pad],
                $"{pad} verschilt:\n{Encoding.UTF8.GetString(Convert.FromBase64String(inhoud))}\n---\n{Encoding.UTF8.GetString(Convert.FromBase64String(tweede[pad]))}");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Web.Tests.Sync;

public sealed class SyncImporterTests(WijkApp app) : IClassFixture<WijkApp>, IDisposable
{
    private readonly string map = Directory.CreateTempSubdirectory("wijk-usync-").FullName;

    public static string RepoSyncMap { get; } = ZoekRepoSyncMap();

    [Fact]
    public async Task Start_EersteImport_ZetElkBestandInDeDatabase()
    {
        var keys = await app.MetDbAsync(async db => new Dictionary<string, HashSet<Guid>>
        {
            ["Wijken"] = [.. await db.Wijken.Select(i => i.Key).ToListAsync()],
            ["Wijkteams"] = [.. await db.Wijkteams.Select(i => i.Key).ToListAsync()],
            ["Locaties"] = [.. await db.Locaties.Select(i => i.Key).ToListAsync()],
            ["Categorieen"] = [.. await db.Categorieen.Select(i => i.Key).ToListAsync()],
            ["Organisaties"] = [.. await db.Organisaties.Select(i => i.Key).ToListAsync()],
            ["Paginas"] = [.. await db.Paginas.Select(i => i.Key).ToListAsync()],
            ["Activiteiten"] = [.. await db.Activiteiten.Select(i => i.Key).ToListAsync()],
        });

        foreach (var (soort, inDatabase) in keys)
        {
            var bestanden = Directory.GetFiles(Path.Combine(RepoSyncMap, soort), "*.config");
            Assert.NotEmpty(bestanden);
            foreach (var bestand in bestanden)
            {
                var key = Guid.Parse(System.Xml.Linq.XDocument.Load(bestand).Root!.Attribute("Key")!.Value);
                Assert.True(inDatabase.Contains(key), $"{bestand} staat niet in de database.");
            }
        }

        Assert.True(keys["Activiteiten"].Count >= 30);
    }

    [Fact]
    public async Task Import_TweedeKeer_VerandertNiets()
    {
        var resultaat = await ImporteerAsync(RepoSyncMap);

        Assert.Equal(0, resultaat.Wijzigingen);
        Assert.Empty(resultaat.Meldingen);
        Assert.True(resultaat.Ongewijzigd >= 100);
    }

    [Fact]
    public async Task Import_NieuwBestandDaarnaGewijzigd_WerktItemBij()
    {
        var key = Guid.NewGuid();
        Schrijf("Categorieen", "test-bijwerken", Categorie(key, "test-bijwerken", "Eerste naam"));
        var eerste = await ImporteerAsync(map);

        Schrijf("Categorieen", "test-bijwerken", Categorie(key, "test-bijwerken", "Tweede naam"));
        var tweede = await ImporteerAsync(map);

        Assert.Equal(1, eerste.Toegevoegd);
        Assert.Equal(1, tweede.Bijgewerkt);
        Assert.Equal("Tweede naam", await app.MetDbAsync(db => db.Categorieen.Where(c => c.Key == key).Select(c => c.Naam).SingleAsync()));
    }

    [Fact]
    public async Task Import_BewerkingInDeDatabase_BlijftStaanZolangBestandGelijkBlijft()
    {
        var key = Guid.NewGuid();
        Schrijf("Categorieen", "test-redactie", Categorie(key, "test-redactie", "Uit het bestand"));
        await ImporteerAsync(map);
        await app.MetDbAsync(db => db.Categorieen.Where(c => c.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Naam, "Door de redactie")));

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Wijzigingen);
        Assert.Equal("Door de redactie", await app.MetDbAsync(db => db.Categorieen.Where(c => c.Key == key).Select(c => c.Naam).SingleAsync()));
    }

    [Fact]
    public async Task Import_BestandWeggehaald_LaatItemStaan()
    {
        var key = Guid.NewGuid();
        Schrijf("Categorieen", "test-weg", Categorie(key, "test-weg", "Blijft bestaan"));
        await ImporteerAsync(map);
        File.Delete(Path.Combine(map, "Categorieen", "test-weg.config"));

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Verwijderd);
        Assert.True(await app.MetDbAsync(db => db.Categorieen.AnyAsync(c => c.Key == key)));
    }

    [Fact]
    public async Task Import_VerwijdermarkeringVoorItemInGebruik_LaatItemStaanMetMelding()
    {
        var ruwaard = await app.MetDbAsync(db => db.Wijken.SingleAsync(w => w.Slug == "ruwaard"));
        Schrijf("Wijken", "ruwaard", $"""<Wijk Key="{ruwaard.Key}" Alias="ruwaard" Change="Delete" />""");

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Verwijderd);
        var melding = Assert.Single(resultaat.Meldingen);
        Assert.Contains("in gebruik", melding.Tekst, StringComparison.Ordinal);
        Assert.True(await app.MetDbAsync(db => db.Wijken.AnyAsync(w => w.Slug == "ruwaard")));
    }

    [Fact]
    public async Task Import_VerwijdermarkeringVoorOngebruiktItem_VerwijdertHet()
    {
        var key = Guid.NewGuid();
        Schrijf("Categorieen", "test-verwijderen", Categorie(key, "test-verwijderen", "Mag weg"));
        await ImporteerAsync(map);
        Schrijf("Categorieen", "test-verwijderen", $"""<Categorie Key="{key}" Alias="test-verwijderen" Change="Delete" />""");

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(1, resultaat.Verwijderd);
        Assert.False(await app.MetDbAsync(db => db.Categorieen.AnyAsync(c => c.Key == key)));
    }

    [Fact]
    public async Task Import_FoutBestanden_WordenOvergeslagenEnDeRestKomtBinnen()
    {
        Schrijf("Categorieen", "test-goed", Categorie(Guid.NewGuid(), "test-goed", "Goed"));
        Schrijf("Categorieen", "test-kapot", "<Categorie Key=\"nog-geen-guid\"");
        Schrijf("Categorieen", "test-geen-naam", $"""<Categorie Key="{Guid.NewGuid()}" Alias="test-geen-naam"></Categorie>""");
        Schrijf("Activiteiten", "test-onbekende-wijk", $"""
            <Activiteit Key="{Guid.NewGuid()}" Alias="test-onbekende-wijk">
              <Titel>Nergens</Titel><Categorie>test-goed</Categorie><Wijk>atlantis</Wijk><Start>2026-01-06T10:00</Start>
            </Activiteit>
            """);
        Schrijf("Activiteiten", "test-foute-herhaling", $"""
            <Activiteit Key="{Guid.NewGuid()}" Alias="test-foute-herhaling">
              <Titel>Soms</Titel><Categorie>test-goed</Categorie><Wijk>ruwaard</Wijk><Start>2026-01-06T10:00</Start>
              <Herhaling>FREQ=SOMS</Herhaling>
            </Activiteit>
            """);

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(1, resultaat.Toegevoegd);
        Assert.Equal(4, resultaat.Meldingen.Count);
        Assert.Contains(resultaat.Meldingen, m => m.Bestand.EndsWith("test-onbekende-wijk.config", StringComparison.Ordinal)
            && m.Tekst.Contains("atlantis", StringComparison.Ordinal));
        Assert.Contains(resultaat.Meldingen, m => m.Tekst.Contains("<Naam>", StringComparison.Ordinal));
        Assert.Contains(resultaat.Meldingen, m => m.Tekst.Contains("<Herhaling>", StringComparison.Ordinal));
        Assert.True(await app.MetDbAsync(db => db.Categorieen.AnyAsync(c => c.Slug == "test-goed")));
    }

    [Fact]
    public async Task Import_AfbeeldingZonderAltTekst_WordtGeweigerd()
    {
        Schrijf("Activiteiten", "test-zonder-alt", $"""
            <Activiteit Key="{Guid.NewGuid()}" Alias="test-zonder-alt">
              <Titel>Zonder alt</Titel><Categorie>dagontmoeting</Categorie><Wijk>ruwaard</Wijk><Start>2026-01-06T10:00</Start>
              <Afbeelding>/media/activiteiten/koffie.svg</Afbeelding>
            </Activiteit>
            """);

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Toegevoegd);
        Assert.Contains("<AfbeeldingAlt>", Assert.Single(resultaat.Meldingen).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AliasDieEenAdresVanDeSiteIs_WordtGeweigerd()
    {
        Schrijf("Activiteiten", "print", $"""
            <Activiteit Key="{Guid.NewGuid()}" Alias="print">
              <Titel>Printen</Titel><Categorie>dagontmoeting</Categorie><Wijk>ruwaard</Wijk><Start>2026-01-06T10:00</Start>
            </Activiteit>
            """);

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Toegevoegd);
        Assert.Contains("adres van de website", Assert.Single(resultaat.Meldingen).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AliasVanAnderItem_WordtGeweigerd()
    {
        Schrijf("Wijken", "ruwaard", $"""<Wijk Key="{Guid.NewGuid()}" Alias="ruwaard"><Naam>Dubbel</Naam></Wijk>""");

        var resultaat = await ImporteerAsync(map);

        Assert.Equal(0, resultaat.Toegevoegd);
        Assert.Contains("ruwaard", Assert.Single(resultaat.Meldingen).Tekst, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(map, recursive: true);

    private async Task<SyncResultaat> ImporteerAsync(string folder)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SyncImporter>().ImportAsync(folder, TestContext.Current.CancellationToken);
    }

    private void Schrijf(string soort, string alias, string xml)
    {
        Directory.CreateDirectory(Path.Combine(map, soort));
        File.WriteAllText(Path.Combine(map, soort, alias + ".config"), xml);
    }

    private static string Categorie(Guid key, string alias, string naam) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Categorie Key="{key}" Alias="{alias}">
          <Naam>{naam}</Naam>
          <Volgorde>99</Volgorde>
        </Categorie>
        """;

    private static string ZoekRepoSyncMap()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "uSync", "README.md")))
            {
                return Path.Combine(dir.FullName, "uSync");
            }
        }

        throw new DirectoryNotFoundException("uSync niet gevonden boven " + AppContext.BaseDirectory);
    }
}

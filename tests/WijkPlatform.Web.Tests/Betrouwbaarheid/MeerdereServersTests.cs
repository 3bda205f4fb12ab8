using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Collectieven;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The way to grow past one machine: two servers on different ports share one PostgreSQL database (Hangfire
/// too) and a folder for uploads, each with its own search index. Slow (two real servers and a wait for the scheduled
/// jobs) and PostgreSQL only, so it runs with scripts/betrouwbaarheid.sh.</summary>
[Trait("Duur", "Lang")]
[Trait("Database", "PostgreSQL")]
public sealed class MeerdereServersTests
{
    private static readonly TimeSpan Geduld = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TweeServersOpEenDatabase_WijzigingOpDeEneTeZienEnTeVindenOpDeAndere_ElkeGeplandeTaakEenKeer()
    {
        await using var omgeving = await ServerOmgeving.MaakAsync();
        Assert.True(omgeving.Database.IsPostgres, $"Deze test vraagt PostgreSQL: zet {TestDatabase.PostgresVariabele}.");
        var gedeeld = new Dictionary<string, string>
        {
            ["Database:MigrateAtStart"] = "false",
            ["Taken:Opslag"] = "PostgreSql",
            ["Afbeeldingen:Map"] = omgeving.Map("afbeeldingen-gedeeld"),
            ["Initiatief:BijlagenMap"] = omgeving.Map("bijlagen-gedeeld"),
        };
        var sinds = DateTime.UtcNow;
        await ServerProces.MigreerAsync(omgeving.Instellingen(omgeving.Map("mail-migratie"), gedeeld));
        await using var eerste = await ServerProces.StartAsync(omgeving.Instellingen(omgeving.Map("mail-1"), gedeeld));
        await using var tweede = await ServerProces.StartAsync(omgeving.Instellingen(omgeving.Map("mail-2"), gedeeld));
        Assert.NotEqual(eerste.Poort, tweede.Poort);

        // A collective publishes an activity on the first server, with a word no seed text has.
        var woord = new string(Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
        var titel = $"Buurtsoep {woord}";
        using (var client = eerste.MaakClient())
        {
            var inloggen = await WijkApp.InloggenAsync(client, BeheerHulp.Wijkraad);
            Assert.Equal(HttpStatusCode.Redirect, inloggen.StatusCode);
            using var antwoord = await BeheerHulp.PostMetFotoAsync(client, "/beheer/activiteiten/nieuw",
                await FormulierAsync(omgeving, titel), null, "/beheer/activiteiten/nieuw");
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        }

        string slug;
        await using (var db = omgeving.Db())
        {
            slug = await db.Activiteiten.Where(a => a.Titel == titel).Select(a => a.Slug).SingleAsync(Ct);
        }

        // The second server shows it (its stored pages live a few seconds) and finds it (its index follows the database).
        using var lezer = tweede.MaakClient();
        var getoond = await WachtOpAsync(async () => (await lezer.GetStringAsync("/activiteiten?pagina=1", Ct)).Contains(titel, StringComparison.Ordinal)
            || (await lezer.GetAsync($"/activiteiten/{slug}", Ct)).StatusCode == HttpStatusCode.OK);
        var detail = await lezer.GetStringAsync($"/activiteiten/{slug}", Ct);
        Assert.Contains(titel, detail, StringComparison.Ordinal);
        var gevonden = await WachtOpAsync(async () =>
            (await lezer.GetStringAsync($"/zoeken?q={woord}", Ct)).Contains($"/activiteiten/{slug}", StringComparison.Ordinal));

        // Each scheduled run of the every-minute mail job is taken by one server only: wait for two minute marks.
        var eind = DateTime.UtcNow.AddSeconds(125);
        while (DateTime.UtcNow < eind)
        {
            await Task.Delay(1000, Ct);
        }

        var perMinuut = await MailTakenPerMinuutAsync(omgeving.Database.ConnectionString, sinds);
        Assert.True(perMinuut.Count >= 2, $"De mailtaak draaide in {perMinuut.Count} minuten; verwacht minstens 2.");
        var dubbel = perMinuut.Where(m => m.Value > 1).ToList();
        Assert.True(dubbel.Count == 0, $"De mailtaak draaide vaker dan een keer in minuut {string.Join(", ", dubbel.Select(d => $"{d.Key:HH:mm} ({d.Value}x)"))}.");

        Meetboek.Noteer(Meetboek.MeerdereServers, "twee servers op een PostgreSQL-database, Hangfire ook op PostgreSQL",
            new Dictionary<string, object>
            {
                ["servers"] = 2,
                ["wijziging op de eerste getoond op de tweede na (s)"] = Math.Round(getoond.TotalSeconds, 1),
                ["gevonden met zoeken op de tweede na (s)"] = Math.Round(gevonden.TotalSeconds + getoond.TotalSeconds, 1),
                ["minuten bekeken"] = perMinuut.Count,
                ["runs van de mailtaak per minuut"] = perMinuut.Values.Max(),
            });
    }

    private static async Task<TimeSpan> WachtOpAsync(Func<Task<bool>> klaar)
    {
        var klok = Stopwatch.StartNew();
        while (!await klaar())
        {
            Assert.True(klok.Elapsed < Geduld, $"Na {Geduld.TotalSeconds} s nog niet zichtbaar op de tweede server.");
            await Task.Delay(100, Ct);
        }

        return klok.Elapsed;
    }

    /// <summary>Hangfire's own record: one job row per run it enqueued of the recurring mail job.</summary>
    private static async Task<Dictionary<DateTime, int>> MailTakenPerMinuutAsync(string verbinding, DateTime sinds)
    {
        await using var db = new NpgsqlConnection(verbinding);
        await db.OpenAsync(Ct);
        await using var vraag = new NpgsqlCommand(
            "SELECT date_trunc('minute', createdat) AS minuut, count(*) FROM hangfire.job " +
            "WHERE invocationdata::text LIKE '%VerstuurMailAsync%' AND createdat >= @sinds GROUP BY 1 ORDER BY 1", db);
        vraag.Parameters.AddWithValue("sinds", sinds);
        var uitkomst = new Dictionary<DateTime, int>();
        await using var lezer = await vraag.ExecuteReaderAsync(Ct);
        while (await lezer.ReadAsync(Ct))
        {
            uitkomst[lezer.GetDateTime(0)] = Convert.ToInt32(lezer.GetValue(1), CultureInfo.InvariantCulture);
        }

        return uitkomst;
    }

    private static async Task<Dictionary<string, string>> FormulierAsync(ServerOmgeving omgeving, string titel)
    {
        await using var db = omgeving.Db();
        var organisatie = await db.Organisaties.Where(o => o.Slug == "wijkraad-ruwaard").Select(o => o.Id).SingleAsync(Ct);
        var categorie = await db.Categorieen.Where(c => !c.IsDagontmoeting).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
        var wijk = await db.Wijken.Where(w => w.Slug == "ruwaard").Select(w => w.Id).SingleAsync(Ct);
        var velden = new Dictionary<string, string>
        {
            ["Input.Titel"] = titel,
            ["Input.Samenvatting"] = "Samen soep eten in de wijk.",
            ["Input.Omschrijving"] = "Iedereen is welkom voor een kom soep.",
            ["Input.OrganisatieId"] = organisatie.ToString(CultureInfo.InvariantCulture),
            ["Input.CategorieId"] = categorie.ToString(CultureInfo.InvariantCulture),
            ["Input.WijkId"] = wijk.ToString(CultureInfo.InvariantCulture),
            ["Input.LocatieId"] = "",
            ["Input.Doelgroep"] = "Iedereen",
            ["Input.Datum"] = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Van"] = "12:00",
            ["Input.Tot"] = "13:30",
            ["Input.Herhaling"] = "Eenmalig",
            ["Input.TotEnMet"] = "",
            ["Input.Kosten"] = "0",
            ["Input.MaxPersonen"] = "4",
            ["Input.AanmeldenNodig"] = "false",
            ["Input.Capaciteit"] = "",
            ["Input.AfbeeldingPad"] = "",
            ["Input.EigenRegel"] = "",
        };
        for (var i = 0; i < 7; i++)
        {
            velden[$"Input.Open[{i}].Dag"] = ((DayOfWeek)((i + 1) % 7)).ToString();
        }

        return velden;
    }
}

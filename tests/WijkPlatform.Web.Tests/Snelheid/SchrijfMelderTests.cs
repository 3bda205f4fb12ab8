using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Snelheid;

/// <summary>The write signal that drops stored pages, on the real engine: after a commit, at once outside a transaction,
/// never for a read or a rollback. A context of its own with its own counter, so the site's background work cannot
/// add to the count.</summary>
public sealed class SchrijfMelderTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Teller : IGegevensGewijzigd, IAanbodGewijzigd
    {
        public int Aantal;
        public int Aanbod;

        public void Gewijzigd() => Interlocked.Increment(ref Aantal);

        public void AanbodGewijzigd() => Interlocked.Increment(ref Aanbod);
    }

    [Fact]
    public async Task Lezen_GeenMelding()
    {
        var teller = new Teller();
        await using var db = Context(teller);

        await db.Wijken.CountAsync(Ct);
        await db.Activiteiten.Where(a => a.Slug == "x").ToListAsync(Ct);

        Assert.Equal(0, teller.Aantal);
    }

    [Fact]
    public async Task BuitenTransactie_MeteenGemeld()
    {
        var teller = new Teller();
        await using var db = Context(teller);

        await db.Wijken.Where(w => w.Slug == "bestaat-niet").ExecuteUpdateAsync(s => s.SetProperty(w => w.Naam, "x"), Ct);

        Assert.Equal(1, teller.Aantal);
    }

    [Fact]
    public async Task SaveChanges_GemeldNaDeCommit()
    {
        var teller = new Teller();
        await using var db = Context(teller);
        var wijk = await db.Wijken.SingleAsync(w => w.Slug == "lith", Ct);
        var naam = wijk.Naam;

        wijk.Naam = naam + " (test)";
        await db.SaveChangesAsync(Ct);
        wijk.Naam = naam;
        await db.SaveChangesAsync(Ct);

        Assert.Equal(2, teller.Aantal);
    }

    [Fact]
    public async Task InTransactie_PasBijDeCommit()
    {
        var teller = new Teller();
        await using var db = Context(teller);
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);

        await db.Database.ExecuteSqlRawAsync("UPDATE \"Wijken\" SET \"Naam\" = \"Naam\" WHERE \"Slug\" = 'ussen'", Ct);
        await db.Wijken.Where(w => w.Slug == "ussen").ExecuteUpdateAsync(s => s.SetProperty(w => w.Naam, w => w.Naam), Ct);
        var voorDeCommit = teller.Aantal;
        await transactie.CommitAsync(Ct);

        Assert.Equal(0, voorDeCommit);
        Assert.Equal(1, teller.Aantal);
        Assert.Equal(1, teller.Aanbod);
    }

    [Fact]
    public async Task AlleenAanmeldenEnMail_GeenAanbodMelding()
    {
        var teller = new Teller();
        await using var db = Context(teller);
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);

        await db.Bezettingen.Where(b => b.Id == -1).ExecuteUpdateAsync(s => s.SetProperty(b => b.Wachtend, b => b.Wachtend), Ct);
        await db.Outbox.Where(m => m.Id == -1).ExecuteUpdateAsync(s => s.SetProperty(m => m.Pogingen, m => m.Pogingen), Ct);
        await transactie.CommitAsync(Ct);

        Assert.Equal((1, 0), (teller.Aantal, teller.Aanbod));
    }

    [Fact]
    public async Task AanmeldenEnAanbodInEenTransactie_AanbodGemeld()
    {
        var teller = new Teller();
        await using var db = Context(teller);
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);

        await db.Wijken.Where(w => w.Slug == "ussen").ExecuteUpdateAsync(s => s.SetProperty(w => w.Naam, w => w.Naam), Ct);
        await db.Bezettingen.Where(b => b.Id == -1).ExecuteUpdateAsync(s => s.SetProperty(b => b.Wachtend, b => b.Wachtend), Ct);
        await transactie.CommitAsync(Ct);

        Assert.Equal((1, 1), (teller.Aantal, teller.Aanbod));
    }

    [Theory]
    [InlineData("INSERT INTO \"Aanmeldingen\" (\"Naam\") VALUES (@p0)\nRETURNING \"Id\";\nINSERT INTO \"Outbox\" (\"Aan\") VALUES (@p1)\nRETURNING \"Id\";\n", true)]
    [InlineData("UPDATE \"Bezettingen\" SET \"Bevestigd\" = @p0\nWHERE \"Id\" = @p1\nRETURNING 1;", true)]
    [InlineData("UPDATE \"Outbox\" AS \"o\"\nSET \"BezigTotUtc\" = NULL", true)]
    [InlineData("INSERT INTO \"Aanmeldingen\" (\"Naam\") VALUES (@p0);\nUPDATE \"Activiteiten\" SET \"Capaciteit\" = 3", false)]
    [InlineData("UPDATE \"Activiteiten\" SET \"Titel\" = 'a; UPDATE \"Outbox\" SET x = 1'", false)]
    [InlineData("INSERT INTO \"AanmeldingenArchief\" (\"Id\") VALUES (1)", false)]
    [InlineData("WITH x AS (SELECT 1) UPDATE \"Outbox\" SET \"Pogingen\" = 0", false)]
    public void IsAlleenAanmelden_AlleenAlsElkeStatementAanmeldenOfMailIs(string sql, bool alleenAanmelden) =>
        Assert.Equal(alleenAanmelden, SchrijfMelder.IsAlleenAanmelden(sql));

    [Fact]
    public async Task TerugGedraaid_GeenMelding()
    {
        var teller = new Teller();
        await using var db = Context(teller);
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);

        await db.Database.ExecuteSqlRawAsync("UPDATE \"Wijken\" SET \"Naam\" = 'weg' WHERE \"Slug\" = 'megen'", Ct);
        await transactie.RollbackAsync(Ct);

        Assert.Equal(0, teller.Aantal);
        Assert.NotEqual("weg", await db.Wijken.Where(w => w.Slug == "megen").Select(w => w.Naam).SingleAsync(Ct));
    }

    [Theory]
    [InlineData("  insert into x values (1)", true)]
    [InlineData("UPDATE \"Bezettingen\" SET", true)]
    [InlineData("DELETE FROM \"Outbox\"", true)]
    [InlineData("SELECT COUNT(*) FROM \"Wijken\"", false)]
    [InlineData("PRAGMA foreign_keys = ON", false)]
    [InlineData("", false)]
    public void IsSchrijven_HerkentSchrijfopdrachten(string sql, bool schrijven) =>
        Assert.Equal(schrijven, SchrijfMelder.IsSchrijven(sql));

    private WijkDbContext Context(Teller teller)
    {
        var melder = new SchrijfMelder([teller], [teller]);
        if (app.Database.IsPostgres)
        {
            return new PostgresWijkDbContext(new DbContextOptionsBuilder<PostgresWijkDbContext>()
                .UseNpgsql(app.Database.ConnectionString).AddInterceptors(melder).Options);
        }

        return new SqliteWijkDbContext(new DbContextOptionsBuilder<SqliteWijkDbContext>()
            .UseSqlite(app.Database.ConnectionString).AddInterceptors(melder).Options);
    }
}

/// <summary>SQLite runs with a write-ahead log, so readers do not wait for a sign-up being written.</summary>
public sealed class SqliteLogboekTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Sqlite_SchrijftVooruit()
    {
        var modus = await app.MetDbAsync(async db =>
        {
            if (app.Database.IsPostgres)
            {
                return "wal";
            }

            var verbinding = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "PRAGMA journal_mode;";
            return (string?)await opdracht.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        });

        Assert.Equal("wal", modus);
    }
}

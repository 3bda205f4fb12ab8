using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Tests.Snelheid;

/// <summary>The write signal that drops stored pages, on the real engine: after a commit, at once outside a transaction,
/// never for a read or a rollback. A context of its own with its own counter, so the site's background work cannot
/// add to the count.</summary>
public sealed class SchrijfMelderTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Teller : IGegevensGewijzigd
    {
        public int Aantal;

        public void Gewijzigd() => Interlocked.Increment(ref Aantal);
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
    }

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
        var melder = new SchrijfMelder([teller]);
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

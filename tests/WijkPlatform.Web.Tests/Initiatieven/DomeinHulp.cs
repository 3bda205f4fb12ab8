using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>Requests put straight into the database in the state a test needs, and the staff who act on them.</summary>
internal static class DomeinHulp
{
    public const string Ruwaard = "wijkteam.ruwaard@example.nl";
    public const string Coordinator = "coordinator.ruwaard@example.nl";
    public const string Ussen = "wijkteam.ussen@example.nl";
    public const string Beheerder = "beheer@example.nl";

    public static Task<int> WijkIdAsync(WijkApp app, string slug) =>
        app.MetDbAsync(db => db.Wijken.Where(w => w.Slug == slug).Select(w => w.Id).SingleAsync());

    /// <summary>A sent request asking <paramref name="gevraagdEuro"/> from the wijkbudget of <paramref name="jaar"/>.</summary>
    public static async Task<(int Id, string Email)> IngediendAsync(WijkApp app, string? wijk, decimal gevraagdEuro, int jaar = 2026,
        InitiatiefStatus status = InitiatiefStatus.Ingediend)
    {
        var wijkId = wijk is null ? (int?)null : await WijkIdAsync(app, wijk);
        var nu = app.Klok.GetUtcNow().UtcDateTime;
        var email = $"aanvrager-{Guid.NewGuid():N}@example.nl";
        var initiatief = new Initiatief
        {
            WijkId = wijkId,
            Status = status,
            SleutelHash = RandomNumberGenerator.GetBytes(32),
            Naam = "Fatima de Vries",
            Email = email,
            Postcode = "5344VA",
            Huisnummer = "12",
            Titel = "Buurtmoestuin aan de Ruwaard",
            Wat = "Een moestuin voor de hele straat.",
            ToestemmingGegevens = true,
            AangemaaktUtc = nu.AddDays(-2),
            IngediendUtc = status == InitiatiefStatus.Concept ? null : nu.AddDays(-1),
            Jaar = status == InitiatiefStatus.Concept ? null : jaar,
            BeslistermijnUtc = status == InitiatiefStatus.Concept ? null : nu.AddDays(41),
        };
        initiatief.Begroting.Add(new BegrotingsRegel { Omschrijving = "Plantenbakken en aarde", BedragInCenten = (long)(gevraagdEuro * 100) });
        await app.MetDbAsync(async db =>
        {
            db.Initiatieven.Add(initiatief);
            return await db.SaveChangesAsync();
        });
        return (initiatief.Id, email);
    }

    public static async Task<Medewerker> MedewerkerAsync(WijkApp app, string email, bool isBeheer = false) =>
        await app.MetDbAsync(async db =>
        {
            var id = await db.Gebruikers.Where(g => g.Email == email).Select(g => g.Id).SingleAsync();
            return await Medewerker.LeesAsync(db, id, isBeheer, CancellationToken.None)
                ?? throw new InvalidOperationException($"Geen medewerker {email}.");
        });

    public static async Task<BeheerUitkomst> StapAsync(WijkApp app, Func<InitiatiefStappen, Task<BeheerUitkomst>> stap)
    {
        await using var scope = app.CreateScope();
        return await stap(scope.ServiceProvider.GetRequiredService<InitiatiefStappen>());
    }

    /// <summary>A budget for a year no other test uses, so a test's ledger starts empty.</summary>
    public static async Task BudgetAsync(WijkApp app, string wijk, int jaar, decimal euro)
    {
        var wijkId = await WijkIdAsync(app, wijk);
        await app.MetDbAsync(async db =>
        {
            db.Wijkbudgetten.Add(new Wijkbudget { Key = Guid.NewGuid(), Slug = $"{wijk}-{jaar}", WijkId = wijkId, Jaar = jaar, BudgetInCenten = (long)(euro * 100) });
            return await db.SaveChangesAsync();
        });
    }

    public static Task<WijkbudgetStand> StandAsync(WijkApp app, string wijk, int jaar) =>
        app.MetDbAsync(async db => await WijkbudgetQueries.StandAsync(db, await db.Wijken.Where(w => w.Slug == wijk).Select(w => w.Id).SingleAsync(), jaar,
            CancellationToken.None));

    public static Task<Initiatief> LeesAsync(WijkApp app, int id) =>
        app.MetDbAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<List<BudgetBoeking>> BoekingenAsync(WijkApp app, int id) =>
        app.MetDbAsync(db => db.BudgetBoekingen.AsNoTracking().Where(b => b.InitiatiefId == id).OrderBy(b => b.Id).ToListAsync());

    public static Task<List<string>> AuditAsync(WijkApp app, int id) =>
        app.MetDbAsync(db => db.AuditLog.Where(r => r.Onderwerp == InitiatiefStappen.Onderwerp(id)).OrderBy(r => r.Id).Select(r => r.Actie).ToListAsync());

    public static Task<List<string>> MailsAanAsync(WijkApp app, string email) =>
        app.MetDbAsync(db => db.Outbox.Where(m => m.Aan == email).OrderBy(m => m.Id).Select(m => m.Soort).ToListAsync());

    /// <summary>A context of its own that runs <paramref name="tussendoor"/> just before its first save: after the
    /// checks of a step passed, before its changes reach the database.</summary>
    public static WijkDbContext ContextMetOnderbreking(IServiceProvider diensten, Func<Task> tussendoor)
    {
        var onderbreking = new Onderbreking(tussendoor);
        return diensten.GetRequiredService<WijkDbContext>() switch
        {
            SqliteWijkDbContext => new SqliteWijkDbContext(new DbContextOptionsBuilder<SqliteWijkDbContext>(
                diensten.GetRequiredService<DbContextOptions<SqliteWijkDbContext>>()).AddInterceptors(onderbreking).Options),
            PostgresWijkDbContext => new PostgresWijkDbContext(new DbContextOptionsBuilder<PostgresWijkDbContext>(
                diensten.GetRequiredService<DbContextOptions<PostgresWijkDbContext>>()).AddInterceptors(onderbreking).Options),
            var ander => throw new InvalidOperationException($"Onbekende database: {ander.GetType().Name}"),
        };
    }

    public static InitiatiefStappen StappenOp(IServiceProvider diensten, WijkDbContext db) =>
        new(db, diensten.GetRequiredService<TimeProvider>(), diensten.GetRequiredService<IOptions<InitiatiefOptions>>(),
            diensten.GetRequiredService<InitiatiefMails>(), diensten.GetRequiredService<IOutboxSignaal>());

    private sealed class Onderbreking(Func<Task> tussendoor) : SaveChangesInterceptor
    {
        private bool gedaan;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (!gedaan)
            {
                gedaan = true;
                await tussendoor();
            }

            return result;
        }
    }
}

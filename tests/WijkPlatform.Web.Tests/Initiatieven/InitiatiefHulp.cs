using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>Requests as the applicant's form leaves them, written straight into the database, so the back-office tests
/// do not depend on the public form.</summary>
internal static class InitiatiefHulp
{
    public const string WijkteamRuwaard = "wijkteam.ruwaard@example.nl";
    public const string CoordinatorRuwaard = "coordinator.ruwaard@example.nl";
    public const string WijkteamUssen = "wijkteam.ussen@example.nl";
    public const string BeheerEmail = "beheer@example.nl";

    /// <summary>A sent request in the queue of <paramref name="wijk"/> (a slug; null for the central queue), with one
    /// budget line per amount (in euros). Returns the id.</summary>
    public static async Task<int> IngediendAsync(WijkApp app, string? wijk, string titel, decimal[] regels, int jaar = 2026,
        decimal eigenBijdrage = 0, string? email = null)
    {
        var nu = app.Klok.GetUtcNow().UtcDateTime;
        return await app.MetDbAsync(async db =>
        {
            int? wijkId = wijk is null ? null : await db.Wijken.Where(w => w.Slug == wijk).Select(w => w.Id).SingleAsync();
            var i = new Initiatief
            {
                SleutelHash = SHA256.HashData(RandomNumberGenerator.GetBytes(32)),
                WijkId = wijkId,
                Status = InitiatiefStatus.Ingediend,
                Stap = 8,
                Naam = "Femke de Vries",
                Email = email ?? $"aanvrager-{Guid.NewGuid():N}@example.nl",
                Telefoon = "06 12345678",
                Postcode = wijk == "ussen" ? "5345AB" : "5343CD",
                Huisnummer = "12",
                Titel = titel,
                Wat = "Een straatfeest met muziek en eten voor de hele buurt.",
                VoorWie = "Alle buren",
                Wanneer = "Zaterdag 6 juni",
                Waar = "Op het pleintje",
                IkWil = "Buren met elkaar in contact brengen.",
                IkKan = "Het feest organiseren met drie buren.",
                IkHebNodig = "Geld voor tenten en eten.",
                WieDoenMee = "Drie buren en de wijkraad",
                VerwachteDeelnemers = 80,
                EigenBijdrageInCenten = (long)(eigenBijdrage * 100),
                ToestemmingPubliceren = true,
                ToestemmingGegevens = true,
                AangemaaktUtc = nu.AddDays(-2),
                IngediendUtc = nu,
                Jaar = jaar,
                BeslistermijnUtc = nu.AddDays(42),
            };
            for (var n = 0; n < regels.Length; n++)
            {
                i.Begroting.Add(new BegrotingsRegel { Volgorde = n, Omschrijving = $"Post {n + 1}", BedragInCenten = (long)(regels[n] * 100) });
            }

            i.Gebeurtenissen.Add(new InitiatiefGebeurtenis
            {
                TijdUtc = nu,
                Soort = GebeurtenisSoort.Status,
                Van = InitiatiefStatus.Concept,
                Naar = InitiatiefStatus.Ingediend,
                Door = "de aanvrager",
            });
            db.Initiatieven.Add(i);
            await db.SaveChangesAsync();
            return i.Id;
        });
    }

    public static Task<Initiatief> LeesAsync(WijkApp app, int id) => app.MetDbAsync(db =>
        db.Initiatieven.AsNoTracking().Include(i => i.Gebeurtenissen).Include(i => i.Begroting).SingleAsync(i => i.Id == id));

    /// <summary>Changes a request directly, for the steps that belong to the applicant's side (such as filing the verantwoording).</summary>
    public static Task WijzigAsync(WijkApp app, int id, Action<Initiatief> wijziging) => app.MetDbAsync(async db =>
    {
        var i = await db.Initiatieven.SingleAsync(x => x.Id == id);
        wijziging(i);
        return await db.SaveChangesAsync();
    });

    public static Task<List<BudgetBoeking>> BoekingenAsync(WijkApp app, int id) => app.MetDbAsync(db =>
        db.BudgetBoekingen.AsNoTracking().Where(b => b.InitiatiefId == id).OrderBy(b => b.Id).ToListAsync());

    public static Task<List<AuditRegel>> AuditAsync(WijkApp app, int id) => app.MetDbAsync(db =>
        db.AuditLog.AsNoTracking().Where(r => r.Onderwerp == InitiatiefStappen.Onderwerp(id)).OrderBy(r => r.Id).ToListAsync());

    public static Task<int> GebruikerIdAsync(WijkApp app, string email) => app.MetDbAsync(db =>
        db.Gebruikers.Where(g => g.Email == email).Select(g => g.Id).SingleAsync());

    public static Task<int> WijkIdAsync(WijkApp app, string slug) => app.MetDbAsync(db =>
        db.Wijken.Where(w => w.Slug == slug).Select(w => w.Id).SingleAsync());

    /// <summary>The staff member as the back office reads it, for calling the Core steps directly.</summary>
    public static async Task<Medewerker> MedewerkerAsync(WijkDbContext db, string email)
    {
        var id = await db.Gebruikers.Where(g => g.Email == email).Select(g => g.Id).SingleAsync();
        return (await Medewerker.LeesAsync(db, id, email == BeheerEmail, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Runs one Core step in a scope of its own, as one web request would.</summary>
    public static async Task<BeheerUitkomst> StapAsync(WijkApp app, string email, Func<InitiatiefStappen, Medewerker, Task<BeheerUitkomst>> stap)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        return await stap(scope.ServiceProvider.GetRequiredService<InitiatiefStappen>(), await MedewerkerAsync(db, email));
    }
}

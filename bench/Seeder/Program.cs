using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Web;

namespace WijkPlatform.Bench.Seeder;

/// <summary>Fills a database for the benchmark through the site's own code: its migrations and uSync import, its
/// occurrence planner and its sign-up command (with the same locking and wachtlijst rules as the form). Everything is
/// drawn from one fixed random seed, so two runs measure the same data.</summary>
internal static class Program
{
    public const string BenchEmail = "bench.beheer@example.nl";

    public static async Task<int> Main(string[] args)
    {
        var o = Opties.Lees(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = o.Rest, EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseWijkPlatformPaden();
        builder.Services.AddWijkPlatformCore(builder.Configuration).AddWijkPlatformWeb(builder.Configuration, builder.Environment);
        // Seeding is history: nothing it writes should be sent, so no job is queued for the outbox.
        builder.Services.AddSingleton<IOutboxSignaal, GeenSignaal>();
        await using var app = builder.Build();

        if (o.Controleer)
        {
            return await ControleerAsync(app.Services);
        }

        var klok = System.Diagnostics.Stopwatch.StartNew();
        await app.BereidDatabaseVoorAsync(migreren: true);
        Meld(klok, "database en uSync klaar");

        var zaaier = new Zaaier(app.Services, o);
        await zaaier.LocatiesEnCollectievenAsync();
        Meld(klok, $"{o.Locaties} locaties, {o.Collectieven} collectieven");
        await zaaier.ActiviteitenAsync();
        Meld(klok, $"{o.Activiteiten} activiteiten, waarvan {o.Series} reeksen");
        await zaaier.PlanAsync();
        Meld(klok, "datums gepland");
        await zaaier.AanmeldingenAsync();
        Meld(klok, $"{o.Aanmeldingen} aanmeldingen");
        await zaaier.InitiatievenAsync();
        Meld(klok, $"{o.Initiatieven} initiatieven");
        await zaaier.BeheerderAsync();
        await zaaier.SchrijfDoelenAsync();
        Meld(klok, "klaar");
        return 0;
    }

    private static void Meld(System.Diagnostics.Stopwatch klok, string wat) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{klok.Elapsed.TotalSeconds,6:F1} s] {wat}"));

    /// <summary>After a load of sign-ups: no occurrence may hold more confirmed persons than its capacity, and the
    /// counters the form locks must agree with the rows. Prints the number of faults; exit code 1 when there are any.</summary>
    private static async Task<int> ControleerAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        var bevestigd = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.Status == AanmeldingStatus.Bevestigd)
            .GroupBy(a => new { a.ActiviteitId, a.StartUtc })
            .Select(g => new { g.Key.ActiviteitId, g.Key.StartUtc, Personen = g.Sum(a => a.Personen) })
            .ToListAsync();
        var capaciteit = await db.Activiteiten.AsNoTracking().Where(a => a.Capaciteit != null)
            .ToDictionaryAsync(a => a.Id, a => a.Capaciteit!.Value);
        var tellers = (await db.Bezettingen.AsNoTracking().ToListAsync())
            .ToDictionary(b => (b.ActiviteitId, b.StartUtc), b => b.Bevestigd);
        var overboekt = bevestigd.Count(b => capaciteit.TryGetValue(b.ActiviteitId, out var c) && b.Personen > c);
        var scheef = bevestigd.Count(b => !tellers.TryGetValue((b.ActiviteitId, b.StartUtc), out var t) || t != b.Personen);
        var totaal = await db.Aanmeldingen.CountAsync();
        // Mail leaves at a set pace (MailTempo): what a rush queued waits here, and is reported rather than hidden.
        var wachtendeMail = await db.Outbox.CountAsync(m => m.VerzondenUtc == null && m.OpgegevenUtc == null);
        Console.WriteLine(JsonSerializer.Serialize(new { aanmeldingen = totaal, overboekt, tellersScheef = scheef, wachtendeMail }));
        return overboekt == 0 && scheef == 0 ? 0 : 1;
    }

    private sealed class GeenSignaal : IOutboxSignaal
    {
        public void NieuweBerichten()
        {
        }
    }
}

internal sealed record Opties(
    int Wijken, int Locaties, int Collectieven, int Activiteiten, int Series, int Aanmeldingen, int Initiatieven,
    string Doelen, bool Controleer, string[] Rest)
{
    public static Opties Lees(string[] args)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        var controleer = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--controleer")
            {
                controleer = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
            {
                waarden[args[i][2..]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        int Getal(string naam, int standaard) =>
            waarden.TryGetValue(naam, out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : standaard;
        return new Opties(Getal("wijken", 5), Getal("locaties", 200), Getal("collectieven", 100), Getal("activiteiten", 10_000),
            Getal("series", 1_000), Getal("aanmeldingen", 50_000), Getal("initiatieven", 500),
            waarden.GetValueOrDefault("doelen", "doelen.json"), controleer, [.. rest]);
    }
}

internal sealed class Zaaier(IServiceProvider services, Opties o)
{
    private const int Blok = 1000;

    private static readonly string[] Soorten =
    [
        "Koffieochtend", "Taalcafé", "Repair Café", "Wandelgroep", "Yoga op de stoel", "Huiswerkbegeleiding", "Breiclub",
        "Kookworkshop", "Formulierenhulp", "Samen eten", "Biljartmiddag", "Mantelzorgcafé", "Buurtmoestuin", "Computerhulp",
        "Schilderles", "Spelletjesmiddag", "Zangkoor", "Fietsreparatie", "Jeugdsoos", "Geheugentraining",
    ];

    private static readonly string[] Straten =
    [
        "Ruwaardsingel", "Hescheweg", "Oude Molenstraat", "Kruisstraat", "Kortfoortstraat", "Gasstraat", "Molenstraat",
        "Berghemseweg", "Megensebaan", "Spoorlaan", "Wethouder van Eschstraat", "Joannes Zwijsenstraat",
    ];

    private static readonly string[] Plekken = ["Buurthuis", "Wijkcentrum", "Huis van de Wijk", "Bibliotheekpunt", "Ontmoetingsplek", "Sporthal"];

    private readonly Random random = new(2026);
    private List<int> wijken = [];
    private List<int> locaties = [];
    private List<int> collectieven = [];

    public async Task LocatiesEnCollectievenAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        wijken = await db.Wijken.Where(w => w.Actief).OrderBy(w => w.Volgorde).ThenBy(w => w.Id).Select(w => w.Id).Take(o.Wijken).ToListAsync();
        if (await db.Locaties.AnyAsync(l => l.Slug.StartsWith("bench-")))
        {
            throw new InvalidOperationException("Deze database is al gevuld; begin met een lege.");
        }

        for (var i = 0; i < o.Locaties; i++)
        {
            var straat = Straten[i % Straten.Length];
            db.Locaties.Add(new Locatie
            {
                Key = Sleutel(),
                Slug = $"bench-locatie-{i}",
                Naam = $"{Plekken[i % Plekken.Length]} {straat} {i}",
                Straat = $"{straat} {1 + (i % 140)}",
                Postcode = string.Create(CultureInfo.InvariantCulture, $"53{40 + (i % 10)} {(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}"),
                WijkId = wijken[i % wijken.Count],
                Latitude = 51.75 + (random.NextDouble() * 0.04),
                Longitude = 5.50 + (random.NextDouble() * 0.06),
                Rolstoeltoegankelijk = i % 3 != 0,
                Ringleiding = i % 7 == 0,
                Prikkelarm = i % 5 == 0,
            });
        }

        for (var i = 0; i < o.Collectieven; i++)
        {
            db.Organisaties.Add(new Organisatie
            {
                Key = Sleutel(),
                Slug = $"bench-collectief-{i}",
                Naam = $"Bewonersgroep {Straten[i % Straten.Length]} {i}",
                Soort = i % 10 == 0 ? OrganisatieSoort.Partner : OrganisatieSoort.Collectief,
                WijkId = wijken[i % wijken.Count],
                Vertrouwd = true,
                Omschrijving = "Bewoners die samen iets organiseren voor de buurt.",
            });
        }

        await db.SaveChangesAsync();
        locaties = await db.Locaties.Where(l => l.Slug.StartsWith("bench-")).Select(l => l.Id).ToListAsync();
        collectieven = await db.Organisaties.Where(l => l.Slug.StartsWith("bench-")).Select(l => l.Id).ToListAsync();
    }

    public async Task ActiviteitenAsync()
    {
        List<(int Id, bool Dagontmoeting)> categorieen;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            categorieen = (await db.Categorieen.OrderBy(c => c.Volgorde).Select(c => new { c.Id, c.IsDagontmoeting }).ToListAsync())
                .Select(c => (c.Id, c.IsDagontmoeting)).ToList();
        }

        var gewoon = categorieen.Where(c => !c.Dagontmoeting).Select(c => c.Id).ToList();
        var dagontmoeting = categorieen.Where(c => c.Dagontmoeting).Select(c => c.Id).DefaultIfEmpty(gewoon[0]).First();
        var vandaag = DateTime.UtcNow.Date;
        string[] dagen = ["MO", "TU", "WE", "TH", "FR", "SA"];

        for (var start = 0; start < o.Activiteiten; start += Blok)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            for (var i = start; i < Math.Min(start + Blok, o.Activiteiten); i++)
            {
                var reeks = i < o.Series;
                // One series in twenty is a walk-in place with opening hours, as dagontmoeting is in the wijken.
                var inloop = reeks && i % 20 == 0;
                var soort = Soorten[random.Next(Soorten.Length)];
                var locatie = locaties[random.Next(locaties.Count)];
                var wijk = wijken[i % wijken.Count];
                var aanmelden = !inloop && i % 3 == 0;
                var a = new Activiteit
                {
                    Key = Sleutel(),
                    Slug = $"{Slug(soort)}-{i}",
                    Titel = inloop ? $"Inloop {Plekken[i % Plekken.Length]} {i}" : $"{soort} {Straten[i % Straten.Length]}",
                    Samenvatting = $"{soort} voor iedereen uit de wijk. Gezellig samen, met koffie en thee.",
                    Omschrijving = $"## Wat gaan we doen?\n\n{soort} in de wijk, georganiseerd door bewoners en vrijwilligers. " +
                        "Je bent van harte welkom, ook als je nog niemand kent.",
                    CategorieId = inloop ? dagontmoeting : gewoon[random.Next(gewoon.Count)],
                    WijkId = wijk,
                    LocatieId = locatie,
                    OrganisatieId = i % 4 == 0 ? null : collectieven[random.Next(collectieven.Count)],
                    Doelgroep = (Doelgroep)random.Next(0, 6),
                    DuurMinuten = inloop ? 360 : 60 + (30 * random.Next(0, 5)),
                    KostenInCenten = i % 5 == 0 ? 250 : 0,
                    AanmeldenNodig = aanmelden,
                    Capaciteit = aanmelden ? 8 + random.Next(0, 33) : null,
                    Rolstoeltoegankelijk = i % 2 == 0,
                    Status = ActiviteitStatus.Gepubliceerd,
                };
                if (inloop)
                {
                    a.StartLokaal = vandaag.AddDays(-30).AddHours(10);
                    a.Openingstijden = [new Openingstijd { Dag = DayOfWeek.Tuesday, Van = new(10, 0), Tot = new(16, 0) },
                        new Openingstijd { Dag = DayOfWeek.Thursday, Van = new(10, 0), Tot = new(16, 0) }];
                }
                else if (reeks)
                {
                    a.StartLokaal = vandaag.AddDays(-random.Next(0, 60)).AddHours(9 + random.Next(0, 11));
                    a.Herhaling = (i % 5) switch
                    {
                        0 => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={dagen[i % dagen.Length]}",
                        1 => $"FREQ=MONTHLY;BYDAY=1{dagen[i % dagen.Length]}",
                        _ => $"FREQ=WEEKLY;BYDAY={dagen[i % dagen.Length]}",
                    };
                }
                else
                {
                    a.StartLokaal = vandaag.AddDays(random.Next(-30, 365)).AddHours(9 + random.Next(0, 11));
                }

                db.Activiteiten.Add(a);
            }

            await db.SaveChangesAsync();
        }
    }

    public async Task PlanAsync()
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().BijwerkenAsync(CancellationToken.None);
    }

    /// <summary>Through <see cref="MeldAan"/>, the command behind the form: the counters, the wachtlijst and the mails
    /// are what a real sign-up makes. The mails are then marked sent, because they belong to the past.</summary>
    public async Task AanmeldingenAsync()
    {
        if (o.Aanmeldingen == 0)
        {
            return;
        }

        var nu = DateTime.UtcNow;
        List<(string Slug, DateTime Start)> datums;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            var rijen = await db.Voorkomens.AsNoTracking()
                .Where(v => v.Activiteit!.AanmeldenNodig && v.StartUtc > nu.AddHours(2) && !v.Afgelast)
                .OrderBy(v => v.StartUtc)
                .Select(v => new { v.Activiteit!.Slug, v.StartUtc, v.ActiviteitId })
                .ToListAsync();
            // The first few dates of every activity: that is where residents sign up.
            datums = rijen.GroupBy(r => r.ActiviteitId).SelectMany(g => g.Take(4)).Select(r => (r.Slug, r.StartUtc)).ToList();
        }

        if (datums.Count == 0)
        {
            throw new InvalidOperationException("Geen datums om voor aan te melden.");
        }

        for (var start = 0; start < o.Aanmeldingen; start += 250)
        {
            await using var scope = services.CreateAsyncScope();
            await SnelSchrijvenAsync(scope.ServiceProvider.GetRequiredService<WijkDbContext>());
            var meldAan = scope.ServiceProvider.GetRequiredService<MeldAan.Handler>();
            for (var k = start; k < Math.Min(start + 250, o.Aanmeldingen); k++)
            {
                var (slug, datum) = datums[(int)((k * 7919L) % datums.Count)];
                var telefoon = k % 10 == 0 ? string.Create(CultureInfo.InvariantCulture, $"06{10_000_000 + k}") : null;
                var email = telefoon is null ? string.Create(CultureInfo.InvariantCulture, $"bewoner{k}@example.nl") : null;
                await meldAan.HandleAsync(new MeldAan.Command(slug, datum, $"Bewoner {k}", email, telefoon, 1 + (k % 3), null),
                    CancellationToken.None);
            }

            if (start % 10_000 == 0 && start > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {start} aanmeldingen"));
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            await db.Outbox.Where(m => m.VerzondenUtc == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.VerzondenUtc, nu));
        }
    }

    public async Task InitiatievenAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        InitiatiefStatus[] statussen =
        [
            InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling, InitiatiefStatus.VraagAanAanvrager, InitiatiefStatus.Toegekend,
            InitiatiefStatus.DeelsToegekend, InitiatiefStatus.Afgewezen, InitiatiefStatus.Uitbetaald, InitiatiefStatus.Afgesloten,
        ];
        var nu = DateTime.UtcNow;
        for (var i = 0; i < o.Initiatieven; i++)
        {
            var status = statussen[i % statussen.Length];
            var ingediend = nu.AddDays(-random.Next(1, 300));
            var besloten = status is InitiatiefStatus.Toegekend or InitiatiefStatus.DeelsToegekend or InitiatiefStatus.Afgewezen
                or InitiatiefStatus.Uitbetaald or InitiatiefStatus.Afgesloten;
            var bedrag = 100_00L + (random.Next(0, 20) * 100_00L);
            var soort = Soorten[i % Soorten.Length];
            db.Initiatieven.Add(new Initiatief
            {
                WijkId = wijken[i % wijken.Count],
                Status = status,
                Stap = 5,
                SleutelHash = RandomBytes(32),
                Naam = $"Aanvrager {i}",
                Email = string.Create(CultureInfo.InvariantCulture, $"aanvrager{i}@example.nl"),
                Postcode = "5345 AB",
                Huisnummer = (1 + (i % 90)).ToString(CultureInfo.InvariantCulture),
                Titel = $"{soort} voor de buurt {i}",
                Wat = $"We willen een {soort.ToLowerInvariant()} organiseren voor de buurt.",
                VoorWie = "Bewoners van de straat en omliggende straten.",
                Wanneer = "In het voorjaar.",
                Waar = "Op het plein en in het buurthuis.",
                VerwachteDeelnemers = 20 + (i % 80),
                ToestemmingGegevens = true,
                ToestemmingPubliceren = i % 2 == 0,
                AangemaaktUtc = ingediend.AddDays(-1),
                IngediendUtc = ingediend,
                BeslistermijnUtc = ingediend.AddDays(42),
                ToegekendBedragInCenten = besloten && status != InitiatiefStatus.Afgewezen ? bedrag : null,
                Motivering = besloten ? "Past bij de criteria van het wijkbudget." : null,
                BesluitUtc = besloten ? ingediend.AddDays(random.Next(5, 40)) : null,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A beheer account for the logged-in back-office list, made with the site's own account code. Its
    /// password and authenticator key are the demo ones, which the run script knows too.</summary>
    public async Task BeheerderAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var store = scope.ServiceProvider.GetRequiredService<IUserStore<Gebruiker>>();
        var gebruiker = new Gebruiker
        {
            Email = Program.BenchEmail,
            NormalizedEmail = users.NormalizeEmail(Program.BenchEmail)!,
            EmailBevestigd = true,
            Naam = "Benchmark (beheer)",
            TweeStapsAan = true,
        };
        await ((IUserAuthenticatorKeyStore<Gebruiker>)store).SetAuthenticatorKeyAsync(gebruiker, "WIJKDEMOSLEUTELRUWAARDOSSTWEESTP", CancellationToken.None);
        Controleer(await users.CreateAsync(gebruiker, "Wijk-demo-2026!"));
        Controleer(await users.AddToRoleAsync(gebruiker, Rollen.Beheer));
    }

    /// <summary>What the load script needs: a recurring series for the detail page, and dates with room left for the
    /// sign-up POSTs, spread over many activities.</summary>
    public async Task SchrijfDoelenAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        var nu = DateTime.UtcNow;
        var reeks = await db.Activiteiten.AsNoTracking().Where(a => a.Herhaling != null)
            .OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync();
        var vol = await db.Bezettingen.AsNoTracking().Select(b => new { b.ActiviteitId, b.StartUtc, b.Bevestigd }).ToListAsync();
        var bezet = vol.ToDictionary(b => (b.ActiviteitId, b.StartUtc), b => b.Bevestigd);
        var kandidaten = await db.Voorkomens.AsNoTracking()
            .Where(v => v.Activiteit!.AanmeldenNodig && v.StartUtc > nu.AddDays(1) && !v.Afgelast)
            .OrderBy(v => v.StartUtc)
            .Select(v => new { v.ActiviteitId, v.Activiteit!.Slug, v.StartUtc, Capaciteit = v.Activiteit.Capaciteit ?? 0 })
            .Take(20_000)
            .ToListAsync();
        var doelen = kandidaten
            .Where(v => v.Capaciteit - bezet.GetValueOrDefault((v.ActiviteitId, v.StartUtc)) >= 4)
            .GroupBy(v => v.ActiviteitId).Select(g => g.First())
            .Take(2000)
            .Select(v => new { slug = v.Slug, start = Tijd.Iso(v.StartUtc) })
            .ToList();
        var json = JsonSerializer.Serialize(new { reeks, doelen, beheer = Program.BenchEmail });
        await File.WriteAllTextAsync(o.Doelen, json, new UTF8Encoding(false));
    }

    /// <summary>Each sign-up is its own transaction, as on the site; waiting for the disk after each one would make
    /// seeding take half an hour. A lost seed is simply made again, so SQLite may skip that wait here.</summary>
    private static async Task SnelSchrijvenAsync(WijkDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF");
        }
    }

    private Guid Sleutel() => new(RandomBytes(16));

    private byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        random.NextBytes(b);
        return b;
    }

    private static string Slug(string tekst)
    {
        var s = new StringBuilder();
        foreach (var c in tekst.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                s.Append(c);
            }
            else if (c == ' ' && s.Length > 0 && s[^1] != '-')
            {
                s.Append('-');
            }
        }

        return s.ToString();
    }

    private static void Controleer(IdentityResult resultaat)
    {
        if (!resultaat.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Tests.Monitor;

/// <summary>The site with a known data set in a wijk of its own, so the figures of that wijk are known exactly whatever
/// other tests add elsewhere. The numbers every test expects are worked out in the comments beside the data.</summary>
public sealed class MonitorApp : WijkApp
{
    public const string Van = "2026-01";
    public const string Tot = "2026-03";

    private static readonly string Id = Guid.NewGuid().ToString("N")[..8];

    public string WijkSlug { get; } = $"monitorwijk-{Id}";
    public string WijkNaam { get; } = $"Monitorwijk {Id}";

    /// <summary>Starts with "=", so a spreadsheet would read it as a formula.</summary>
    public string CategorieFormule { get; } = $"=1+1 Beweging {Id}";

    public string CategorieB { get; } = $"Samen eten {Id}";
    public string CategorieInloop { get; } = $"Inloop {Id}";
    public string CategorieToekomst { get; } = $"Later {Id}";
    public string YogaTitel { get; } = $"=SUM(A1) Yoga {Id}";
    public string KookTitel { get; } = $"Kookclub {Id}";
    public string PlekNaam { get; } = $"Buurthuis {Id}";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await VulAsync();
    }

    private async Task VulAsync()
    {
        await using var scope = CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
        var wijk = new Wijk { Key = Guid.NewGuid(), Slug = WijkSlug, Naam = WijkNaam, Actief = true, Volgorde = 900 };
        Categorie Cat(string naam, int volgorde, bool inloop = false) =>
            new() { Key = Guid.NewGuid(), Slug = $"cat-{volgorde}-{Id}", Naam = naam, Volgorde = volgorde, IsDagontmoeting = inloop };
        var catA = Cat(CategorieFormule, 901);
        var catB = Cat(CategorieB, 902);
        var catD = Cat(CategorieInloop, 903, inloop: true);
        var catE = Cat(CategorieToekomst, 904);
        var plek = new Locatie { Key = Guid.NewGuid(), Slug = $"plek-{Id}", Naam = PlekNaam, Straat = "Monitorstraat 1", Wijk = wijk };
        db.AddRange(wijk, catA, catB, catD, catE, plek);

        var n = 0;
        Activiteit Act(string titel, Categorie cat, DateTime startLokaal, string? herhaling = null, int? capaciteit = null,
            ActiviteitStatus status = ActiviteitStatus.Gepubliceerd) => new()
            {
                Key = Guid.NewGuid(),
                Slug = $"act-{++n}-{Id}",
                Titel = titel,
                Categorie = cat,
                Wijk = wijk,
                StartLokaal = startLokaal,
                DuurMinuten = 60,
                Herhaling = herhaling,
                AanmeldenNodig = capaciteit is not null,
                Capaciteit = capaciteit,
                Status = status,
            };

        // Yoga: five Tuesdays from 6 January; 3 February is called off, so 4 dates count (all in January).
        var yoga = Act(YogaTitel, catA, new DateTime(2026, 1, 6, 10, 0, 0), "FREQ=WEEKLY;COUNT=5", capaciteit: 2);
        yoga.Uitzonderingen.Add(new Uitzondering { Datum = new DateOnly(2026, 2, 3), Afgelast = true, Reden = "Zaal bezet" });
        // 00:30 on 1 February in Oss is 23:30 on 31 January in UTC: a February date. 23:30 on 31 January stays in January.
        var kook = Act(KookTitel, catB, new DateTime(2026, 2, 1, 0, 30, 0), capaciteit: 10);
        var wandel = Act($"Avondwandeling {Id}", catB, new DateTime(2026, 1, 31, 23, 30, 0), capaciteit: 20);
        var verborgen = Act($"Verborgen {Id}", catB, new DateTime(2026, 2, 10, 10, 0, 0), status: ActiviteitStatus.Verborgen);
        // Walk-in on Tuesday and Thursday from 1 January 2026 (a Thursday): Jan 4 + 5, Feb 4 + 4, Mar 5 + 4 = 26 times.
        var inloop = Act($"Inloop {Id}", catD, new DateTime(2026, 1, 1, 0, 0, 0));
        inloop.Locatie = plek;
        inloop.Openingstijden.Add(new Openingstijd { Dag = DayOfWeek.Tuesday, Van = new TimeOnly(10, 0), Tot = new TimeOnly(12, 0) });
        inloop.Openingstijden.Add(new Openingstijd { Dag = DayOfWeek.Thursday, Van = new TimeOnly(14, 0), Tot = new TimeOnly(16, 0) });
        // Walk-in without a place, on Wednesdays: Jan 4, Feb 4, Mar 4 = 12 times.
        var zonderPlek = Act($"Koffie-inloop {Id}", catD, new DateTime(2026, 1, 1, 0, 0, 0));
        zonderPlek.Openingstijden.Add(new Openingstijd { Dag = DayOfWeek.Wednesday, Van = new TimeOnly(9, 0), Tot = new TimeOnly(11, 0) });
        // Outside the main period: one date before "now" (24 November 2026) and one after.
        var eerder = Act($"Eerder {Id}", catE, new DateTime(2026, 11, 20, 10, 0, 0), capaciteit: 10);
        var later = Act($"Later {Id}", catE, new DateTime(2026, 12, 5, 10, 0, 0), capaciteit: 10);
        db.Activiteiten.AddRange(yoga, kook, wandel, verborgen, inloop, zonderPlek, eerder, later);
        await db.SaveChangesAsync();
        // In a scope of its own: the planner clears its context's change tracker, which would forget the wijk above.
        await using (var planScope = CreateScope())
        {
            await planScope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().BijwerkenAsync(CancellationToken.None);
        }

        static DateTime Utc(DateTime lokaal) => DateTime.SpecifyKind(Herhaling.NaarUtc(lokaal), DateTimeKind.Utc);
        Aanmelding Aan(Activiteit a, DateTime startLokaal, AanmeldingStatus status, int personen, bool? aanwezig = null) => new()
        {
            ActiviteitId = a.Id,
            StartUtc = Utc(startLokaal),
            Status = status,
            Personen = personen,
            Naam = "Deelnemer",
            Email = $"monitor-{Guid.NewGuid():N}@example.nl",
            SleutelHash = RandomNumberGenerator.GetBytes(32),
            AangemeldUtc = new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            Aanwezig = aanwezig,
        };
        var jan6 = new DateTime(2026, 1, 6, 10, 0, 0);
        var jan13 = new DateTime(2026, 1, 13, 10, 0, 0);
        db.Aanmeldingen.AddRange(
            Aan(yoga, jan6, AanmeldingStatus.Bevestigd, 2, true),
            Aan(yoga, jan6, AanmeldingStatus.Bevestigd, 1, false),
            Aan(yoga, jan6, AanmeldingStatus.Wachtlijst, 3),
            Aan(yoga, jan6, AanmeldingStatus.Afgemeld, 1),
            Aan(yoga, jan13, AanmeldingStatus.Bevestigd, 1),
            Aan(yoga, jan13, AanmeldingStatus.Wachtlijst, 1),
            Aan(kook, kook.StartLokaal, AanmeldingStatus.Bevestigd, 4, true),
            Aan(kook, kook.StartLokaal, AanmeldingStatus.Wachtlijst, 2),
            Aan(wandel, wandel.StartLokaal, AanmeldingStatus.Bevestigd, 1, false),
            Aan(wandel, wandel.StartLokaal, AanmeldingStatus.Bevestigd, 2, true),
            Aan(inloop, jan6, AanmeldingStatus.Bevestigd, 3),
            Aan(eerder, eerder.StartLokaal, AanmeldingStatus.Bevestigd, 1, true),
            Aan(later, later.StartLokaal, AanmeldingStatus.Bevestigd, 2));

        Initiatief Ini(InitiatiefStatus status, DateTime? ingediend, DateTime? besluit, long begroting, long eigen = 0, long? toegekend = null,
            int jaar = 2026)
        {
            var i = new Initiatief
            {
                Wijk = wijk,
                Status = status,
                SleutelHash = RandomNumberGenerator.GetBytes(32),
                Titel = $"Initiatief {Id}",
                AangemaaktUtc = (ingediend ?? new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)).AddDays(-1),
                IngediendUtc = ingediend,
                BesluitUtc = besluit,
                EigenBijdrageInCenten = eigen,
                ToegekendBedragInCenten = toegekend,
                Jaar = ingediend is null ? null : jaar,
            };
            i.Begroting.Add(new BegrotingsRegel { Omschrijving = "Alles", BedragInCenten = begroting });
            return i;
        }

        static DateTime U(int maand, int dag, int uur, int minuut = 0, int jaar = 2026) => new(jaar, maand, dag, uur, minuut, 0, DateTimeKind.Utc);
        // Days to decision: 10, 19 (sent 1 February in Oss), 20, and 21 for one sent in December: median 19,5, average 17,5.
        var i1 = Ini(InitiatiefStatus.Toegekend, U(1, 5, 10), U(1, 15, 10), 500_00, eigen: 100_00, toegekend: 300_00);
        var i2 = Ini(InitiatiefStatus.Afgewezen, U(1, 31, 23, 30), U(2, 20, 10), 200_00);
        var i3 = Ini(InitiatiefStatus.Uitbetaald, U(2, 10, 9), U(3, 2, 9), 150_00, toegekend: 150_00);
        var i4 = Ini(InitiatiefStatus.InBehandeling, U(3, 5, 9), null, 80_00, eigen: 100_00);
        var i5 = Ini(InitiatiefStatus.Concept, null, null, 999_00);
        var i6 = Ini(InitiatiefStatus.Toegekend, U(12, 20, 9, jaar: 2025), U(1, 10, 9), 50_00, toegekend: 50_00, jaar: 2025);
        db.Initiatieven.AddRange(i1, i2, i3, i4, i5, i6);
        db.Wijkbudgetten.Add(new Wijkbudget { Key = Guid.NewGuid(), Slug = $"budget-{Id}", Wijk = wijk, Jaar = 2026, BudgetInCenten = 10_000_00 });
        await db.SaveChangesAsync();

        BudgetBoeking Boek(Initiatief i, BoekingSoort soort, long bedrag) => new()
        {
            WijkId = wijk.Id,
            Jaar = 2026,
            InitiatiefId = i.Id,
            Soort = soort,
            BedragInCenten = bedrag,
            TijdUtc = U(3, 1, 9),
            Omschrijving = "Test",
        };
        // Granted 300 + 150 - 50 back = 400; paid 150.
        db.BudgetBoekingen.AddRange(Boek(i1, BoekingSoort.Toekenning, 300_00), Boek(i3, BoekingSoort.Toekenning, 150_00),
            Boek(i3, BoekingSoort.Betaling, 150_00), Boek(i1, BoekingSoort.Vrijval, 50_00));
        await db.SaveChangesAsync();
    }
}

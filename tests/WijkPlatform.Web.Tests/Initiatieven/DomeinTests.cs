using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.DomeinHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>The initiatief domain over the real database: routing by the uSync postcode table, the wijkteam's steps
/// with the four-eyes rule, and the wijkbudget ledger. Amounts stay under the four-eyes limit (1000 euro) unless a
/// test is about it; ledger tests use a year of their own, so their figures do not depend on other tests.</summary>
public sealed class DomeinTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("5344VA", "ruwaard")]
    [InlineData("5344 va", "ruwaard")]
    [InlineData("5343AA", "ruwaard")]
    [InlineData("5346 AB", "ussen")]
    [InlineData("5345ZZ", "ussen")]
    [InlineData("9999ZZ", null)]
    [InlineData("5347AA", null)]
    [InlineData("5346", null)]
    [InlineData("geen postcode", null)]
    public async Task WijkVoorAsync_PostcodeTabelUitUSync_GeeftDeWijk(string postcode, string? wijk)
    {
        var verwacht = wijk is null ? (int?)null : await WijkIdAsync(app, wijk);

        var gevonden = await app.MetDbAsync(db => PostcodeRouting.WijkVoorAsync(db, postcode, Ct));

        Assert.Equal(verwacht, gevonden);
    }

    [Fact]
    public async Task WijkVoorAsync_SmallerBereikBinnenEenWijk_GaatVoor()
    {
        var ruwaard = await WijkIdAsync(app, "ruwaard");
        var ussen = await WijkIdAsync(app, "ussen");
        var uitzondering = new Postcodegebied { Key = Guid.NewGuid(), Slug = "5344va-5344vz", Van = "5344VA", Tot = "5344VZ", WijkId = ussen };
        await app.MetDbAsync(async db =>
        {
            db.Postcodegebieden.Add(uitzondering);
            return await db.SaveChangesAsync(Ct);
        });
        try
        {
            var uitkomst = await app.MetDbAsync(async db => new[]
            {
                await PostcodeRouting.WijkVoorAsync(db, "5344VA", Ct),
                await PostcodeRouting.WijkVoorAsync(db, "5344VZ", Ct),
                await PostcodeRouting.WijkVoorAsync(db, "5344UZ", Ct),
                await PostcodeRouting.WijkVoorAsync(db, "5344WA", Ct),
            });

            Assert.Equal(new int?[] { ussen, ussen, ruwaard, ruwaard }, uitkomst);
        }
        finally
        {
            await app.MetDbAsync(db => db.Postcodegebieden.Where(p => p.Id == uitzondering.Id).ExecuteDeleteAsync(Ct));
        }
    }

    [Fact]
    public async Task BeslisAsync_TotEnMetVierOgenBedrag_MeteenToegekendMetBoekingAuditEnMail()
    {
        var (id, email) = await IngediendAsync(app, "ruwaard", 1000m);
        var wie = await MedewerkerAsync(app, Ruwaard);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, id, Ct));

        var uitkomst = await StapAsync(app, s => s.BeslisAsync(wie, id, Beslissing.Toekennen, 100_000, "Past goed bij de wijk.", Ct));

        Assert.True(uitkomst.IsGelukt, uitkomst.Melding);
        var i = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.Toegekend, i.Status);
        Assert.Equal((100_000L, wie.GebruikerId, (int?)null), (i.ToegekendBedragInCenten!.Value, i.BesluitDoorId!.Value, i.TweedeBeoordelaarId));
        var boeking = Assert.Single(await BoekingenAsync(app, id));
        Assert.Equal((BoekingSoort.Toekenning, 100_000L, 2026), (boeking.Soort, boeking.BedragInCenten, boeking.Jaar));
        Assert.Equal(["initiatief-in-behandeling", "initiatief-besluit"], await AuditAsync(app, id));
        Assert.Equal(["initiatief-status", "initiatief-status"], await MailsAanAsync(app, email));
    }

    [Fact]
    public async Task BeslisAsync_BovenVierOgenBedrag_WachtOpTweedeBeoordelaarZonderBoekingOfMail()
    {
        var (id, email) = await IngediendAsync(app, "ruwaard", 1500m);
        var wie = await MedewerkerAsync(app, Ruwaard);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, id, Ct));

        var uitkomst = await StapAsync(app, s => s.BeslisAsync(wie, id, Beslissing.Toekennen, 150_000, "Groot, maar goed plan.", Ct));

        Assert.True(uitkomst.IsGelukt, uitkomst.Melding);
        var i = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.BesluitVoorgelegd, i.Status);
        Assert.Equal((InitiatiefStatus.Toegekend, 150_000L, wie.GebruikerId), (i.VoorstelUitkomst!.Value, i.VoorstelBedragInCenten!.Value, i.VoorstelDoorId!.Value));
        Assert.Null(i.ToegekendBedragInCenten);
        Assert.Empty(await BoekingenAsync(app, id));
        Assert.Equal(["initiatief-in-behandeling", "initiatief-besluit"], await AuditAsync(app, id));
        Assert.Equal(["initiatief-status"], await MailsAanAsync(app, email));
        var regel = await app.MetDbAsync(db => db.InitiatiefGebeurtenissen.Where(g => g.InitiatiefId == id).OrderBy(g => g.Id).LastAsync(Ct));
        Assert.True(regel.Intern);
    }

    [Fact]
    public async Task KeurGoedAsync_DoorDeVoorsteller_Geweigerd()
    {
        var id = await VoorstelAsync(1500m);
        var wie = await MedewerkerAsync(app, Ruwaard);

        var uitkomst = await StapAsync(app, s => s.KeurGoedAsync(wie, id, Ct));

        Assert.Equal(BeheerStatus.Geweigerd, uitkomst.Status);
        Assert.Contains("zelf voorgesteld", uitkomst.Melding, StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.BesluitVoorgelegd, (await LeesAsync(app, id)).Status);
        Assert.Empty(await BoekingenAsync(app, id));
    }

    [Fact]
    public async Task KeurGoedAsync_DoorEenAnderLidVanHetWijkteam_DefinitiefMetBoekingEnMail()
    {
        var id = await VoorstelAsync(1500m, bedragEuro: 1200m);
        var voorsteller = await MedewerkerAsync(app, Ruwaard);
        var tweede = await MedewerkerAsync(app, Coordinator);
        var email = (await LeesAsync(app, id)).Email!;

        var uitkomst = await StapAsync(app, s => s.KeurGoedAsync(tweede, id, Ct));

        Assert.True(uitkomst.IsGelukt, uitkomst.Melding);
        var i = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.DeelsToegekend, i.Status);
        Assert.Equal((120_000L, voorsteller.GebruikerId, tweede.GebruikerId), (i.ToegekendBedragInCenten!.Value, i.BesluitDoorId!.Value, i.TweedeBeoordelaarId!.Value));
        Assert.Null(i.VoorstelUitkomst);
        var boeking = Assert.Single(await BoekingenAsync(app, id));
        Assert.Equal((BoekingSoort.Toekenning, 120_000L), (boeking.Soort, boeking.BedragInCenten));
        Assert.Equal("initiatief-goedgekeurd", (await AuditAsync(app, id))[^1]);
        Assert.Equal(["initiatief-status", "initiatief-status"], await MailsAanAsync(app, email));
    }

    [Fact]
    public async Task KeurGoedAsync_DoorWijkteamVanEenAndereWijk_NietGevonden()
    {
        var id = await VoorstelAsync(1500m);
        var ussen = await MedewerkerAsync(app, Ussen);

        var uitkomst = await StapAsync(app, s => s.KeurGoedAsync(ussen, id, Ct));

        Assert.Equal(BeheerStatus.NietGevonden, uitkomst.Status);
        Assert.Equal(InitiatiefStatus.BesluitVoorgelegd, (await LeesAsync(app, id)).Status);
        Assert.DoesNotContain("initiatief-goedgekeurd", await AuditAsync(app, id));
    }

    [Fact]
    public async Task StuurTerugAsync_Voorstel_WeerInBehandelingZonderVoorstel()
    {
        var id = await VoorstelAsync(1500m);
        var tweede = await MedewerkerAsync(app, Coordinator);
        var email = (await LeesAsync(app, id)).Email!;

        var uitkomst = await StapAsync(app, s => s.StuurTerugAsync(tweede, id, "Eerst een tweede offerte vragen.", Ct));

        Assert.True(uitkomst.IsGelukt, uitkomst.Melding);
        var i = await LeesAsync(app, id);
        Assert.Equal(InitiatiefStatus.InBehandeling, i.Status);
        Assert.Equal((null, null, null), (i.VoorstelUitkomst, i.VoorstelBedragInCenten, i.VoorstelDoorId));
        Assert.Empty(await BoekingenAsync(app, id));
        Assert.Equal("initiatief-voorstel-terug", (await AuditAsync(app, id))[^1]);
        // The applicant never saw the proposal, so they hear nothing of it going back.
        Assert.Equal(["initiatief-status"], await MailsAanAsync(app, email));
    }

    [Fact]
    public async Task Grootboek_ToekennenBetalenAfsluiten_StandVolgtEnVrijvalGaatTerug()
    {
        await BudgetAsync(app, "ruwaard", 2031, 5000m);
        var (id, email) = await IngediendAsync(app, "ruwaard", 800m, jaar: 2031);
        var wie = await MedewerkerAsync(app, Ruwaard);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, id, Ct));

        Assert.True((await StapAsync(app, s => s.BeslisAsync(wie, id, Beslissing.Toekennen, 80_000, "Goed plan.", Ct))).IsGelukt);
        var naBesluit = await StandAsync(app, "ruwaard", 2031);
        Assert.True((await StapAsync(app, s => s.BetaalAsync(wie, id, 60_000, Ct))).IsGelukt);
        var naBetaling = await StandAsync(app, "ruwaard", 2031);
        await VerantwoordAsync(id, 60_000);
        Assert.True((await StapAsync(app, s => s.SluitAfAsync(wie, id, "Netjes verantwoord.", Ct))).IsGelukt);
        var naAfsluiten = await StandAsync(app, "ruwaard", 2031);

        Assert.Equal((500_000L, 80_000L, 0L, 420_000L), (naBesluit.BudgetInCenten, naBesluit.ToegekendInCenten, naBesluit.BetaaldInCenten, naBesluit.OverInCenten));
        Assert.Equal((80_000L, 60_000L, 420_000L), (naBetaling.ToegekendInCenten, naBetaling.BetaaldInCenten, naBetaling.OverInCenten));
        Assert.Equal((60_000L, 60_000L, 440_000L), (naAfsluiten.ToegekendInCenten, naAfsluiten.BetaaldInCenten, naAfsluiten.OverInCenten));
        Assert.Equal(
            [(BoekingSoort.Toekenning, 80_000L), (BoekingSoort.Betaling, 60_000L), (BoekingSoort.Vrijval, 20_000L)],
            (await BoekingenAsync(app, id)).Select(b => (b.Soort, b.BedragInCenten)));
        var i = await LeesAsync(app, id);
        Assert.Equal((InitiatiefStatus.Afgesloten, 60_000L), (i.Status, i.UitbetaaldBedragInCenten!.Value));
        Assert.Equal(["initiatief-in-behandeling", "initiatief-besluit", "initiatief-uitbetaald", "initiatief-afgesloten"], await AuditAsync(app, id));
        Assert.Equal(["initiatief-status", "initiatief-status", "initiatief-status", "initiatief-status"], await MailsAanAsync(app, email));
    }

    [Fact]
    public async Task BeslisAsync_MeerDanErOverIs_GeweigerdMetWatErOverIs()
    {
        await BudgetAsync(app, "ruwaard", 2032, 1500m);
        var wie = await MedewerkerAsync(app, Ruwaard);
        var (eerste, _) = await IngediendAsync(app, "ruwaard", 1000m, jaar: 2032);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, eerste, Ct));
        Assert.True((await StapAsync(app, s => s.BeslisAsync(wie, eerste, Beslissing.Toekennen, 100_000, "Goed.", Ct))).IsGelukt);
        var (tweede, email) = await IngediendAsync(app, "ruwaard", 800m, jaar: 2032);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, tweede, Ct));

        var teVeel = await StapAsync(app, s => s.BeslisAsync(wie, tweede, Beslissing.Toekennen, 80_000, "Goed.", Ct));
        var watErOverIs = await StapAsync(app, s => s.BeslisAsync(wie, tweede, Beslissing.Toekennen, 50_000, "Goed, maar minder.", Ct));

        Assert.Equal((BeheerStatus.Geweigerd, "Bedrag"), (teVeel.Status, teVeel.Veld));
        Assert.Contains($"Er is nog {InitiatiefMails.Euro(50_000)} over", teVeel.Melding, StringComparison.Ordinal);
        Assert.True(watErOverIs.IsGelukt, watErOverIs.Melding);
        Assert.Equal(0, (await StandAsync(app, "ruwaard", 2032)).OverInCenten);
        Assert.Equal(InitiatiefStatus.DeelsToegekend, (await LeesAsync(app, tweede)).Status);
        Assert.Equal(["initiatief-in-behandeling", "initiatief-besluit"], await AuditAsync(app, tweede));
        Assert.Equal(["initiatief-status", "initiatief-status"], await MailsAanAsync(app, email));
    }

    [Theory]
    [InlineData(3000, 2600, "niet hoger dan {max}")]
    [InlineData(500, 600, "niet hoger zijn dan wat gevraagd is ({gevraagd})")]
    [InlineData(500, 0, "groter is dan 0")]
    [InlineData(500, -100, "groter is dan 0")]
    public async Task BeslisAsync_OngeldigBedrag_GeweigerdBijHetBedrag(int gevraagdEuro, int bedragEuro, string melding)
    {
        var (id, email) = await IngediendAsync(app, "ruwaard", gevraagdEuro);
        var wie = await MedewerkerAsync(app, Ruwaard);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, id, Ct));

        var uitkomst = await StapAsync(app, s => s.BeslisAsync(wie, id, Beslissing.Toekennen, bedragEuro * 100L, "Motivering.", Ct));

        Assert.Equal((BeheerStatus.Geweigerd, "Bedrag"), (uitkomst.Status, uitkomst.Veld));
        Assert.Contains(melding.Replace("{max}", InitiatiefMails.Euro(250_000), StringComparison.Ordinal)
            .Replace("{gevraagd}", InitiatiefMails.Euro(gevraagdEuro * 100L), StringComparison.Ordinal), uitkomst.Melding, StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.InBehandeling, (await LeesAsync(app, id)).Status);
        Assert.Empty(await BoekingenAsync(app, id));
        Assert.Equal(["initiatief-in-behandeling"], await AuditAsync(app, id));
        Assert.Equal(["initiatief-status"], await MailsAanAsync(app, email));
    }

    [Fact]
    public async Task BeslisAsync_TweeToekenningenTegelijkUitEenBudget_PreciesEenLukt()
    {
        await BudgetAsync(app, "ruwaard", 2033, 1000m);
        var wie = await MedewerkerAsync(app, Ruwaard);
        var collega = await MedewerkerAsync(app, Coordinator);
        var (eerste, _) = await IngediendAsync(app, "ruwaard", 700m, jaar: 2033);
        var (tweede, _) = await IngediendAsync(app, "ruwaard", 700m, jaar: 2033);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, eerste, Ct));
        await StapAsync(app, s => s.NeemInBehandelingAsync(collega, tweede, Ct));
        BeheerUitkomst? tussendoor = null;
        await using var scope = app.CreateScope();
        await using var db = ContextMetOnderbreking(scope.ServiceProvider, async () =>
            tussendoor = await StapAsync(app, s => s.BeslisAsync(collega, tweede, Beslissing.Toekennen, 70_000, "Goed.", Ct)));
        var stappen = StappenOp(scope.ServiceProvider, db);

        // Both see 1000 euro left and pass the check; the colleague's grant is saved while this one is about to save.
        var uitkomst = await stappen.BeslisAsync(wie, eerste, Beslissing.Toekennen, 70_000, "Goed.", Ct);

        Assert.NotNull(tussendoor);
        Assert.True(tussendoor.IsGelukt, tussendoor.Melding);
        Assert.Equal(BeheerStatus.Geweigerd, uitkomst.Status);
        Assert.Contains("op hetzelfde moment", uitkomst.Melding, StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.InBehandeling, (await LeesAsync(app, eerste)).Status);
        Assert.Equal(InitiatiefStatus.Toegekend, (await LeesAsync(app, tweede)).Status);
        Assert.Empty(await BoekingenAsync(app, eerste));
        Assert.Equal(70_000L, (await StandAsync(app, "ruwaard", 2033)).ToegekendInCenten);
        Assert.Equal(["initiatief-in-behandeling"], await AuditAsync(app, eerste));
    }

    [Fact]
    public async Task Stappen_VraagEnNotitie_AuditVoorAllesMailAlleenVoorDeAanvrager()
    {
        var (id, email) = await IngediendAsync(app, "ruwaard", 300m);
        var wie = await MedewerkerAsync(app, Ruwaard);

        Assert.True((await StapAsync(app, s => s.NotitieAsync(wie, id, "Bel eerst de buurtcoach.", Ct))).IsGelukt);
        Assert.True((await StapAsync(app, s => s.StelVraagAsync(wie, id, "Heeft u een offerte van de tent?", Ct))).IsGelukt);
        var coordinator = await MedewerkerAsync(app, Coordinator);
        Assert.True((await StapAsync(app, s => s.WijsToeAsync(wie, id, coordinator.GebruikerId, Ct))).IsGelukt);

        Assert.Equal(["initiatief-notitie", "initiatief-vraag", "initiatief-toegewezen"], await AuditAsync(app, id));
        Assert.Equal(["initiatief-vraag"], await MailsAanAsync(app, email));
        Assert.Equal(InitiatiefStatus.VraagAanAanvrager, (await LeesAsync(app, id)).Status);
    }

    [Fact]
    public async Task Stappen_OpEenConcept_NietGevonden()
    {
        var (id, email) = await IngediendAsync(app, "ruwaard", 300m, status: InitiatiefStatus.Concept);
        var wie = await MedewerkerAsync(app, Ruwaard);
        var beheer = await MedewerkerAsync(app, Beheerder, isBeheer: true);

        var uitkomsten = new[]
        {
            await StapAsync(app, s => s.NeemInBehandelingAsync(wie, id, Ct)),
            await StapAsync(app, s => s.NotitieAsync(beheer, id, "Kijken", Ct)),
            await StapAsync(app, s => s.StelVraagAsync(wie, id, "Vraag?", Ct)),
        };

        Assert.All(uitkomsten, u => Assert.Equal(BeheerStatus.NietGevonden, u.Status));
        Assert.Equal(InitiatiefStatus.Concept, (await LeesAsync(app, id)).Status);
        Assert.Empty(await AuditAsync(app, id));
        Assert.Empty(await MailsAanAsync(app, email));
    }

    [Fact]
    public async Task Stappen_WijkteamVanEenAndereWijk_NietGevondenEnBeheerMagAlles()
    {
        var (id, _) = await IngediendAsync(app, "ruwaard", 300m);
        var (centraal, _) = await IngediendAsync(app, null, 300m);
        var ussen = await MedewerkerAsync(app, Ussen);
        var beheer = await MedewerkerAsync(app, Beheerder, isBeheer: true);

        var ussenRuwaard = await StapAsync(app, s => s.NeemInBehandelingAsync(ussen, id, Ct));
        var ussenCentraal = await StapAsync(app, s => s.NeemInBehandelingAsync(ussen, centraal, Ct));
        var ussenId = await WijkIdAsync(app, "ussen");
        var beheerCentraal = await StapAsync(app, s => s.StuurDoorAsync(beheer, centraal, ussenId, "Woont aan de Ussenstraat.", Ct));
        var ussenNaDoorsturen = await StapAsync(app, s => s.NeemInBehandelingAsync(ussen, centraal, Ct));

        Assert.Equal((BeheerStatus.NietGevonden, BeheerStatus.NietGevonden), (ussenRuwaard.Status, ussenCentraal.Status));
        Assert.True(beheerCentraal.IsGelukt, beheerCentraal.Melding);
        Assert.True(ussenNaDoorsturen.IsGelukt, ussenNaDoorsturen.Melding);
        Assert.Equal(InitiatiefStatus.Ingediend, (await LeesAsync(app, id)).Status);
        Assert.Equal(["initiatief-doorgestuurd", "initiatief-in-behandeling"], await AuditAsync(app, centraal));
    }

    /// <summary>A request above the four-eyes amount that wijkteam Ruwaard proposed to grant.</summary>
    private async Task<int> VoorstelAsync(decimal gevraagdEuro, decimal? bedragEuro = null)
    {
        var (id, _) = await IngediendAsync(app, "ruwaard", gevraagdEuro);
        var wie = await MedewerkerAsync(app, Ruwaard);
        await StapAsync(app, s => s.NeemInBehandelingAsync(wie, id, Ct));
        var voorstel = await StapAsync(app, s => s.BeslisAsync(wie, id, Beslissing.Toekennen, (long)((bedragEuro ?? gevraagdEuro) * 100), "Voorstel.", Ct));
        Assert.True(voorstel.IsGelukt, voorstel.Melding);
        Assert.Equal(InitiatiefStatus.BesluitVoorgelegd, (await LeesAsync(app, id)).Status);
        return id;
    }

    /// <summary>The applicant files the verantwoording (their page is not part of these tests).</summary>
    private async Task VerantwoordAsync(int id, long kostenInCenten)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
        var i = await db.Initiatieven.SingleAsync(x => x.Id == id, Ct);
        i.VerantwoordingTekst = "Het feest was een succes.";
        i.WerkelijkeKostenInCenten = kostenInCenten;
        Statusmachine.Zet(i, InitiatiefStatus.Verantwoord, Actor.Aanvrager, null, "de aanvrager", null, app.Klok.GetUtcNow().UtcDateTime, TimeSpan.FromDays(42));
        await db.SaveChangesAsync(Ct);
    }
}

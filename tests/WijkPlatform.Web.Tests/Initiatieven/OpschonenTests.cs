using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.StatusHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>Personal data goes 365 days after closure (and old concepts after 60 days); the financial record stays.</summary>
public sealed class OpschonenTests(StatusHulp.App app) : IClassFixture<StatusHulp.App>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Opschonen_NaBewaartermijn_WistPersoonsgegevensEnBestandenHoudtBedragenEnGrootboek()
    {
        var a = await AfgeslotenAsync("opschonen1@example.nl", publiceren: false);
        var voor = await LeesAsync(app, a.Id);
        var bestanden = voor.Bijlagen.Select(b => Path.Combine(app.BijlagenMap, b.Opslag)).ToList();
        var boekingen = await BoekingenAsync(a.Id);

        var teVroeg = await OpschonenAsync(WijkApp.StandaardNu.AddDays(364));
        var halverwege = await LeesAsync(app, a.Id);
        var resultaat = await OpschonenAsync(WijkApp.StandaardNu.AddDays(366));

        Assert.Equal(0, teVroeg.Gewist);
        Assert.Equal("Fatima el Amrani", halverwege.Naam);
        Assert.True(resultaat.Gewist >= 1);
        Assert.True(bestanden.Count >= 3);
        Assert.All(bestanden, f => Assert.False(File.Exists(f), f));
        var na = await LeesAsync(app, a.Id);
        Assert.Null(na.Naam);
        Assert.Null(na.Email);
        Assert.Null(na.Telefoon);
        Assert.Null(na.Postcode);
        Assert.Null(na.Huisnummer);
        Assert.Null(na.WieDoenMee);
        Assert.Null(na.IkWil);
        Assert.Null(na.IkKan);
        Assert.Null(na.IkHebNodig);
        Assert.Null(na.VerantwoordingTekst);
        Assert.Null(na.Wat);
        Assert.Empty(na.Bijlagen);
        Assert.All(na.Gebeurtenissen.Where(g => g.Soort is GebeurtenisSoort.Vraag or GebeurtenisSoort.Antwoord or GebeurtenisSoort.Bijlage),
            g => Assert.Null(g.Tekst));
        Assert.NotNull(na.GewistUtc);
        Assert.Equal("Opschonen test", na.Titel);
        Assert.Equal(InitiatiefStatus.Afgesloten, na.Status);
        Assert.Equal(40_000, na.ToegekendBedragInCenten);
        Assert.Equal(40_000, na.UitbetaaldBedragInCenten);
        Assert.Equal(35_000, na.WerkelijkeKostenInCenten);
        Assert.Equal(voor.Jaar, na.Jaar);
        Assert.Equal(voor.WijkId, na.WijkId);
        Assert.Equal(voor.BesluitUtc, na.BesluitUtc);
        Assert.Equal(boekingen, await BoekingenAsync(a.Id));
        Assert.False(na.SleutelHash.SequenceEqual(Sleutel.Hash(a.Sleutel)));
        Assert.True(await app.MetDbAsync(db => db.AuditLog.AnyAsync(r => r.Actie == "initiatief-opgeschoond" && r.Wie == InitiatiefOpschonen.Systeem)));
        using var client = app.MaakClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/initiatief/status/{a.Sleutel}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Opschonen_MetToestemming_HoudtKorteOmschrijving()
    {
        var a = await AfgeslotenAsync("opschonen2@example.nl", publiceren: true);

        await OpschonenAsync(WijkApp.StandaardNu.AddDays(400));

        var na = await LeesAsync(app, a.Id);
        Assert.Null(na.Naam);
        Assert.StartsWith("Een barbecue", na.Wat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opschonen_OudConcept_VerwijderdMetBestandNieuwConceptBlijft()
    {
        var oud = await ConceptAsync(WijkApp.StandaardNu.AddDays(-61));
        var nieuw = await ConceptAsync(WijkApp.StandaardNu.AddDays(-10));

        var resultaat = await OpschonenAsync(WijkApp.StandaardNu);

        Assert.True(resultaat.ConceptenVerwijderd >= 1);
        Assert.False(await app.MetDbAsync(db => db.Initiatieven.AnyAsync(i => i.Id == oud.Id)));
        Assert.False(File.Exists(Path.Combine(app.BijlagenMap, oud.Opslag)));
        Assert.True(await app.MetDbAsync(db => db.Initiatieven.AnyAsync(i => i.Id == nieuw.Id)));
        Assert.True(File.Exists(Path.Combine(app.BijlagenMap, nieuw.Opslag)));
    }

    public void Dispose() => app.Klok.Nu = WijkApp.StandaardNu;

    /// <summary>The whole path: question and answer, grant, payment, verantwoording with a receipt, closure.</summary>
    private async Task<Aanvraag> AfgeslotenAsync(string email, bool publiceren)
    {
        var a = await IngediendAsync(app, email: email, titel: "Opschonen test", publiceren: publiceren);
        await StapAsync(app, Carla, (s, m) => s.StelVraagAsync(m, a.Id, "Wie is Piet de Vries?", Ct));
        await using (var scope = app.CreateScope())
        {
            var aanvrager = scope.ServiceProvider.GetRequiredService<Aanvrager>();
            Assert.Equal(Aanvrager.UitkomstStatus.Gelukt, (await aanvrager.BeantwoordAsync(a.Sleutel, "Mijn buurman op nummer 14.",
                [new Aanvrager.Bestand(new MemoryStream(Pdf), "buurman.pdf")], Ct)).Status);
        }

        await UitbetaaldAsync(app, a);
        await using (var scope = app.CreateScope())
        {
            var aanvrager = scope.ServiceProvider.GetRequiredService<Aanvrager>();
            Assert.Equal(Aanvrager.UitkomstStatus.Gelukt, (await aanvrager.VerantwoordAsync(a.Sleutel,
                new Aanvrager.VerantwoordingInvoer("Gezellig, met Piet en Annie.", "350", "50"),
                [new Aanvrager.Bestand(new MemoryStream(Pdf), "bon.pdf")], [], Ct)).Status);
        }

        await StapAsync(app, Carla, (s, m) => s.SluitAfAsync(m, a.Id, null, Ct));
        return a;
    }

    private async Task<(int Id, string Opslag)> ConceptAsync(DateTimeOffset aangemaakt)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
        var bijlage = (await scope.ServiceProvider.GetRequiredService<BijlagenOpslag>()
            .OntvangAsync(new MemoryStream(Pdf), "plan.pdf", BijlageSoort.Aanvraag, CancellationToken.None)).Bijlage!;
        bijlage.GeuploadUtc = aangemaakt.UtcDateTime;
        var i = new Initiatief { SleutelHash = Sleutel.Nieuw().Hash, Naam = "Concept Maker", Email = "concept@example.nl", AangemaaktUtc = aangemaakt.UtcDateTime };
        i.Bijlagen.Add(bijlage);
        db.Initiatieven.Add(i);
        await db.SaveChangesAsync();
        return (i.Id, bijlage.Opslag);
    }

    private async Task<InitiatiefOpschonen.Resultaat> OpschonenAsync(DateTimeOffset nu)
    {
        app.Klok.Nu = nu;
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<InitiatiefOpschonen>().OpschonenAsync(CancellationToken.None);
    }

    private async Task<List<string>> BoekingenAsync(int id)
    {
        var boekingen = await app.MetDbAsync(db => db.BudgetBoekingen.AsNoTracking().Where(b => b.InitiatiefId == id).OrderBy(b => b.Id).ToListAsync());
        return boekingen.Select(b => $"{b.Soort}:{b.BedragInCenten}:{b.Omschrijving}").ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Initiatieven;
using static WijkPlatform.Web.Tests.Initiatieven.StatusHulp;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>The beslistermijn (42 days) on the controllable clock: a reminder 7 days before, an escalation after.</summary>
public sealed class TermijnTests(StatusHulp.App app) : IClassFixture<StatusHulp.App>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Herinnering_ZevenDagenVoorTermijn_EenKeerAanWijkteam()
    {
        var a = await IngediendAsync(app, titel: "Termijn herinnering");
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;

        await OpAsync(WijkApp.StandaardNu.AddDays(42 - 7).AddMinutes(-1));
        var teVroeg = await MailsAsync("initiatief-herinnering", kenmerk);
        await OpAsync(WijkApp.StandaardNu.AddDays(42 - 7).AddMinutes(1));
        await OpAsync(WijkApp.StandaardNu.AddDays(42 - 6));

        Assert.Empty(teVroeg);
        var mail = Assert.Single(await MailsAsync("initiatief-herinnering", kenmerk));
        Assert.Equal("wijkteam.ruwaard@example.nl", mail.Aan);
        var na = await LeesAsync(app, a.Id);
        Assert.NotNull(na.HerinneringUtc);
        Assert.Null(na.GeescaleerdUtc);
        Assert.Single(na.Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Herinnering && g.Intern);
        Assert.Empty(await MailsAsync("initiatief-escalatie", kenmerk));
    }

    [Fact]
    public async Task Herinnering_MetBeoordelaar_GaatNaarBeoordelaar()
    {
        var a = await IngediendAsync(app, titel: "Termijn beoordelaar");
        await StapAsync(app, Carla, (s, m) => s.NeemInBehandelingAsync(m, a.Id, Ct));
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;

        await OpAsync(WijkApp.StandaardNu.AddDays(36));

        Assert.Equal(Carla, Assert.Single(await MailsAsync("initiatief-herinnering", kenmerk)).Aan);
    }

    [Fact]
    public async Task Escalatie_NaTermijn_EenKeerAanCoordinatorOokAlsDeTaakTweeKeerDraait()
    {
        var a = await IngediendAsync(app, titel: "Termijn escalatie");
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;
        await OpAsync(WijkApp.StandaardNu.AddDays(36));

        await OpAsync(WijkApp.StandaardNu.AddDays(42).AddMinutes(-1));
        var voorTermijn = await MailsAsync("initiatief-escalatie", kenmerk);
        await OpAsync(WijkApp.StandaardNu.AddDays(42).AddHours(1));
        await OpAsync(WijkApp.StandaardNu.AddDays(43));

        Assert.Empty(voorTermijn);
        var mail = Assert.Single(await MailsAsync("initiatief-escalatie", kenmerk));
        Assert.Equal(Gerda, mail.Aan);
        Assert.Single(await MailsAsync("initiatief-herinnering", kenmerk));
        var na = await LeesAsync(app, a.Id);
        Assert.NotNull(na.GeescaleerdUtc);
        Assert.Single(na.Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Escalatie && g.Intern);
        Assert.True(await app.MetDbAsync(db => db.AuditLog.AnyAsync(r => r.Actie == "initiatief-escalatie" && r.Wie == InitiatiefTermijnen.Systeem
            && r.Onderwerp == InitiatiefStappen.Onderwerp(a.Id))));
    }

    [Fact]
    public async Task Termijnen_TweeServersTegelijk_SturenElkeMailEenKeer()
    {
        var a = await IngediendAsync(app, titel: "Termijn gelijktijdig");
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;
        app.Klok.Nu = WijkApp.StandaardNu.AddDays(36);

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(ControleerAsync)));

        Assert.Single(await MailsAsync("initiatief-herinnering", kenmerk));
        Assert.Single((await LeesAsync(app, a.Id)).Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Herinnering);
    }

    [Fact]
    public async Task Termijnen_BeslotenAanvraag_GeenHerinneringOfEscalatie()
    {
        var a = await IngediendAsync(app, titel: "Termijn besloten");
        await StapAsync(app, Carla, (s, m) => s.NeemInBehandelingAsync(m, a.Id, Ct));
        await StapAsync(app, Carla, (s, m) => s.BeslisAsync(m, a.Id, Beslissing.Afwijzen, 0, "Past niet bij de criteria.", Ct));
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;

        await OpAsync(WijkApp.StandaardNu.AddDays(36));
        await OpAsync(WijkApp.StandaardNu.AddDays(50));

        Assert.Empty(await MailsAsync("initiatief-herinnering", kenmerk));
        Assert.Empty(await MailsAsync("initiatief-escalatie", kenmerk));
        var na = await LeesAsync(app, a.Id);
        Assert.Null(na.HerinneringUtc);
        Assert.Null(na.GeescaleerdUtc);
    }

    [Fact]
    public async Task Termijnen_WachtOpAntwoord_TeltNietEnNaAntwoordSchuiftHerinneringOp()
    {
        var a = await IngediendAsync(app, titel: "Termijn vraag");
        await StapAsync(app, Carla, (s, m) => s.StelVraagAsync(m, a.Id, "Klopt het bedrag?", Ct));
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;

        // Waiting for the applicant: no reminder even on the day the original term would remind.
        await OpAsync(WijkApp.StandaardNu.AddDays(36));
        var tijdensVraag = await MailsAsync("initiatief-herinnering", kenmerk);
        app.Klok.Nu = WijkApp.StandaardNu.AddDays(40);
        await using (var scope = app.CreateScope())
        {
            var uitkomst = await scope.ServiceProvider.GetRequiredService<Aanvrager>().BeantwoordAsync(a.Sleutel, "Ja, het klopt.", [], Ct);
            Assert.Equal(Aanvrager.UitkomstStatus.Gelukt, uitkomst.Status);
        }

        await OpAsync(WijkApp.StandaardNu.AddDays(41));
        var naAntwoord = await MailsAsync("initiatief-herinnering", kenmerk);
        await OpAsync(WijkApp.StandaardNu.AddDays(40 + 42 - 7).AddMinutes(1));

        Assert.Empty(tijdensVraag);
        Assert.Empty(naAntwoord);
        Assert.Single(await MailsAsync("initiatief-herinnering", kenmerk));
        Assert.Equal(WijkApp.StandaardNu.UtcDateTime.AddDays(40 + 42), (await LeesAsync(app, a.Id)).BeslistermijnUtc);
    }

    [Fact]
    public async Task Escalatie_CentraleWachtrij_MailtNiemandMaarMarkeert()
    {
        var a = await IngediendAsync(app, wijk: null, titel: "Termijn centraal");
        var kenmerk = (await LeesAsync(app, a.Id)).Kenmerk;

        await OpAsync(WijkApp.StandaardNu.AddDays(43));
        await OpAsync(WijkApp.StandaardNu.AddDays(44));

        Assert.Empty(await MailsAsync("initiatief-escalatie", kenmerk));
        Assert.Empty(await MailsAsync("initiatief-herinnering", kenmerk));
        var na = await LeesAsync(app, a.Id);
        Assert.NotNull(na.GeescaleerdUtc);
        Assert.Single(na.Gebeurtenissen, g => g.Soort == GebeurtenisSoort.Escalatie && g.Tekst!.Contains("centrale wachtrij", StringComparison.Ordinal));
    }

    public void Dispose() => app.Klok.Nu = WijkApp.StandaardNu;

    private async Task OpAsync(DateTimeOffset nu)
    {
        app.Klok.Nu = nu;
        await ControleerAsync();
    }

    private async Task ControleerAsync()
    {
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<InitiatiefTermijnen>().ControleerAsync(CancellationToken.None);
    }

    private Task<List<Core.Mail.OutboxBericht>> MailsAsync(string soort, string kenmerk) => app.MetDbAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Soort == soort && m.Onderwerp.Contains(kenmerk)).ToListAsync());
}

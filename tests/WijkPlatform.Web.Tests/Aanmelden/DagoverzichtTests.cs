using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>One story over three days with the test clock (November: Dutch time is UTC+1, so 07:00 is 06:00 UTC).</summary>
public sealed class DagoverzichtTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Soort = "aanmelding.dagoverzicht";
    private static readonly DateTimeOffset Dinsdag12Uur = new(2026, 11, 24, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Woensdag0659 = new(2026, 11, 25, 5, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Woensdag0700 = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Woensdag1100 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Donderdag0715 = new(2026, 11, 26, 6, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task VerstuurAsync_DrieDagen_EenMailPerLidAlleenMetWatNieuwIs()
    {
        var lunch = await OrganisatorApp.EersteDatumAsync(app, OrganisatorApp.Buurtlunch);
        var koken = await OrganisatorApp.EersteDatumAsync(app, OrganisatorApp.Koken);
        await VoegLidToeAsync("tweede.lid@example.nl", "wijkraad-ruwaard");
        app.Klok.Nu = Dinsdag12Uur;
        var beheer = await app.MetDbAsync(db => db.Gebruikers.Where(g => g.Email == "beheer@example.nl").Select(g => g.Id).SingleAsync());
        var anouk = await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, lunch, "Anouk Aanmelder", "anouk@example.nl", null, 2, "Vegetarisch"));
        await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, lunch, "Cor Balie", null, "0611112222", 1, null, DoorGebruikerId: beheer));
        await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Koken, koken, "Bart Koker", "bart@example.nl", null, 1, null));

        // Before the hour: nothing, also on a first run.
        app.Klok.Nu = Woensdag0659;
        Assert.Equal(0, await VerstuurAsync());
        Assert.Empty(await MailsAsync());

        // At the hour: one mail to each member, per collective only its own activities, no contact details.
        app.Klok.Nu = Woensdag0700;
        await VerstuurAsync();
        var eerste = await MailsAsync();
        Assert.Equal("lid.rucrea@example.nl, lid.wijkraad@example.nl, tweede.lid@example.nl",
            string.Join(", ", eerste.Select(m => m.Aan).Order(StringComparer.Ordinal)));
        foreach (var mail in eerste.Where(m => m.Aan != "lid.rucrea@example.nl"))
        {
            Assert.Contains("Nieuw: Anouk Aanmelder, 2 personen", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("Nieuw: Cor Balie, 1 persoon, aangemeld door een vrijwilliger", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("Nu: 3 van de 20 plaatsen bezet", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("/beheer/aanmeldingen", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("Anouk Aanmelder", mail.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("Bart", mail.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("anouk@example.nl", mail.Tekst + mail.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("0611112222", mail.Tekst + mail.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("Vegetarisch", mail.Tekst + mail.Html, StringComparison.Ordinal);
        }

        var rucrea = Assert.Single(eerste, m => m.Aan == "lid.rucrea@example.nl");
        Assert.Contains("Nieuw: Bart Koker, 1 persoon", rucrea.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Anouk", rucrea.Tekst, StringComparison.Ordinal);

        // Again the same day, at once and later: nothing more.
        Assert.Equal(0, await VerstuurAsync());
        app.Klok.Nu = Woensdag1100;
        Assert.Equal(0, await VerstuurAsync());
        Assert.Equal(eerste.Count, (await MailsAsync()).Count);

        // The next day: only what changed since, and only to the collective it concerns.
        await using (var scope = app.CreateScope())
        {
            Assert.Equal(MeldAf.Status.Afgemeld, await scope.ServiceProvider.GetRequiredService<MeldAf.Handler>().HandleAsync(anouk.Sleutel, TestContext.Current.CancellationToken));
        }

        await OrganisatorApp.MeldAanAsync(app, new(OrganisatorApp.Buurtlunch, lunch, "Dewi Later", "dewi@example.nl", null, 3, null));
        app.Klok.Nu = Donderdag0715;
        await VerstuurAsync();
        var tweede = (await MailsAsync()).Skip(eerste.Count).ToList();
        Assert.Equal("lid.wijkraad@example.nl, tweede.lid@example.nl", string.Join(", ", tweede.Select(m => m.Aan).Order(StringComparer.Ordinal)));
        foreach (var mail in tweede)
        {
            Assert.Contains("Nieuw: Dewi Later, 3 personen", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("Afgemeld: Anouk Aanmelder, 2 personen", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("Nu: 4 van de 20 plaatsen bezet", mail.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("Cor Balie", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains("1 nieuwe aanmelding en 1 afmelding", mail.Tekst, StringComparison.Ordinal);
        }

        var stand = await app.MetDbAsync(db => db.TaakStanden.AsNoTracking().SingleAsync(t => t.Naam == Dagoverzicht.TaakNaam));
        Assert.Equal(new DateTime(2026, 11, 26, 6, 0, 0, DateTimeKind.Utc), stand.TotUtc);
    }

    private async Task<int> VerstuurAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Dagoverzicht>().VerstuurAsync(TestContext.Current.CancellationToken);
    }

    private Task<List<OutboxBericht>> MailsAsync() =>
        app.MetDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Soort == Soort).OrderBy(m => m.Id).ToListAsync());

    private async Task VoegLidToeAsync(string email, string organisatie)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
        var gebruiker = new Gebruiker { Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailBevestigd = true, Naam = "Tweede lid" };
        gebruiker.Lidmaatschappen.Add(new Lidmaatschap { OrganisatieId = await db.Organisaties.Where(o => o.Slug == organisatie).Select(o => o.Id).SingleAsync() });
        db.Gebruikers.Add(gebruiker);
        await db.SaveChangesAsync();
    }
}

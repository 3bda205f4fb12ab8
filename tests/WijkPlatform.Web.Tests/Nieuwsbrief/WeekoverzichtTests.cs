using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Nieuwsbrief;
using static WijkPlatform.Web.Tests.Nieuwsbrief.NieuwsbriefHulp;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

/// <summary>The weekly digest. Every test uses a week of its own, because a wijk's week is claimed once per database
/// and the tests of this class share one.</summary>
public sealed class WeekoverzichtTests(NieuwsbriefApp app) : IClassFixture<NieuwsbriefApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Friday 16:30 in Oss (winter time): the digest of the week from the Monday after is due.</summary>
    private static DateTimeOffset Vrijdag(int jaar, int maand, int dag) => new(jaar, maand, dag, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Weekoverzicht_AlleenNaBevestigen_NietVoorOnbevestigd()
    {
        var run = Vrijdag(2026, 11, 27);
        app.Klok.Nu = run.AddDays(-1);
        var bevestigd = NieuwAdres("Bevestigd");
        await AbonneeAsync(app, bevestigd, "ruwaard");
        var onbevestigd = NieuwAdres("Onbevestigd");
        await SchrijfInAsync(app, onbevestigd, "ruwaard");
        var gescand = NieuwAdres("Gescand");
        await SchrijfInAsync(app, gescand, "ruwaard");
        using (var scanner = app.MaakClient())
        {
            // A mail scanner opens the link; only the button confirms.
            Assert.Equal(HttpStatusCode.OK, (await scanner.GetAsync(await BevestigPadAsync(app, gescand), Ct)).StatusCode);
        }

        await WeekoverzichtAsync(app, run);

        Assert.Single(await MailsAsync(app, bevestigd, NieuwsbriefRegels.Soort));
        Assert.Empty(await MailsAsync(app, onbevestigd, NieuwsbriefRegels.Soort));
        Assert.Empty(await MailsAsync(app, gescand, NieuwsbriefRegels.Soort));
    }

    [Fact]
    public async Task Weekoverzicht_VoorDeDagEnHetUur_MaaktNiets()
    {
        app.Klok.Nu = Vrijdag(2027, 3, 5).AddDays(-1);
        var email = NieuwAdres("Tevroeg");
        await AbonneeAsync(app, email, "ruwaard");

        var donderdag = await WeekoverzichtAsync(app, Vrijdag(2027, 3, 5).AddDays(-1));
        var vrijdagOchtend = await WeekoverzichtAsync(app, Vrijdag(2027, 3, 5).AddHours(-6));

        Assert.Equal(new Weekoverzicht.Resultaat(0, 0), donderdag);
        Assert.Equal(new Weekoverzicht.Resultaat(0, 0), vrijdagOchtend);
        Assert.Empty(await MailsAsync(app, email, NieuwsbriefRegels.Soort));
        Assert.False(await app.MetDbAsync(db => db.NieuwsbriefVerzendingen.AnyAsync(v => v.Week == new DateOnly(2027, 3, 8), Ct)));
    }

    [Fact]
    public async Task Weekoverzicht_Inhoud_ActiviteitenVanDieWijkVolgendeWeekEnNieuwsVanZevenDagen()
    {
        var run = Vrijdag(2026, 12, 4);
        var nu = run.UtcDateTime;
        app.Klok.Nu = run.AddHours(-2);
        var email = NieuwAdres("Inhoud");
        var afmelden = await AbonneeAsync(app, email, "ruwaard");
        await NieuwsAsync(app, "Nieuw speeltoestel in Ruwaard", "ruwaard", nu.AddDays(-2));
        await NieuwsAsync(app, "Gemeente opent loket", null, nu.AddDays(-3));
        await NieuwsAsync(app, "Gepland bericht Ruwaard", "ruwaard", null, PaginaStatus.Gepland, vanafUtc: nu.AddDays(-1));
        await NieuwsAsync(app, "Nieuws uit Ussen", "ussen", nu.AddDays(-2));
        await NieuwsAsync(app, "Oud nieuws Ruwaard", "ruwaard", nu.AddDays(-9));
        await NieuwsAsync(app, "Concept Ruwaard", "ruwaard", null, PaginaStatus.Concept);
        await NieuwsAsync(app, "Ingetrokken Ruwaard", "ruwaard", nu.AddDays(-1), PaginaStatus.Ingetrokken);
        await NieuwsAsync(app, "Later gepland Ruwaard", "ruwaard", null, PaginaStatus.Gepland, vanafUtc: nu.AddDays(1));
        await NieuwsAsync(app, "Gewone pagina Ruwaard", "ruwaard", nu.AddDays(-1), soort: PaginaSoort.Pagina);
        var titels = await app.MetDbAsync(db => db.Activiteiten.ToDictionaryAsync(a => a.Slug, a => a.Titel, Ct));

        var resultaat = await WeekoverzichtAsync(app, run);

        Assert.True(resultaat.Mails >= 1);
        var mail = Assert.Single(await MailsAsync(app, email, NieuwsbriefRegels.Soort));
        Assert.Equal("Nieuwsbrief Ruwaard: week van 7 december", mail.Onderwerp);
        var tekst = mail.Tekst;
        // Ruwaard's weekly activities of 7–13 December, and nothing of Ussen.
        Assert.Contains("Maandag 7 december", tekst, StringComparison.Ordinal);
        Assert.Contains(titels["bewegen-voor-ouderen"], tekst, StringComparison.Ordinal);
        Assert.Contains(titels["taalcafe-de-haard"], tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(titels["taalgroep-ussen"], tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(titels["wandelgroep-ussen"], tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(titels["ontmoetingsochtend-de-hille"], tekst, StringComparison.Ordinal);
        // A walk-in place in one line with its days, not once per opening.
        Assert.Contains("Zomaar binnenlopen", tekst, StringComparison.Ordinal);
        Assert.Contains($"{titels["huiskamer-de-haard"]}", tekst, StringComparison.Ordinal);
        Assert.Single(tekst.Split('\n'), r => r.Contains(titels["huiskamer-de-haard"], StringComparison.Ordinal) && r.Contains(": open ", StringComparison.Ordinal));
        Assert.Contains("wijk=ruwaard&periode=datums&van=2026-12-07&tot=2026-12-13", tekst, StringComparison.Ordinal);
        // News of the last seven days for Ruwaard or for everyone, visible now.
        Assert.Contains("Nieuw speeltoestel in Ruwaard", tekst, StringComparison.Ordinal);
        Assert.Contains("Gemeente opent loket", tekst, StringComparison.Ordinal);
        Assert.Contains("Gepland bericht Ruwaard", tekst, StringComparison.Ordinal);
        foreach (var nietErin in new[] { "Nieuws uit Ussen", "Oud nieuws Ruwaard", "Concept Ruwaard", "Ingetrokken Ruwaard", "Later gepland Ruwaard", "Gewone pagina Ruwaard" })
        {
            Assert.DoesNotContain(nietErin, tekst, StringComparison.Ordinal);
        }

        // The unsubscribe link is in the text, in the HTML and on the row for the List-Unsubscribe header.
        var afmeldUrl = $"http://localhost:5080{afmelden}";
        Assert.Equal(afmeldUrl, mail.AfmeldUrl);
        Assert.Contains(afmeldUrl, tekst, StringComparison.Ordinal);
        Assert.Contains($"href=\"{afmeldUrl}\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Afmelden voor deze nieuwsbrief", mail.Html, StringComparison.Ordinal);
        var verzending = await app.MetDbAsync(db => db.NieuwsbriefVerzendingen
            .SingleAsync(v => v.Week == new DateOnly(2026, 12, 7) && v.WijkId == db.Wijken.Single(w => w.Slug == "ruwaard").Id, Ct));
        Assert.True(verzending.Ontvangers >= 1);
    }

    [Fact]
    public async Task Weekoverzicht_TweedeRun_GeenTweedeMail()
    {
        var run = Vrijdag(2026, 12, 11);
        app.Klok.Nu = run.AddHours(-2);
        var email = NieuwAdres("Tweemaal");
        await AbonneeAsync(app, email, "ruwaard", "ussen");

        await WeekoverzichtAsync(app, run);
        var tweede = await WeekoverzichtAsync(app, run.AddHours(1));
        var zondag = await WeekoverzichtAsync(app, run.AddDays(2));

        Assert.Equal(new Weekoverzicht.Resultaat(0, 0), tweede);
        Assert.Equal(new Weekoverzicht.Resultaat(0, 0), zondag);
        var mails = await MailsAsync(app, email, NieuwsbriefRegels.Soort);
        // One per wijk, each with its own unsubscribe link.
        Assert.Equal(2, mails.Count);
        Assert.Equal(2, mails.Select(m => m.AfmeldUrl).Distinct().Count());
        Assert.Contains(mails, m => m.Onderwerp.StartsWith("Nieuwsbrief Ussen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Weekoverzicht_TweeServersTegelijk_ElkeAbonneeEenMail()
    {
        var run = Vrijdag(2026, 12, 18);
        app.Klok.Nu = run.AddHours(-2);
        var email = NieuwAdres("Tegelijk");
        await AbonneeAsync(app, email, "ruwaard");
        app.Klok.Nu = run;

        // Each run has its own scope and so its own connection, as on separate servers.
        var resultaten = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<Weekoverzicht>().VerstuurAsync(Ct);
        })));

        Assert.Single(await MailsAsync(app, email, NieuwsbriefRegels.Soort));
        var ontvangers = await app.MetDbAsync(db => db.NieuwsbriefVerzendingen.Where(v => v.Week == new DateOnly(2026, 12, 21))
            .SumAsync(v => v.Ontvangers, Ct));
        Assert.Equal(ontvangers, resultaten.Sum(r => r.Mails));
    }

    [Fact]
    public async Task Weekoverzicht_Afgemeld_KrijgtVolgendeWeekNiets()
    {
        var eerste = Vrijdag(2027, 1, 8);
        app.Klok.Nu = eerste.AddHours(-2);
        var email = NieuwAdres("Weg");
        var afmelden = await AbonneeAsync(app, email, "ruwaard");
        await WeekoverzichtAsync(app, eerste);
        Assert.Single(await MailsAsync(app, email, NieuwsbriefRegels.Soort));

        using (var mailprogramma = app.MaakClient())
        {
            using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
            Assert.Equal(HttpStatusCode.OK, (await mailprogramma.PostAsync(afmelden, body, Ct)).StatusCode);
        }

        await WeekoverzichtAsync(app, eerste.AddDays(7));

        Assert.Single(await MailsAsync(app, email, NieuwsbriefRegels.Soort));
    }

    [Fact]
    public async Task Weekoverzicht_NietsTeMelden_ClaimtWelMaarStuurtNiets()
    {
        var run = Vrijdag(2027, 2, 5);
        var email = NieuwAdres("Stil");
        // Lith has no activities; its subscription is made straight in the database, since the form offers active wijken only.
        var lith = await app.MetDbAsync(async db =>
        {
            var wijk = await db.Wijken.SingleAsync(w => w.Slug == "lith", Ct);
            db.NieuwsbriefAbonnementen.Add(new NieuwsbriefAbonnement
            {
                Email = email,
                WijkId = wijk.Id,
                Status = AbonnementStatus.Actief,
                AfmeldCode = NieuwsbriefCode.Nieuw(),
                AangevraagdUtc = run.UtcDateTime.AddDays(-3),
                BevestigdUtc = run.UtcDateTime.AddDays(-3),
            });
            await db.SaveChangesAsync(Ct);
            return wijk.Id;
        });

        await WeekoverzichtAsync(app, run);

        Assert.Empty(await MailsAsync(app, email, NieuwsbriefRegels.Soort));
        var verzending = await app.MetDbAsync(db => db.NieuwsbriefVerzendingen.SingleAsync(v => v.WijkId == lith && v.Week == new DateOnly(2027, 2, 8), Ct));
        Assert.Equal(0, verzending.Ontvangers);
    }

    [Fact]
    public async Task Opschonen_WistOudOnbevestigdEnOudAfgemeldNietActief()
    {
        var nu = new DateTime(2027, 6, 1, 10, 0, 0, DateTimeKind.Utc);
        var (oudOnbevestigd, nieuwOnbevestigd, oudAfgemeld, actief) = (NieuwAdres("Oudonb"), NieuwAdres("Nieuwonb"), NieuwAdres("Oudafg"), NieuwAdres("Oudact"));
        await app.MetDbAsync(async db =>
        {
            var wijk = await db.Wijken.Where(w => w.Slug == "ussen").Select(w => w.Id).SingleAsync(Ct);
            NieuwsbriefAbonnement Rij(string email, AbonnementStatus status, DateTime aangevraagd, DateTime? afgemeld = null) => new()
            {
                Email = email,
                WijkId = wijk,
                Status = status,
                AfmeldCode = NieuwsbriefCode.Nieuw(),
                AangevraagdUtc = aangevraagd,
                AfgemeldUtc = afgemeld,
            };
            db.NieuwsbriefAbonnementen.AddRange(
                Rij(oudOnbevestigd, AbonnementStatus.Onbevestigd, nu.AddDays(-15)),
                Rij(nieuwOnbevestigd, AbonnementStatus.Onbevestigd, nu.AddDays(-13)),
                Rij(oudAfgemeld, AbonnementStatus.Afgemeld, nu.AddDays(-400), nu.AddDays(-31)),
                Rij(actief, AbonnementStatus.Actief, nu.AddDays(-400)));
            return await db.SaveChangesAsync(Ct);
        });
        app.Klok.Nu = new DateTimeOffset(nu);

        await using (var scope = app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<NieuwsbriefOpschonen>().OpschonenAsync(Ct);
        }

        Assert.Empty(await AbonnementenAsync(app, oudOnbevestigd));
        Assert.Single(await AbonnementenAsync(app, nieuwOnbevestigd));
        Assert.Empty(await AbonnementenAsync(app, oudAfgemeld));
        Assert.Single(await AbonnementenAsync(app, actief));
    }
}

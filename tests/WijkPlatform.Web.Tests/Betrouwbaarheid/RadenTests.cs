using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Aanmelden;
using WijkPlatform.Web.Tests.Initiatieven;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Guessing gets nothing: a secret next to a real one (one character changed, one short, one too many,
/// another case) or a random one, and every id next to your own, answer 404 without anything of the person behind it.
/// The real secret and your own ids work, so the test shows the refusal is about the guess.</summary>
public sealed partial class RadenTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GeheimNaastEchtGeheim_AanmeldingEnInitiatief_404ZonderGegevens()
    {
        var naam = $"Raadpersoon {Guid.NewGuid():N}"[..24];
        var email = $"raden-{Guid.NewGuid():N}@example.nl";
        var start = await AanmeldHulp.DatumAsync(app, "koken-met-kinderen", Random.Shared.Next(0, 6));
        using var bezoeker = app.MaakClient();
        var aangemeld = await WijkApp.PostFormAsync(bezoeker, "/activiteiten/koken-met-kinderen/aanmelden", AanmeldHulp.Formulier(start, naam, email));
        Assert.Equal(HttpStatusCode.Redirect, aangemeld.StatusCode);
        var mail = Assert.Single(await AanmeldHulp.MailsAanAsync(app, email));
        var sleutel = AanmeldLink().Match(mail.Tekst).Groups[1].Value;
        var aanvraag = await StatusHulp.IngediendAsync(app, "ussen", email, $"Raadplan {naam}");
        var token = await ToegangsMatrixTests.TokenAsync(bezoeker, "/inloggen");
        var pogingen = 0;

        using (var echt = await bezoeker.GetAsync($"/aanmelding/{sleutel}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, echt.StatusCode);
            Assert.Contains(naam, await echt.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using (var echt = await bezoeker.GetAsync($"/initiatief/status/{aanvraag.Sleutel}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, echt.StatusCode);
        }

        foreach (var geraden in Naast(sleutel))
        {
            foreach (var verzoek in new Func<Task<HttpResponseMessage>>[]
            {
                () => bezoeker.GetAsync($"/aanmelding/{geraden}", Ct),
                () => ToegangsMatrixTests.PostAsync(bezoeker, $"/aanmelding/{geraden}?handler=Afmelden", token),
            })
            {
                using var antwoord = await verzoek();
                pogingen++;
                await GeenGegevensAsync(antwoord, naam, email);
            }
        }

        foreach (var geraden in Naast(aanvraag.Sleutel))
        {
            foreach (var adres in new[] { $"/initiatief/status/{geraden}", $"/initiatief/ontvangen/{geraden}", $"/initiatief/aanvragen/{geraden}/bewaard",
                $"/initiatief/status/{geraden}/bijlagen/1" })
            {
                using var antwoord = await bezoeker.GetAsync(adres, Ct);
                pogingen++;
                await GeenGegevensAsync(antwoord, naam, email);
            }

            using var intrekken = await ToegangsMatrixTests.PostAsync(bezoeker, $"/initiatief/status/{geraden}?handler=Intrekken", token);
            pogingen++;
            await GeenGegevensAsync(intrekken, naam, email);
        }

        foreach (var code in new[] { ToegangsMatrixTests.GeradenGeheim(), "1", "0" })
        {
            foreach (var adres in new[] { $"/nieuwsbrief/bevestigen/{code}", $"/nieuwsbrief/afmelden/{code}" })
            {
                using var antwoord = await bezoeker.GetAsync(adres, Ct);
                pogingen++;
                Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            }
        }

        var status = await app.MetDbAsync(db => db.Aanmeldingen.Where(a => a.Email == email).Select(a => a.Status).SingleAsync(Ct));
        Assert.Equal(AanmeldingStatus.Bevestigd, status);
        Assert.Equal(Core.Initiatieven.InitiatiefStatus.Ingediend, (await InitiatiefHulp.LeesAsync(app, aanvraag.Id)).Status);
        Meetboek.Noteer(Meetboek.Toegang, "Geraden geheimen (aanmelding, initiatief, nieuwsbrief) geven 404 en geen gegevens",
            new Dictionary<string, object> { ["pogingen"] = pogingen, ["met gegevens"] = 0, ["serverfouten"] = 0 });
    }

    [Fact]
    public async Task IdsNaastEigen_LidEnWijkteam_AlleenEigenToegestaan()
    {
        var matrix = new ToegangsMatrixTests.Doelen(app);
        await matrix.ActiviteitAsync();
        await matrix.AanvraagAsync();
        await StatusHulp.IngediendAsync(app, "ruwaard", $"raden-{Guid.NewGuid():N}@example.nl", "Buurtfeest Ruwaard");
        var (activiteiten, eigenActiviteiten) = await app.MetDbAsync(async db => (
            await db.Activiteiten.MaxAsync(a => a.Id, Ct),
            await db.Activiteiten.Where(a => a.Organisatie!.Slug == ToegangsMatrixTests.CollectiefA).Select(a => a.Id).ToListAsync(Ct)));
        var (aanvragen, ruwaardAanvragen) = await app.MetDbAsync(async db => (
            await db.Initiatieven.MaxAsync(i => i.Id, Ct),
            await db.Initiatieven.Where(i => i.Wijk!.Slug == "ruwaard" && i.Status != Core.Initiatieven.InitiatiefStatus.Concept).Select(i => i.Id).ToListAsync(Ct)));
        using var lidA = await app.IngelogdAsync("lid.wijkraad@example.nl");
        using var ruwaard = await app.IngelogdAsync("wijkteam.ruwaard@example.nl");
        var afwijkingen = new List<string>();
        int toegestaan = 0, geweigerd = 0;

        for (var id = 0; id <= activiteiten + 3; id++)
        {
            using var antwoord = await lidA.GetAsync($"/beheer/activiteiten/{id.ToString(CultureInfo.InvariantCulture)}/bewerken", Ct);
            Tel(antwoord, eigenActiviteiten.Contains(id), $"activiteit {id}");
        }

        for (var id = 0; id <= aanvragen + 3; id++)
        {
            using var antwoord = await ruwaard.GetAsync($"/beheer/initiatieven/{id.ToString(CultureInfo.InvariantCulture)}", Ct);
            Tel(antwoord, ruwaardAanvragen.Contains(id), $"aanvraag {id}");
        }

        Assert.True(afwijkingen.Count == 0, string.Join("\n", afwijkingen));
        Assert.NotEmpty(eigenActiviteiten);
        Assert.NotEmpty(ruwaardAanvragen);
        Meetboek.Noteer(Meetboek.Toegang, "Alle id's rond de eigen activiteiten en aanvragen geprobeerd: alleen de eigen gaan open",
            new Dictionary<string, object> { ["id's geprobeerd"] = toegestaan + geweigerd, ["eigen, open"] = toegestaan, ["andermans, 404"] = geweigerd, ["serverfouten"] = 0 });

        void Tel(HttpResponseMessage antwoord, bool eigen, string wat)
        {
            var verwacht = eigen ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            _ = antwoord.StatusCode == HttpStatusCode.OK ? toegestaan++ : geweigerd++;
            if (antwoord.StatusCode != verwacht)
            {
                afwijkingen.Add($"{wat}: verwacht {(int)verwacht}, kreeg {(int)antwoord.StatusCode}");
            }
        }
    }

    /// <summary>Secrets a guesser would try first: one character off at either end, one short, one long, upper case,
    /// and two random ones of the same shape.</summary>
    private static IEnumerable<string> Naast(string echt)
    {
        static char Ander(char c) => c == 'A' ? 'B' : 'A';
        yield return echt[..^1] + Ander(echt[^1]);
        yield return Ander(echt[0]) + echt[1..];
        yield return echt[..^1];
        yield return echt + "A";
        if (!string.Equals(echt.ToUpperInvariant(), echt, StringComparison.Ordinal))
        {
            yield return echt.ToUpperInvariant();
        }

        yield return ToegangsMatrixTests.GeradenGeheim();
        var willekeurig = ToegangsMatrixTests.GeradenGeheim();
        yield return willekeurig[..Math.Min(echt.Length, willekeurig.Length)];
    }

    private static async Task GeenGegevensAsync(HttpResponseMessage antwoord, string naam, string email)
    {
        var html = await antwoord.Content.ReadAsStringAsync(Ct);
        Assert.True(antwoord.StatusCode == HttpStatusCode.NotFound, $"{antwoord.RequestMessage?.RequestUri} gaf {(int)antwoord.StatusCode}.");
        Assert.DoesNotContain(naam, html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("/aanmelding/([A-Za-z0-9_-]+)")]
    private static partial Regex AanmeldLink();
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Zoeken;

/// <summary>The index follows the database: what is saved is found within seconds. Its own fixture, because these
/// tests add activities.</summary>
public sealed class ZoekIndexTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static readonly TimeSpan Maximaal = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Get_ActiviteitNetOpgeslagen_BinnenTienSecondenGevonden()
    {
        using var client = app.MaakClient();
        Assert.Equal(0, ZoekPagina.Aantal(await ZoekPagina.HaalAsync(client, "q=vlierbessen")));

        await VoegActiviteitToeAsync("vlierbessen-plukken", "Vlierbessen plukken in het park",
            "We plukken samen vlierbessen en maken er siroop van.");
        var html = await ZoekPagina.WachtOpAsync(client, "q=vlierbessen", h => ZoekPagina.Aantal(h) > 0, Maximaal);

        Assert.Equal(["Vlierbessen plukken in het park"], ZoekPagina.Titels(html));
        Assert.Equal(["/activiteiten/vlierbessen-plukken"], ZoekPagina.Urls(html));
    }

    [Fact]
    public async Task Get_ActiviteitGewijzigd_VindtNieuweTitel()
    {
        using var client = app.MaakClient();
        await VoegActiviteitToeAsync("ganzenbord-middag", "Ganzenbordmiddag", "Spelletjes voor jong en oud.");
        await ZoekPagina.WachtOpAsync(client, "q=ganzenbordmiddag", h => ZoekPagina.Aantal(h) > 0, Maximaal);

        await app.MetDbAsync(async db =>
        {
            var activiteit = await db.Activiteiten.SingleAsync(a => a.Slug == "ganzenbord-middag");
            activiteit.Titel = "Sjoelmiddag";
            // The test clock stands still; move it on as real time would, so the change gets a newer stamp.
            app.Klok.Nu = app.Klok.Nu.AddMinutes(1);
            return await db.SaveChangesAsync();
        });
        // "spelmiddag" elsewhere is two typos away from "sjoelmiddag", so wait for the title itself.
        var html = await ZoekPagina.WachtOpAsync(client, "q=sjoelmiddag", h => ZoekPagina.Titels(h).Contains("Sjoelmiddag"), Maximaal);

        Assert.Equal("Sjoelmiddag", ZoekPagina.Titels(html).First());
        Assert.DoesNotContain("Ganzenbordmiddag", ZoekPagina.Titels(await ZoekPagina.HaalAsync(client, "q=ganzenbordmiddag")));
    }

    [Fact]
    public async Task Get_HtmlInGeindexeerdeTekst_KomtGecodeerdInHetFragment()
    {
        using var client = app.MaakClient();
        await VoegActiviteitToeAsync("oliebollen-bakken", "Oliebollen bakken",
            "Neem mee: <script>alert('hallo')</script> en <img src=x onerror=alert(1)> een schort voor het oliebollenfeest.");

        var html = await ZoekPagina.WachtOpAsync(client, "q=oliebollenfeest", h => ZoekPagina.Aantal(h) > 0, Maximaal);

        var fragment = Assert.Single(ZoekPagina.Fragmenten(html));
        Assert.Contains("&lt;script&gt;", fragment, StringComparison.Ordinal);
        Assert.Contains("&lt;img", fragment, StringComparison.Ordinal);
        Assert.Contains("<mark>oliebollenfeest</mark>", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A new activity shaped like the seeded Repair Café, with its own key, slug and text.</summary>
    private Task<int> VoegActiviteitToeAsync(string slug, string titel, string samenvatting) =>
        app.MetDbAsync(async db =>
        {
            var voorbeeld = await db.Activiteiten.AsNoTracking().SingleAsync(a => a.Slug == "repair-cafe-ruwaard");
            db.Activiteiten.Add(new Activiteit
            {
                Key = Guid.NewGuid(),
                Slug = slug,
                Titel = titel,
                Samenvatting = samenvatting,
                Omschrijving = "Iedereen is welkom.",
                CategorieId = voorbeeld.CategorieId,
                WijkId = voorbeeld.WijkId,
                LocatieId = voorbeeld.LocatieId,
                OrganisatieId = voorbeeld.OrganisatieId,
                Doelgroep = voorbeeld.Doelgroep,
                StartLokaal = voorbeeld.StartLokaal,
                DuurMinuten = voorbeeld.DuurMinuten,
                Herhaling = voorbeeld.Herhaling,
                KostenInCenten = voorbeeld.KostenInCenten,
                AanmeldenNodig = voorbeeld.AanmeldenNodig,
                Contact = voorbeeld.Contact,
            });
            return await db.SaveChangesAsync();
        });
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>The site with sign-ups for the first coming buurtlunch (Wijkraad Ruwaard) and for koken met kinderen
/// (Wijkstichting Rucrea), among them names a spreadsheet would run as a formula.</summary>
public sealed class OrganisatorApp : WijkApp
{
    public const string Buurtlunch = "buurtlunch-de-haard";
    public const string Koken = "koken-met-kinderen";
    public const string Hyperlink = "=HYPERLINK(\"http://kwaad.example\";\"klik\")";
    public const string Aanhalingstekens = "Piet \"de Buurman\"; Jansen";

    public DateTime LunchStart { get; private set; }
    public DateTime KokenStart { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        LunchStart = await EersteDatumAsync(this, Buurtlunch);
        KokenStart = await EersteDatumAsync(this, Koken);
        var beheerId = await MetDbAsync(db => db.Gebruikers.Where(g => g.Email == "beheer@example.nl").Select(g => g.Id).SingleAsync());

        await MeldAanAsync(this, new(Buurtlunch, LunchStart, "Fatima el Amrani", "fatima@example.nl", null, 2, "Geen vlees, graag"));
        await MeldAanAsync(this, new(Buurtlunch, LunchStart, Hyperlink, null, "06 12 34 56 78", 1, "+31 bel mij even"));
        await MeldAanAsync(this, new(Buurtlunch, LunchStart, Aanhalingstekens, null, "+31 6 2345 6789", 1, "@SUM(A1)", DoorGebruikerId: beheerId));
        var afmelder = await MeldAanAsync(this, new(Buurtlunch, LunchStart, "Gerrit Afmelder", "gerrit@example.nl", null, 1, null));
        await using (var scope = CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MeldAf.Handler>().HandleAsync(afmelder.Sleutel, CancellationToken.None);
        }

        await MeldAanAsync(this, new(Koken, KokenStart, "Kind van Rucrea", "ouder@example.nl", null, 1, null));
    }

    public static async Task<DateTime> EersteDatumAsync(WijkApp app, string slug)
    {
        ArgumentNullException.ThrowIfNull(app);
        var nu = app.Klok.Nu.UtcDateTime;
        return AgendaQueries.Utc(await app.MetDbAsync(db => db.Voorkomens
            .Where(v => v.Activiteit!.Slug == slug && v.StartUtc > nu)
            .OrderBy(v => v.StartUtc).Select(v => v.StartUtc).FirstAsync()));
    }

    public static async Task<MeldAan.Result> MeldAanAsync(WijkApp app, MeldAan.Command command)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<MeldAan.Handler>().HandleAsync(command, CancellationToken.None);
        Assert.True(result.Status is MeldAan.Status.Bevestigd or MeldAan.Status.Wachtlijst, $"Aanmelden gaf {result.Status}.");
        return result;
    }

    /// <summary>A client signed in with a demo account, staff through the code step; its cookie goes with every later request.</summary>
    public static Task<HttpClient> IngelogdAsync(WijkApp app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.IngelogdAsync(email);
    }
}

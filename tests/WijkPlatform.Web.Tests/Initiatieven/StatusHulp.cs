using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>What the status, deadline and cleanup tests share: a submitted request with a known secret, the wijkteam's
/// steps on it, and posting the page's multipart forms the way a browser does.</summary>
public static partial class StatusHulp
{
    public const string Carla = "wijkteam.ruwaard@example.nl";
    public const string Gerda = "coordinator.ruwaard@example.nl";

    /// <summary>The smallest file that passes the content check: a PDF header with an end marker.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public sealed record Aanvraag(int Id, string Sleutel);

    /// <summary>A site of its own for these tests; its attachment folder is a temporary one (<see cref="WijkApp.BijlagenMap"/>).</summary>
    public sealed class App : WijkApp;

    /// <summary>A request sent now (on the fixture's clock) by a resident of the wijk, with one attachment.</summary>
    public static async Task<Aanvraag> IngediendAsync(WijkApp app, string? wijk = "ruwaard", string email = "fatima@example.nl",
        string titel = "Buurtbarbecue Ruwaard", bool publiceren = false, long bedragInCenten = 40_000, string? wat = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (sleutel, hash) = Sleutel.Nieuw();
        var nu = app.Klok.Nu.UtcDateTime;
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
        var wijkId = wijk is null ? (int?)null : await db.Wijken.Where(w => w.Slug == wijk).Select(w => w.Id).SingleAsync();
        var i = new Initiatief
        {
            SleutelHash = hash,
            WijkId = wijkId,
            Stap = 6,
            Naam = "Fatima el Amrani",
            Email = email,
            Telefoon = "06 12345678",
            Postcode = "5343AB",
            Huisnummer = "12",
            Titel = titel,
            Wat = wat ?? "Een barbecue op het grasveld achter de flat, zodat nieuwe en oude buren elkaar leren kennen.",
            VoorWie = "Alle buren",
            Wanneer = "Zaterdag 6 juni",
            Waar = "Grasveld Ruwaard",
            IkWil = "Ik wil dat buren elkaar kennen.",
            IkKan = "Ik kan koken en organiseren met Piet de Vries.",
            IkHebNodig = "Geld voor eten en een tent.",
            WieDoenMee = "Piet de Vries, Annie Jansen",
            VerwachteDeelnemers = 60,
            ToestemmingGegevens = true,
            ToestemmingPubliceren = publiceren,
            AangemaaktUtc = nu,
        };
        i.Begroting.Add(new BegrotingsRegel { Volgorde = 1, Omschrijving = "Eten en drinken", BedragInCenten = bedragInCenten });
        var bijlage = await scope.ServiceProvider.GetRequiredService<BijlagenOpslag>()
            .OntvangAsync(new MemoryStream(Pdf), "begroting.pdf", BijlageSoort.Aanvraag, CancellationToken.None);
        i.Bijlagen.Add(bijlage.Bijlage ?? throw new InvalidOperationException(bijlage.Fout));
        Statusmachine.Zet(i, InitiatiefStatus.Ingediend, Actor.Aanvrager, null, Aanvrager.DoorAanvrager, null, nu, TimeSpan.FromDays(42));
        db.Initiatieven.Add(i);
        await db.SaveChangesAsync();
        return new Aanvraag(i.Id, sleutel);
    }

    /// <summary>Takes a step as a demo staff member through the real back-office service, and asserts it worked.</summary>
    public static async Task StapAsync(WijkApp app, string email, Func<InitiatiefStappen, Medewerker, Task<Core.Collectieven.BeheerUitkomst>> stap)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(stap);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
        var id = await db.Gebruikers.Where(g => g.Email == email).Select(g => g.Id).SingleAsync();
        var wie = await Medewerker.LeesAsync(db, id, isBeheer: false, CancellationToken.None);
        var uitkomst = await stap(scope.ServiceProvider.GetRequiredService<InitiatiefStappen>(), wie!);
        Assert.True(uitkomst.IsGelukt, uitkomst.Melding);
    }

    /// <summary>Granted and paid: ready for the verantwoording.</summary>
    public static async Task UitbetaaldAsync(WijkApp app, Aanvraag a, long bedragInCenten = 40_000)
    {
        ArgumentNullException.ThrowIfNull(a);
        if ((await LeesAsync(app, a.Id)).Status == InitiatiefStatus.Ingediend)
        {
            await StapAsync(app, Carla, (s, m) => s.NeemInBehandelingAsync(m, a.Id, CancellationToken.None));
        }

        await StapAsync(app, Carla, (s, m) => s.BeslisAsync(m, a.Id, Beslissing.Toekennen, bedragInCenten, "Past goed bij de wijk.", CancellationToken.None));
        await StapAsync(app, Carla, (s, m) => s.BetaalAsync(m, a.Id, bedragInCenten, CancellationToken.None));
    }

    public static Task<Initiatief> LeesAsync(WijkApp app, int id) => app.MetDbAsync(db =>
        db.Initiatieven.AsNoTracking().Include(i => i.Bijlagen).Include(i => i.Gebeurtenissen).SingleAsync(i => i.Id == id));

    public static Task<List<Core.Mail.OutboxBericht>> MailsAanAsync(WijkApp app, string email) => app.MetDbAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Aan == email).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Posts a multipart form of the status page: first the GET for the antiforgery token, like a browser.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string pagina, string handler,
        IDictionary<string, string> velden, params (string Veld, string Naam, byte[] Inhoud, string Type)[] bestanden)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(velden);
        var html = await client.GetStringAsync(pagina);
        var token = Token().Match(html);
        Assert.True(token.Success, $"Geen antiforgery-token op {pagina}.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (naam, waarde) in velden)
        {
            form.Add(new StringContent(waarde), naam);
        }

        foreach (var (veld, naam, inhoud, type) in bestanden)
        {
            var deel = new ByteArrayContent(inhoud);
            deel.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(deel, veld, naam);
        }

        return await client.PostAsync($"{pagina}?handler={handler}", form);
    }

    /// <summary>The secret in a mailed status link.</summary>
    public static string? SleutelUit(string tekst) => StatusLink().Match(tekst) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/initiatief/status/([A-Za-z0-9_-]{43})")]
    private static partial Regex StatusLink();
}

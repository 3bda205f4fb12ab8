using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Monitor;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Pages.Beheer.Monitor;
using WijkPlatform.Web.Tests.Beheer;
using WijkPlatform.Web.Tests.Initiatieven;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Who reaches what: every route and every write handler of the site (read from its endpoint list) against
/// every kind of visitor, with route values that point at someone else's things: collective B's activity, an Ussen
/// request, another person's account, a secret nobody gave out. A refusal is the sign-in page (anonymous), "geen
/// toegang" or 403 (signed in but the wrong role) or 404 (the right role, but not your object: the site does not
/// even confirm it exists). Nothing may answer 500.</summary>
public sealed partial class ToegangsMatrixTests(ToegangsMatrixTests.App app) : IClassFixture<ToegangsMatrixTests.App>
{
    /// <summary>The site with a copy of the uSync folder of its own: beheer's "write to the folder" button is one of
    /// the handlers, and it must not write into the source tree.</summary>
    public sealed class App : WijkApp
    {
        public string SyncMap { get; } = Path.Combine(Path.GetTempPath(), $"wijk-usync-{Guid.NewGuid():N}");

        protected override void Instellingen(IWebHostBuilder builder)
        {
            var bron = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(bron.FullName, "WijkPlatform.sln")))
            {
                bron = bron.Parent ?? throw new InvalidOperationException("WijkPlatform.sln niet gevonden.");
            }

            foreach (var bestand in Directory.EnumerateFiles(Path.Combine(bron.FullName, "uSync"), "*", SearchOption.AllDirectories))
            {
                var doel = Path.Combine(SyncMap, Path.GetRelativePath(Path.Combine(bron.FullName, "uSync"), bestand));
                Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
                File.Copy(bestand, doel);
            }

            builder.UseSetting("Site:SyncMap", SyncMap);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(SyncMap))
            {
                Directory.Delete(SyncMap, recursive: true);
            }
        }
    }

    public const string CollectiefA = "wijkraad-ruwaard";
    public const string CollectiefB = "wijkstichting-rucrea";

    /// <summary>The visitors, in the order of the characters in <see cref="Verwacht"/>.</summary>
    public static readonly (string Naam, string? Email)[] Rollen =
    [
        ("anoniem", null),
        ("lid collectief A", "lid.wijkraad@example.nl"),
        ("lid collectief B", "lid.rucrea@example.nl"),
        ("wijkteam Ruwaard", "wijkteam.ruwaard@example.nl"),
        ("wijkteam Ussen", "wijkteam.ussen@example.nl"),
        ("redactie", "redactie@example.nl"),
        ("beheer", "beheer@example.nl"),
    ];

    /// <summary>The whole rule book in one table. One character per visitor, in the order of <see cref="Rollen"/>
    /// (anoniem, lid A, lid B, wijkteam Ruwaard, wijkteam Ussen, redactie, beheer): J = reaches it, n = refused.
    /// The objects behind the route values belong to collective B, to wijk Ussen or to another account, and secrets in
    /// an address are guessed, so they are refused to everyone. A route that is not in this table fails
    /// <see cref="Eindpunten_StaanAllemaalInDeTabel"/>: whoever adds one decides here who may reach it.</summary>
    /// <remarks>"nnnnnnn" on a secret address: the secret is guessed. On a redactie handler (menu item, moderation,
    /// an older version): the handler needs an item the empty form does not name, so the redactie gets 404 and
    /// everyone else "geen toegang"; the role gate is what the row shows.</remarks>
    public static readonly IReadOnlyDictionary<string, string> Verwacht = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET /"] = "JJJJJJJ",
        ["GET /aanmelding/{sleutel}"] = "nnnnnnn",
        ["GET /activiteiten"] = "JJJJJJJ",
        ["GET /activiteiten/print"] = "JJJJJJJ",
        ["GET /activiteiten/{slug}"] = "JJJJJJJ",
        ["GET /activiteiten/{slug}/aangemeld"] = "JJJJJJJ",
        ["GET /activiteiten/{slug}/aanmelden"] = "JJJJJJJ",
        ["GET /activiteiten/{slug}/agenda.ics"] = "JJJJJJJ",
        ["GET /activiteiten/{slug}/melden"] = "JJJJJJJ",
        ["GET /agenda.ics"] = "JJJJJJJ",
        ["GET /agenda.rss"] = "JJJJJJJ",
        ["GET /api/activiteiten"] = "JJJJJJJ",
        ["GET /api/openapi.json"] = "JJJJJJJ",
        ["GET /beheer"] = "nJJJJJJ",
        ["GET /beheer/aanmelden"] = "nJJJJJJ",
        ["GET /beheer/aanmelden/{slug}"] = "nJJJJJJ",
        ["GET /beheer/aanmeldingen"] = "nJJJJJJ",
        ["GET /beheer/aanmeldingen/{slug}"] = "nnJnnnJ",
        ["GET /beheer/aanmeldingen/{slug}?handler=Csv"] = "nnJnnnJ",
        ["GET /beheer/account/tweestaps"] = "nJJJJJJ",
        ["GET /beheer/activiteiten"] = "nJJJJJJ",
        ["GET /beheer/activiteiten/nieuw"] = "nJJnnJJ",
        ["GET /beheer/activiteiten/{id:int}/afzeggen"] = "nnJnnJJ",
        ["GET /beheer/activiteiten/{id:int}/bewerken"] = "nnJnnJJ",
        ["GET /beheer/activiteiten/{id:int}/verwijderen"] = "nnJnnJJ",
        ["GET /beheer/agenda-import"] = "nJJJJJJ",
        ["GET /beheer/agenda-import/{slug}"] = "nnJnnJJ",
        ["GET /beheer/audit"] = "nnnnnnJ",
        ["GET /beheer/audit?handler=Csv"] = "nnnnnnJ",
        ["GET /beheer/gebruikers"] = "nnnnnnJ",
        ["GET /beheer/gebruikers/uitnodigen"] = "nnnnnnJ",
        ["GET /beheer/gebruikers/{id:int}"] = "nnnnnnJ",
        ["GET /beheer/initiatieven"] = "nnnJJnJ",
        ["GET /beheer/initiatieven/{id:int}"] = "nnnnJnJ",
        ["GET /beheer/initiatieven/{id:int}/bijlagen/{bijlageId:int}"] = "nnnnJnJ",
        ["GET /beheer/jobs/{**path}"] = "nnnnnnJ",
        ["GET /beheer/leden"] = "nJJJJJJ",
        ["GET /beheer/menu"] = "nnnnnJJ",
        ["GET /beheer/moderatie"] = "nnnnnJJ",
        ["GET /beheer/monitor"] = "nnnJJnJ",
        ["GET /beheer/monitor/export"] = "nnnnJnJ",
        ["GET /beheer/privacy"] = "nnnnnnJ",
        ["GET /beheer/usync"] = "nnnnnnJ",
        ["GET /beheer/wijkbudget"] = "nnnJJnJ",
        ["GET /beheer/{soort:regex(^(paginas|nieuws)$)}"] = "nnnnnJJ",
        ["GET /beheer/{soort:regex(^(paginas|nieuws)$)}/{id:int}/voorbeeld"] = "nnnnnJJ",
        ["GET /beheer/{soort:regex(^(paginas|nieuws)$)}/{id}"] = "nnnnnJJ",
        ["GET /clientondersteuning"] = "JJJJJJJ",
        ["GET /dagontmoeting"] = "JJJJJJJ",
        ["GET /fout/{code:int?}"] = "JJJJJJJ",
        ["GET /geen-toegang"] = "JJJJJJJ",
        ["GET /health"] = "JJJJJJJ",
        ["GET /initiatief"] = "JJJJJJJ",
        ["GET /initiatief/aanvragen/{sleutel?}/{stap:int?}"] = "nnnnnnn",
        ["GET /initiatief/aanvragen/{sleutel}/bewaard"] = "nnnnnnn",
        ["GET /initiatief/ontvangen/{sleutel}"] = "nnnnnnn",
        ["GET /initiatief/status"] = "JJJJJJJ",
        ["GET /initiatief/status/{sleutel}"] = "nnnnnnn",
        ["GET /initiatief/status/{sleutel}/bijlagen/{id:int}"] = "nnnnnnn",
        ["GET /initiatief/toegekend"] = "JJJJJJJ",
        ["GET /inloggen"] = "JJJJJJJ",
        ["GET /inloggen/code"] = "nnnnnnn",
        ["GET /inloggen/herstelcode"] = "nnnnnnn",
        ["GET /nieuws"] = "JJJJJJJ",
        ["GET /nieuws/{slug}"] = "JJJJJJJ",
        ["GET /nieuwsbrief"] = "JJJJJJJ",
        ["GET /nieuwsbrief/afmelden/{code}"] = "nnnnnnn",
        ["GET /nieuwsbrief/bevestigen/{code}"] = "nnnnnnn",
        ["GET /nieuwsbrief/kijk-in-je-mail"] = "JJJJJJJ",
        ["GET /organisaties"] = "JJJJJJJ",
        ["GET /organisaties/{slug}"] = "JJJJJJJ",
        ["GET /uitloggen"] = "nJJJJJJ",
        ["GET /uitnodiging"] = "JJJJJJJ",
        ["GET /wachtwoord-herstellen"] = "JJJJJJJ",
        ["GET /wachtwoord-vergeten"] = "JJJJJJJ",
        ["GET /wijkteam"] = "JJJJJJJ",
        ["GET /zoeken"] = "JJJJJJJ",
        ["GET /{slug}"] = "JJJJJJJ",
        ["POST /aanmelding/{sleutel}?handler=Afmelden"] = "nnnnnnn",
        ["POST /activiteiten/{slug}/aanmelden"] = "JJJJJJJ",
        ["POST /activiteiten/{slug}/melden"] = "JJJJJJJ",
        ["POST /beheer/aanmelden/{slug}"] = "nJJJJJJ",
        ["POST /beheer/aanmeldingen/{slug}?handler=Aanwezig"] = "nnJnnnJ",
        ["POST /beheer/aanmeldingen/{slug}?handler=Bericht"] = "nnJnnnJ",
        ["POST /beheer/account/tweestaps?handler=Bevestig"] = "nJJnnnn",
        ["POST /beheer/account/tweestaps?handler=Herstelcodes"] = "nnnJJJJ",
        ["POST /beheer/account/tweestaps?handler=Uitzetten"] = "nJJnnnn",
        ["POST /beheer/activiteiten/nieuw"] = "nJJnnJJ",
        ["POST /beheer/activiteiten/{id:int}/afzeggen"] = "nnJnnJJ",
        ["POST /beheer/activiteiten/{id:int}/bewerken"] = "nnJnnJJ",
        ["POST /beheer/activiteiten/{id:int}/verwijderen"] = "nnJnnJJ",
        ["POST /beheer/activiteiten?handler=Kopieer"] = "nnJnnJJ",
        ["POST /beheer/agenda-import/{slug}"] = "nnJnnJJ",
        ["POST /beheer/agenda-import/{slug}?handler=Importeren"] = "nnJnnJJ",
        ["POST /beheer/audit"] = "nnnnnnn",
        ["POST /beheer/gebruikers/uitnodigen"] = "nnnnnnJ",
        ["POST /beheer/gebruikers/{id:int}?handler=Inschakelen"] = "nnnnnnJ",
        ["POST /beheer/gebruikers/{id:int}?handler=Opnieuw"] = "nnnnnnJ",
        ["POST /beheer/gebruikers/{id:int}?handler=Opslaan"] = "nnnnnnJ",
        ["POST /beheer/gebruikers/{id:int}?handler=Uitschakelen"] = "nnnnnnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Afsluiten"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Besluit"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Doorsturen"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Goedkeuren"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=NeemInBehandeling"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Notitie"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Terugsturen"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Uitbetalen"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=VerantwoordingTerug"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=Vraag"] = "nnnnJnJ",
        ["POST /beheer/initiatieven/{id:int}?handler=WijsToe"] = "nnnnJnJ",
        ["POST /beheer/jobs/{**path}"] = "nnnnnnJ",
        ["POST /beheer/leden?handler=Uitnodigen"] = "nnJnnnJ",
        ["POST /beheer/leden?handler=Verwijderen"] = "nnJnnnJ",
        ["POST /beheer/menu?handler=Omhoog"] = "nnnnnnn",
        ["POST /beheer/menu?handler=Omlaag"] = "nnnnnnn",
        ["POST /beheer/menu?handler=Toevoegen"] = "nnnnnJJ",
        ["POST /beheer/menu?handler=Verwijderen"] = "nnnnnnn",
        ["POST /beheer/menu?handler=Wijzigen"] = "nnnnnnn",
        ["POST /beheer/moderatie?handler=Bericht"] = "nnnnnJJ",
        ["POST /beheer/moderatie?handler=Goedkeuren"] = "nnnnnnn",
        ["POST /beheer/moderatie?handler=Melding"] = "nnnnnnn",
        ["POST /beheer/moderatie?handler=Verbergen"] = "nnnnnJJ",
        ["POST /beheer/privacy?handler=Bevestig"] = "nnnnnnJ",
        ["POST /beheer/privacy?handler=Export"] = "nnnnnnJ",
        ["POST /beheer/privacy?handler=Wis"] = "nnnnnnJ",
        ["POST /beheer/privacy?handler=Zoek"] = "nnnnnnJ",
        ["POST /beheer/usync?handler=Map"] = "nnnnnnJ",
        ["POST /beheer/usync?handler=Zip"] = "nnnnnnJ",
        ["POST /beheer/{soort:regex(^(paginas|nieuws)$)}/{id}"] = "nnnnnJJ",
        ["POST /beheer/{soort:regex(^(paginas|nieuws)$)}/{id}?handler=Terugzetten"] = "nnnnnnn",
        ["POST /initiatief/aanvragen/{sleutel?}/{stap:int?}"] = "nnnnnnn",
        ["POST /initiatief/aanvragen/{sleutel?}/{stap:int?}?handler=Bijlage"] = "nnnnnnn",
        ["POST /initiatief/aanvragen/{sleutel?}/{stap:int?}?handler=Regel"] = "nnnnnnn",
        ["POST /initiatief/aanvragen/{sleutel?}/{stap:int?}?handler=Verstuur"] = "nnnnnnn",
        ["POST /initiatief/aanvragen/{sleutel?}/{stap:int?}?handler=Verwijder"] = "nnnnnnn",
        ["POST /initiatief/status"] = "JJJJJJJ",
        ["POST /initiatief/status/{sleutel}?handler=Aanvulling"] = "nnnnnnn",
        ["POST /initiatief/status/{sleutel}?handler=Antwoord"] = "nnnnnnn",
        ["POST /initiatief/status/{sleutel}?handler=Intrekken"] = "nnnnnnn",
        ["POST /initiatief/status/{sleutel}?handler=Verantwoording"] = "nnnnnnn",
        ["POST /inloggen"] = "JJJJJJJ",
        ["POST /inloggen/code"] = "nnnnnnn",
        ["POST /inloggen/herstelcode"] = "nnnnnnn",
        ["POST /nieuwsbrief"] = "JJJJJJJ",
        ["POST /nieuwsbrief/afmelden/{code}"] = "nnnnnnn",
        ["POST /nieuwsbrief/bevestigen/{code}"] = "nnnnnnn",
        ["POST /uitloggen"] = "nJJJJJJ",
        ["POST /uitnodiging"] = "JJJJJJJ",
        ["POST /wachtwoord-herstellen"] = "JJJJJJJ",
        ["POST /wachtwoord-vergeten"] = "JJJJJJJ",
    };

    public static TheoryData<int> RolNummers() => [.. Enumerable.Range(0, Rollen.Length)];

    [Fact]
    public async Task Eindpunten_StaanAllemaalInDeTabel()
    {
        var eindpunten = await Eindpunten.AllemaalAsync(app.Services);
        var sleutels = eindpunten.Select(e => e.Sleutel).ToHashSet(StringComparer.Ordinal);

        var zonderRegel = sleutels.Where(s => !Verwacht.ContainsKey(s)).ToList();
        var verouderd = Verwacht.Keys.Where(s => !sleutels.Contains(s)).ToList();

        Assert.True(zonderRegel.Count == 0, "Geen regel in ToegangsMatrixTests.Verwacht voor:\n" + string.Join("\n", zonderRegel));
        Assert.True(verouderd.Count == 0, "Regel zonder route in ToegangsMatrixTests.Verwacht:\n" + string.Join("\n", verouderd));
        Assert.All(Verwacht, r => Assert.Matches("^[Jn]{7}$", r.Value));
        Assert.Contains("GET /beheer/gebruikers/{id:int}", sleutels);
        Assert.Contains("POST /beheer/initiatieven/{id:int}?handler=WijsToe", sleutels);
    }

    [Theory]
    [MemberData(nameof(RolNummers))]
    public async Task ElkEindpunt_ElkeRol_AlsInDeTabel(int rol)
    {
        var (naam, email) = Rollen[rol];
        var eindpunten = (await Eindpunten.AllemaalAsync(app.Services)).Where(e => Verwacht.ContainsKey(e.Sleutel)).ToList();
        using var client = email is null ? app.MaakClient() : await app.IngelogdAsync(email);
        var token = await TokenAsync(client, email is null ? "/inloggen" : "/beheer");
        var gedeeld = new Doelen(app);
        var afwijkingen = new List<string>();
        int toegestaan = 0, geweigerd = 0, serverfouten = 0;

        foreach (var eindpunt in eindpunten)
        {
            var mag = Verwacht[eindpunt.Sleutel][rol] == 'J';
            // A post that is let through really changes things (deletes an activity, closes a request), so each gets
            // objects of its own; a refused one must change nothing, which the shared objects show at the end.
            var doelen = mag && eindpunt.Methode != "GET" ? new Doelen(app) : gedeeld;
            var (url, velden) = await doelen.VerzoekAsync(eindpunt);
            using var eigen = eindpunt.Route == "/uitloggen" && email is not null ? await app.IngelogdAsync(email) : null;
            var wie = eigen ?? client;
            using var response = eindpunt.Methode == "GET"
                ? await wie.GetAsync(url, TestContext.Current.CancellationToken)
                : await PostAsync(wie, url, eigen is null ? token : await TokenAsync(eigen, "/beheer"), velden);

            if ((int)response.StatusCode >= 500)
            {
                serverfouten++;
                afwijkingen.Add($"{eindpunt.Sleutel} ({url}): {(int)response.StatusCode}");
                continue;
            }

            var kreeg = Eindpunten.Toegestaan(response) ? 'J' : Eindpunten.Geweigerd(response) ? 'n' : '?';
            _ = kreeg == 'J' ? toegestaan++ : geweigerd++;
            if (kreeg != (mag ? 'J' : 'n'))
            {
                afwijkingen.Add($"{eindpunt.Sleutel} ({url}): verwacht {(mag ? "toegang" : "weigering")}, kreeg {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(afwijkingen.Count == 0, $"Als {naam}:\n" + string.Join("\n", afwijkingen));
        await gedeeld.OngewijzigdAsync();
        Meetboek.Noteer(Meetboek.Toegang, $"Elke route en elke schrijfactie als {naam}, met andermans id's",
            new Dictionary<string, object>
            {
                ["routes en acties"] = eindpunten.Count,
                ["toegestaan"] = toegestaan,
                ["geweigerd"] = geweigerd,
                ["serverfouten"] = serverfouten,
            });
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, IDictionary<string, string>? velden = null)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>(velden ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(url, form, TestContext.Current.CancellationToken);
    }

    internal static async Task<string> TokenAsync(HttpClient client, string pagina)
    {
        var html = await client.GetStringAsync(pagina, TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(html);
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : throw new InvalidOperationException($"Geen antiforgery-token op {pagina}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>A secret of the length and alphabet the site hands out, that nobody was given.</summary>
    internal static string GeradenGeheim() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Someone else's things, made on first use: an activity of collective B with dates, a request in Ussen
    /// with an attachment, a collective member's account.</summary>
    internal sealed class Doelen(WijkApp app)
    {
        private (int Id, string Slug, string Titel, DateTime Start)? activiteit;
        private (int Id, int BijlageId, string Status)? aanvraag;
        private int? account;
        private (int Id, string Slug)? pagina;
        private string? nieuws;

        /// <summary>The address with its route values, plus what a handler needs besides them to get past "not
        /// found" for the one who may use it: the date of a sign-up list, the activity to copy, the collective.</summary>
        public async Task<(string Url, Dictionary<string, string> Velden)> VerzoekAsync(Eindpunt eindpunt)
        {
            ArgumentNullException.ThrowIfNull(eindpunt);
            var route = eindpunt.Route;
            var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match parameter in RouteParameter().Matches(route))
            {
                waarden[parameter.Groups[1].Value] = await WaardeAsync(route, parameter.Groups[1].Value);
            }

            var query = new List<string>();
            if (eindpunt.Handler is not null)
            {
                query.Add($"handler={eindpunt.Handler}");
            }

            var velden = new Dictionary<string, string>(StringComparer.Ordinal);
            switch (eindpunt.Route)
            {
                case "/beheer/aanmeldingen/{slug}":
                    query.Add($"start={Uri.EscapeDataString(Tijd.Iso((await ActiviteitAsync()).Start))}");
                    break;
                case "/beheer/monitor/export":
                    query.Add(new Uri(new Uri("http://localhost"), MonitorLinks.Naar(MonitorFiguren.Alles, "csv", "ussen",
                        new MonitorPeriode(new Maand(2025, 12), new Maand(2026, 11)))).Query.TrimStart('?'));
                    break;
                case "/beheer/activiteiten" when eindpunt.Handler == "Kopieer":
                    query.Add($"id={Getal((await ActiviteitAsync()).Id)}");
                    break;
                case "/beheer/leden":
                    var b = await app.MetDbAsync(db => db.Organisaties.Where(o => o.Slug == CollectiefB).Select(o => o.Id).SingleAsync());
                    velden["Input.OrganisatieId"] = Getal(b);
                    velden["organisatieId"] = Getal(b);
                    velden["gebruikerId"] = Getal(await AccountAsync());
                    velden["Input.Naam"] = "Nieuw Lid";
                    velden["Input.Email"] = $"matrix-lid-{Guid.NewGuid():N}@example.nl";
                    break;
            }

            var url = Eindpunten.Vul(route, p => waarden.GetValueOrDefault(p));
            return (query.Count == 0 ? url : $"{url}?{string.Join('&', query)}", velden);
        }

        private async Task<string> WaardeAsync(string route, string parameter) => parameter switch
        {
            "sleutel" or "code" when !route.StartsWith("/fout", StringComparison.Ordinal) => GeradenGeheim(),
            "code" => "404",
            "stap" => "1",
            "soort" => "paginas",
            "path" => "",
            "bijlageId" => Getal((await AanvraagAsync()).BijlageId),
            "id" when route.StartsWith("/beheer/activiteiten", StringComparison.Ordinal) => Getal((await ActiviteitAsync()).Id),
            "id" when route.StartsWith("/beheer/gebruikers", StringComparison.Ordinal) => Getal(await AccountAsync()),
            "id" when route.StartsWith("/beheer/initiatieven", StringComparison.Ordinal) => Getal((await AanvraagAsync()).Id),
            "id" when route.StartsWith("/initiatief/status", StringComparison.Ordinal) => Getal((await AanvraagAsync()).BijlageId),
            "id" when route.StartsWith("/beheer/{soort", StringComparison.Ordinal) => Getal((await PaginaAsync()).Id),
            "slug" when route.StartsWith("/beheer/agenda-import", StringComparison.Ordinal) || route.StartsWith("/organisaties", StringComparison.Ordinal) => CollectiefB,
            "slug" when route.StartsWith("/nieuws", StringComparison.Ordinal) => await NieuwsAsync(),
            "slug" when route == "/{slug}" => (await PaginaAsync()).Slug,
            "slug" => (await ActiviteitAsync()).Slug,
            _ => throw new InvalidOperationException($"Geen waarde voor {{{parameter}}} in {route}: vul Doelen.WaardeAsync aan."),
        };

        private static string Getal(int waarde) => waarde.ToString(CultureInfo.InvariantCulture);

        /// <summary>A copy of B's weekly "koken met kinderen" (sign-up needed), planned, so every activity page has dates.</summary>
        public async Task<(int Id, string Slug, string Titel, DateTime Start)> ActiviteitAsync()
        {
            if (activiteit is { } klaar)
            {
                return klaar;
            }

            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.WijkDbContext>();
            var bron = await db.Activiteiten.AsNoTracking().SingleAsync(a => a.Slug == "koken-met-kinderen", TestContext.Current.CancellationToken);
            var id = Guid.NewGuid().ToString("N")[..10];
            bron.Id = 0;
            bron.Key = Guid.NewGuid();
            bron.Slug = $"matrix-{id}";
            bron.Titel = $"Matrix {id}";
            bron.ImportUid = null;
            bron.Openingstijden = [];
            bron.Uitzonderingen = [];
            db.Activiteiten.Add(bron);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<VoorkomenPlanner>().PlanOpnieuwAsync(bron.Id, TestContext.Current.CancellationToken);
            var nu = app.Klok.Nu.UtcDateTime;
            var start = await db.Voorkomens.Where(v => v.ActiviteitId == bron.Id && v.StartUtc > nu).OrderBy(v => v.StartUtc)
                .Select(v => v.StartUtc).FirstAsync(TestContext.Current.CancellationToken);
            activiteit = (bron.Id, bron.Slug, bron.Titel, AgendaQueries.Utc(start));
            return activiteit.Value;
        }

        public async Task<(int Id, int BijlageId, string Status)> AanvraagAsync()
        {
            if (aanvraag is { } klaar)
            {
                return klaar;
            }

            var nieuw = await StatusHulp.IngediendAsync(app, "ussen", $"matrix-{Guid.NewGuid():N}@example.nl", "Speeltuin Ussen");
            var (bijlage, status) = await app.MetDbAsync(async db => (
                await db.InitiatiefBijlagen.Where(b => b.InitiatiefId == nieuw.Id).Select(b => b.Id).SingleAsync(),
                (await db.Initiatieven.SingleAsync(i => i.Id == nieuw.Id)).Status.ToString()));
            aanvraag = (nieuw.Id, bijlage, status);
            return aanvraag.Value;
        }

        public async Task<int> AccountAsync() =>
            account ??= (await AccountHulp.MaakAccountAsync(app, Core.Beheer.Rollen.Collectief, CollectiefB)).Id;

        public async Task<(int Id, string Slug)> PaginaAsync() => pagina ??= await app.MetDbAsync(db => db.Paginas.AsNoTracking()
            .Where(p => p.Soort == PaginaSoort.Pagina && p.Status == PaginaStatus.Gepubliceerd).OrderBy(p => p.Id)
            .Select(p => new ValueTuple<int, string>(p.Id, p.Slug)).FirstAsync());

        public async Task<string> NieuwsAsync() => nieuws ??= await app.MetDbAsync(db => db.Paginas.AsNoTracking()
            .Where(p => p.Soort == PaginaSoort.Nieuws && p.Status == PaginaStatus.Gepubliceerd).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());

        /// <summary>The refused posts changed nothing: B's activity, the Ussen request and the account are as made.</summary>
        public async Task OngewijzigdAsync()
        {
            if (activiteit is { } a)
            {
                var nu = await app.MetDbAsync(db => db.Activiteiten.AsNoTracking().Where(x => x.Id == a.Id)
                    .Select(x => new { x.Titel, x.Status, x.AfgelastUtc }).SingleOrDefaultAsync());
                Assert.NotNull(nu);
                Assert.Equal(a.Titel, nu.Titel);
                Assert.Equal(ActiviteitStatus.Gepubliceerd, nu.Status);
                Assert.Null(nu.AfgelastUtc);
            }

            if (aanvraag is { } i)
            {
                Assert.Equal(i.Status, await app.MetDbAsync(async db => (await db.Initiatieven.SingleAsync(x => x.Id == i.Id)).Status.ToString()));
            }

            if (account is { } g)
            {
                Assert.Null(await app.MetDbAsync(db => db.Gebruikers.Where(x => x.Id == g).Select(x => x.UitgeschakeldUtc).SingleAsync()));
            }
        }
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)")]
    private static partial Regex RouteParameter();
}

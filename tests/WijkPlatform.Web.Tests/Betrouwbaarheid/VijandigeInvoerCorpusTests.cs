using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Tests.Gedeeld;
using WijkPlatform.Web.Tests.Aanmelden;
using WijkPlatform.Web.Tests.Initiatieven;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>The hostile-input corpus against every public form and API the site has: each field, query parameter
/// and route value gets a spread of it. Whatever comes in, the answer is never a server error, never markup from the
/// request shown as markup, and where a person would read a message it is a Dutch one.</summary>
public sealed partial class VijandigeInvoerCorpusTests(VijandigeInvoerCorpusTests.App app) : IClassFixture<VijandigeInvoerCorpusTests.App>
{
    /// <summary>A site of its own, with every per-address limit out of the way so the corpus reaches the forms
    /// instead of the limiter (the limits have their own tests).</summary>
    public sealed class App : WijkApp
    {
        protected override void Instellingen(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseSetting("Initiatief:PostsPerAdresPerUur", "1000000");
            builder.UseSetting("Nieuwsbrief:PostsPerAdresPerUur", "1000000");
        }
    }

    private const string Koken = "koken-met-kinderen";

    /// <summary>Requests at once: enough to keep the in-process server busy on a small machine.</summary>
    private const int Tegelijk = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Where a hostile value goes: a route value, a query parameter, a form field or a file name.</summary>
    private sealed record Doel(PubliekeAdressen.Ingang Ingang, string Plek, string Veld)
    {
        public override string ToString() => $"{Ingang.Naam} [{Plek} {Veld}]";
    }

    private sealed record Uitkomst(Doel Doel, VijandigCorpus.Invoer Invoer, int Status, string? Probleem);

    [Fact]
    public async Task PubliekeAdressen_GevondenUitDeSite_BevattenDeBekendeFormulieren()
    {
        var ingangen = await PubliekeAdressen.VindAsync(app.Services);
        var namen = ingangen.Select(i => i.Naam).ToList();

        // The list comes from the site; these are here so a broken discovery cannot pass with an empty list.
        foreach (var verwacht in new[]
                 {
                     "POST /activiteiten/{slug}/aanmelden", "POST /activiteiten/{slug}/melden", "POST /initiatief/aanvragen/{sleutel?}/{stap:int?}",
                     "POST /initiatief/status", "POST /Nieuwsbrief", "GET /zoeken", "POST /wachtwoord-vergeten", "POST /inloggen", "GET /api/activiteiten",
                     "GET /agenda.ics", "GET /agenda.rss", "GET /aanmelding/{sleutel}", "POST /aanmelding/{sleutel}?handler=Afmelden",
                 })
        {
            Assert.Contains(verwacht, namen);
        }

        Assert.DoesNotContain(namen, n => n.Contains("/beheer", StringComparison.OrdinalIgnoreCase) && !n.Contains("inloggen", StringComparison.Ordinal));
        Assert.Contains(ingangen, i => i.Naam == "POST /activiteiten/{slug}/aanmelden" && i.FormVelden.Contains("Input.Naam"));
        Assert.Contains(ingangen, i => i.Naam == "GET /zoeken" && i.QueryVelden.Contains("q"));
        Assert.Contains(ingangen, i => i.Naam == "GET /api/activiteiten" && i.QueryVelden.Contains("wijk") && i.QueryVelden.Contains("perPagina"));
    }

    [Fact]
    public async Task Corpus_NaarElkPubliekFormulierEnApi_GeenServerfout_GeenMarkup_NederlandseMeldingen()
    {
        var corpus = VijandigCorpus.Alle;
        Assert.True(corpus.Count >= 1_000, $"Het corpus heeft {corpus.Count} invoeren.");
        var ingangen = await PubliekeAdressen.VindAsync(app.Services);
        var doelen = Doelen(ingangen);
        var goed = await GoedeWaardenAsync();

        // A spread instead of the full cross product: every input goes to one place, in turn, so each place gets a
        // slice of every kind (null bytes, overrides and overlong text included); every place also gets a script tag.
        var werk = new HashSet<(int Doel, int Invoer)>();
        for (var i = 0; i < corpus.Count; i++)
        {
            werk.Add((i % doelen.Count, i));
        }

        var script = corpus.Single(c => c.Mutatie == "zo" && c.Waarde.StartsWith("<script>", StringComparison.Ordinal)).Nummer;
        for (var d = 0; d < doelen.Count; d++)
        {
            werk.Add((d, script));
        }

        var uitkomsten = new ConcurrentBag<Uitkomst>();
        var klok = Stopwatch.StartNew();
        var clients = new ConcurrentBag<(HttpClient Client, string Token)>();
        await Parallel.ForEachAsync(werk.OrderBy(w => w.Invoer).ThenBy(w => w.Doel),
            new ParallelOptions { MaxDegreeOfParallelism = Tegelijk, CancellationToken = Ct }, async (w, ct) =>
            {
                if (!clients.TryTake(out var c))
                {
                    var nieuw = app.MaakClient();
                    c = (nieuw, await TokenAsync(nieuw));
                }

                try
                {
                    uitkomsten.Add(await StuurAsync(c.Client, c.Token, doelen[w.Doel], corpus[w.Invoer], goed));
                }
                finally
                {
                    clients.Add(c);
                }
            });
        klok.Stop();
        foreach (var (client, _) in clients)
        {
            client.Dispose();
        }

        var problemen = uitkomsten.Where(u => u.Probleem is not null).ToList();
        Assert.True(problemen.Count == 0, $"{problemen.Count} van {uitkomsten.Count} antwoorden fout, bijvoorbeeld:\n" + string.Join("\n",
            problemen.GroupBy(p => (p.Doel.Ingang.Naam, p.Probleem![..Math.Min(25, p.Probleem!.Length)])).Take(25)
                .Select(g => $"{g.First().Doel} invoer {g.First().Invoer.Nummer} ({g.First().Invoer.Soort}, {g.First().Invoer.Mutatie}): {g.First().Status} {g.First().Probleem} (x{g.Count()})"))
            + "\n" + string.Join("\n", app.Logboek.Fouten.Take(3)));

        var perKlasse = uitkomsten.GroupBy(u => u.Status / 100).ToDictionary(g => g.Key, g => g.Count());
        Meetboek.Noteer(Meetboek.VijandigeInvoer, "Vijandige invoer naar elk publiek formulier en elke API: geen serverfout",
            new Dictionary<string, object>
            {
                ["invoeren"] = corpus.Count,
                ["adressen"] = ingangen.Count,
                ["velden en parameters"] = doelen.Count,
                ["verzoeken"] = uitkomsten.Count,
                ["2xx"] = perKlasse.GetValueOrDefault(2),
                ["3xx"] = perKlasse.GetValueOrDefault(3),
                ["4xx"] = perKlasse.GetValueOrDefault(4),
                ["serverfouten"] = perKlasse.Where(k => k.Key >= 5).Sum(k => k.Value),
                ["duur (s)"] = Math.Round(klok.Elapsed.TotalSeconds, 1),
            });
    }

    [Theory]
    [InlineData("Reden", "Klopt niet\0<script>wijkXss(1)</script>")]
    [InlineData("Reden", "\u202Eredoov")]
    [InlineData("Email", "a\0b@example.nl")]
    public async Task Melden_OnleesbareTekens_MeldingBijVeld_NietsOpgeslagen(string veld, string waarde)
    {
        using var client = app.MaakClient();
        var email = $"melding-{Guid.NewGuid():N}@example.nl";
        var velden = new Dictionary<string, string> { ["Reden"] = "Dit klopt niet.", ["Email"] = email, ["Website"] = "" };
        velden[veld] = waarde;

        // Multipart, as the form reader lets a null byte through there.
        var response = await WijkApp.PostMultipartAsync(client, $"/activiteiten/{Koken}/melden", velden);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"fout-{veld.ToLowerInvariant()}\"[^>]*>[^<]*[a-z]{{3,}}", html);
        var opgeslagen = await app.MetDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Meldingen.Where(m => m.Email == email || m.Reden.Contains("redoov")), Ct));
        Assert.Empty(opgeslagen);
    }

    /// <summary>Bodies a form never sends: the wrong content type, far too big, too many fields, broken multipart.</summary>
    private static readonly string[] RuweSoorten =
    [
        "json", "xml", "tekst", "geen-type", "multipart-zonder-grens", "multipart-afgekapt", "multipart-verkeerde-grens",
        "waarde-5mb", "sleutel-lang", "velden-5000", "body-20mb",
    ];

    [Fact]
    public async Task RuweBody_NaarElkPubliekFormulier_GeenServerfout()
    {
        var posts = (await PubliekeAdressen.VindAsync(app.Services)).Where(i => i.Methode == "POST").ToList();
        var goed = await GoedeWaardenAsync();
        using var client = app.MaakClient();
        var token = await TokenAsync(client);
        var uitkomsten = new List<(string Wat, int Status)>();
        foreach (var ingang in posts)
        {
            var route = ingang.RouteWaarden.ToDictionary(r => r, r => goed.GetValueOrDefault("route:" + r, "onbekend"), StringComparer.OrdinalIgnoreCase);
            var adres = Adres(ingang.Sjabloon, route) + (ingang.Handler is null ? "" : "?handler=" + ingang.Handler);
            foreach (var soort in RuweSoorten)
            {
                using var response = await client.PostAsync(adres, RuweBody(soort, token, (ingang.FormVelden.Count > 0 ? ingang.FormVelden[0] : "Veld")), Ct);
                uitkomsten.Add(($"{ingang.Naam} {soort}", (int)response.StatusCode));
            }
        }

        var fout = uitkomsten.Where(u => u.Status >= 500).ToList();
        Assert.True(fout.Count == 0, string.Join("\n", fout.Select(f => $"{f.Wat}: {f.Status}")) + "\n" + string.Join("\n", app.Logboek.Fouten.TakeLast(2)));
        Meetboek.Noteer(Meetboek.VijandigeInvoer, "Verkeerde content-types, te grote bodies en kapotte multipart: geen serverfout",
            new Dictionary<string, object>
            {
                ["formulieren"] = posts.Count,
                ["soorten body"] = RuweSoorten.Length,
                ["verzoeken"] = uitkomsten.Count,
                ["2xx"] = uitkomsten.Count(u => u.Status / 100 == 2),
                ["3xx"] = uitkomsten.Count(u => u.Status / 100 == 3),
                ["4xx"] = uitkomsten.Count(u => u.Status / 100 == 4),
                ["serverfouten"] = 0,
            });
    }

    private static HttpContent RuweBody(string soort, string token, string veld)
    {
        const string grens = "----wijkgrens";
        var begin = $"--{grens}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
            $"--{grens}\r\nContent-Disposition: form-data; name=\"{veld}\"\r\n\r\nwaarde";
        var formulier = "__RequestVerificationToken=" + WebUtility.UrlEncode(token) + "&";
        HttpContent inhoud = soort switch
        {
            "json" => new StringContent($"{{\"__RequestVerificationToken\":\"{token}\",\"{veld}\":\"x\"}}", Encoding.UTF8, "application/json"),
            "xml" => new StringContent($"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", Encoding.UTF8, "application/xml"),
            "tekst" => new StringContent(formulier + veld + "=x", Encoding.UTF8, "text/plain"),
            "geen-type" => new ByteArrayContent(Encoding.UTF8.GetBytes(formulier + veld + "=x")),
            "multipart-zonder-grens" or "multipart-afgekapt" => new ByteArrayContent(Encoding.UTF8.GetBytes(begin)),
            "multipart-verkeerde-grens" => new ByteArrayContent(Encoding.UTF8.GetBytes(begin + "\r\n--anders--\r\n")),
            "waarde-5mb" => new StringContent(formulier + veld + "=" + new string('x', 5 * 1024 * 1024), Encoding.UTF8, "application/x-www-form-urlencoded"),
            "sleutel-lang" => new StringContent(formulier + new string('k', 5_000) + "=x", Encoding.UTF8, "application/x-www-form-urlencoded"),
            "velden-5000" => new StringContent(formulier + string.Join('&', Enumerable.Range(0, 5_000).Select(i => $"v{i}=x")), Encoding.UTF8,
                "application/x-www-form-urlencoded"),
            _ => new ByteArrayContent(new byte[20 * 1024 * 1024]),
        };
        if (soort is "multipart-zonder-grens")
        {
            inhoud.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        }
        else if (soort is "multipart-afgekapt" or "multipart-verkeerde-grens")
        {
            inhoud.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={grens}");
        }
        else if (soort is "body-20mb")
        {
            inhoud.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        }

        return inhoud;
    }

    /// <summary>Every place of every public way in where a value can go.</summary>
    private static List<Doel> Doelen(IReadOnlyList<PubliekeAdressen.Ingang> ingangen)
    {
        var doelen = new List<Doel>();
        foreach (var ingang in ingangen.OrderBy(i => i.Naam, StringComparer.Ordinal))
        {
            doelen.AddRange(ingang.RouteWaarden.Select(r => new Doel(ingang, "route", r)));
            doelen.AddRange(ingang.QueryVelden.Select(q => new Doel(ingang, "query", q)));
            doelen.AddRange(ingang.FormVelden.Select(f => new Doel(ingang, "form", f)));
            doelen.AddRange(ingang.FormVelden.Take(1).Select(f => new Doel(ingang, "multipart", f)));
            doelen.AddRange(ingang.Bestanden.Select(b => new Doel(ingang, "bestandsnaam", b)));
        }

        return doelen;
    }

    /// <summary>Values that pass, so a hostile value in one field is not stopped by an empty field next to it.</summary>
    private async Task<Dictionary<string, string>> GoedeWaardenAsync()
    {
        var start = await AanmeldHulp.DatumAsync(app, Koken, 3);
        using var client = app.MaakClient();
        var stap1 = await AanvraagHulp.StapAsync(client, null, 1, AanvraagHulp.Contact($"corpus-{Guid.NewGuid():N}@example.nl"));
        var sleutel = stap1.Headers.Location?.OriginalString.Split('/')[3] ?? "onbekend";
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["route:slug"] = Koken,
            ["route:sleutel"] = sleutel,
            ["route:stap"] = "2",
            ["route:code"] = "onbekend",
            ["route:id"] = "1",
            ["Input.Start"] = Tijd.Iso(start),
            ["Input.Naam"] = "Kees de Vries",
            ["Input.Personen"] = "1",
            ["Input.Akkoord"] = "true",
            ["Input.Telefoon"] = "06 12345678",
            ["Input.Postcode"] = "5344 VA",
            ["Input.Huisnummer"] = "12",
            ["Input.Titel"] = "Kookclub voor buren",
            ["Input.Wat"] = "Samen koken.",
            ["Input.Wachtwoord"] = "geen-echt-wachtwoord",
            ["Reden"] = "Dit lijkt me niet juist.",
            ["q"] = "koken",
        };
    }

    private static async Task<Uitkomst> StuurAsync(HttpClient client, string token, Doel doel, VijandigCorpus.Invoer invoer,
        Dictionary<string, string> goed)
    {
        var ingang = doel.Ingang;
        var route = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in ingang.RouteWaarden)
        {
            route[r] = doel.Plek == "route" && doel.Veld == r ? invoer.Waarde : goed.GetValueOrDefault("route:" + r, "onbekend");
        }

        var adres = Adres(ingang.Sjabloon, route);
        var query = new List<(string, string)>();
        if (ingang.Handler is not null)
        {
            query.Add(("handler", ingang.Handler));
        }

        foreach (var q in ingang.QueryVelden)
        {
            if (doel.Plek == "query" && doel.Veld == q)
            {
                query.Add((q, invoer.Waarde));
            }
            else if (goed.TryGetValue(q, out var waarde))
            {
                query.Add((q, waarde));
            }
        }

        if (query.Count > 0)
        {
            adres += "?" + string.Join('&', query.Select(q => WebUtility.UrlEncode(q.Item1) + "=" + WebUtility.UrlEncode(q.Item2)));
        }

        using var verzoek = new HttpRequestMessage(new HttpMethod(ingang.Methode), adres);
        if (ingang.Methode != "GET")
        {
            var velden = new List<(string Naam, string Waarde)> { ("__RequestVerificationToken", token) };
            foreach (var f in ingang.FormVelden)
            {
                if (doel.Veld == f && doel.Plek is "form" or "multipart")
                {
                    velden.Add((f, invoer.Waarde));
                }
                else
                {
                    velden.Add((f, f.EndsWith("Email", StringComparison.OrdinalIgnoreCase) ? $"corpus-{Guid.NewGuid():N}@example.nl" : goed.GetValueOrDefault(f, "")));
                }
            }

            verzoek.Content = doel.Plek is "multipart" or "bestandsnaam" || ingang.Bestanden.Count > 0
                ? Multipart(velden, ingang.Bestanden, doel.Plek == "bestandsnaam" ? doel.Veld : null, invoer.Waarde)
                : new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('&', velden.Select(v => WebUtility.UrlEncode(v.Naam) + "=" + WebUtility.UrlEncode(v.Waarde)))))
                {
                    Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") },
                };
        }

        HttpResponseMessage antwoord;
        try
        {
            antwoord = await client.SendAsync(verzoek, Ct);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
        {
            // A null byte in the path never reaches the site: Kestrel refuses the request line with 400, and the test
            // server throws where Kestrel would answer.
            return new Uitkomst(doel, invoer, 400, null);
        }

        using var _ = antwoord;
        var status = (int)antwoord.StatusCode;
        var body = await antwoord.Content.ReadAsStringAsync(Ct);
        return new Uitkomst(doel, invoer, status, Probleem(ingang, status, antwoord.Content.Headers.ContentType?.MediaType, body));
    }

    /// <summary>What is wrong with an answer, or null.</summary>
    private static string? Probleem(PubliekeAdressen.Ingang ingang, int status, string? soort, string body)
    {
        if (status >= 500)
        {
            return "serverfout";
        }

        if (EngelseMelding().Match(body) is { Success: true } engels)
        {
            return "Engelse melding: " + body.AsSpan(Math.Max(0, engels.Index - 150), Math.Min(body.Length - Math.Max(0, engels.Index - 150), 300)).ToString();
        }

        if (soort == "text/html")
        {
            if (RuweMarkup().Match(body) is { Success: true } markup)
            {
                return "markup uit het verzoek als markup: " + markup.Value;
            }

            // A form shown again after a post is shown because something was wrong; the person must read what.
            if (ingang.Methode == "POST" && status == 200 && !body.Contains("utrecht-form-field-error-message", StringComparison.Ordinal)
                && !body.Contains("role=\"alert\"", StringComparison.Ordinal) && !body.Contains("utrecht-alert", StringComparison.Ordinal))
            {
                return "formulier terug zonder melding";
            }
        }

        return null;
    }

    private static MultipartFormDataContent Multipart(List<(string Naam, string Waarde)> velden, IReadOnlyList<string> bestanden, string? vijandigBestand,
        string waarde)
    {
        var form = new MultipartFormDataContent();
        foreach (var (naam, w) in velden)
        {
            form.Add(new StringContent(ZonderHalveTekens(w)), naam);
        }

        foreach (var b in bestanden.Where(b => b == vijandigBestand))
        {
            var bestand = new ByteArrayContent(AanvraagHulp.Pdf);
            bestand.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            // By hand: HttpClient would encode or refuse the odd characters a hostile client sends as they are.
            bestand.Headers.TryAddWithoutValidation("Content-Disposition",
                $"form-data; name=\"{b}\"; filename=\"{ZonderHalveTekens(waarde).Replace("\"", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)}\"");
            form.Add(bestand);
        }

        return form;
    }

    /// <summary>The route template with its values in: optional ones too, constraints dropped.</summary>
    private static string Adres(string sjabloon, Dictionary<string, string> waarden) =>
        "/" + RouteParameter().Replace(sjabloon, m => Uri.EscapeDataString(ZonderHalveTekens(waarden[m.Groups[1].Value])));

    /// <summary>A lone surrogate cannot go into a URL as UTF-8; a real client would send the replacement character.</summary>
    private static string ZonderHalveTekens(string s) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s));

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/inloggen", Ct);
        var match = TokenIn().Match(html);
        Assert.True(match.Success, "Geen antiforgery-token op /inloggen.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex(@"\{\*?([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenIn();

    /// <summary>Tags and handlers from the corpus that would run if a page showed them as markup.</summary>
    [GeneratedRegex(@"<script>wijkXss|<img src=x onerror|<svg onload|<details open ontoggle|<iframe srcdoc|href=""javascript:wijkXss|<b>vet</b>", RegexOptions.IgnoreCase)]
    private static partial Regex RuweMarkup();

    /// <summary>The framework's English messages: they mean a check the site left to ASP.NET Core.</summary>
    [GeneratedRegex(@"The value '[^']*' is (not )?(valid|invalid)|is not valid for|field is required|The field \w+ must|must be a number|A value for the '|is an invalid|Failed to read parameter|Required parameter", RegexOptions.IgnoreCase)]
    private static partial Regex EngelseMelding();
}

using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Tests.Initiatieven;

/// <summary>The site without the per-address limit on form posts, so the many posts of these tests are not stopped.</summary>
public class AanvraagApp : WijkApp
{
    protected override void Instellingen(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Initiatief:PostsPerAdresPerUur", "1000000");
    }

    public int BestandenOpSchijf => Directory.Exists(BijlagenMap) ? Directory.GetFiles(BijlagenMap).Length : 0;
}

/// <summary>A site that takes two form posts per address per hour.</summary>
public sealed class KrappeLimietApp : AanvraagApp
{
    protected override void Instellingen(IWebHostBuilder builder)
    {
        base.Instellingen(builder);
        builder.UseSetting("Initiatief:PostsPerAdresPerUur", "2");
    }
}

/// <summary>A site whose virus scanner finds a virus in every file.</summary>
public sealed class BesmetApp : AanvraagApp
{
    protected override void Instellingen(IWebHostBuilder builder)
    {
        base.Instellingen(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IVirusScanner>();
            services.AddSingleton<IVirusScanner, AltijdBesmet>();
        });
    }

    private sealed class AltijdBesmet : IVirusScanner
    {
        public Task<ScanResultaat> ScanAsync(Stream inhoud, CancellationToken cancellationToken) =>
            Task.FromResult(new ScanResultaat(ScanUitslag.Besmet, "besmet: Eicar-Test-Signature"));
    }
}

/// <summary>What the form tests share: filled-in steps, posting a step or a file, and reading what was stored.</summary>
internal static partial class AanvraagHulp
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A tiny but real PDF: header, one empty page, cross-reference table and trailer.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\nxref\n0 4\n0000000000 65535 f \n" +
        "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n");

    public static byte[] Png => Afbeeldingen.TestFotos.Png(4, 4);

    public static Dictionary<string, string> Contact(string email, string postcode = "5344 VA", string naam = "Fatima el Amrani") => new()
    {
        ["Input.Naam"] = naam,
        ["Input.Email"] = email,
        ["Input.Telefoon"] = "06 12345678",
        ["Input.Postcode"] = postcode,
        ["Input.Huisnummer"] = "12a",
    };

    public static Dictionary<string, string> Idee(string titel = "Kookclub voor buren") => new()
    {
        ["Input.Titel"] = titel,
        ["Input.Wat"] = "Elke woensdag samen koken en eten in het wijkhuis.",
        ["Input.VoorWie"] = "Buren die alleen wonen.",
        ["Input.Wanneer"] = "Elke woensdag van maart tot juni.",
        ["Input.Waar"] = "Wijkhuis De Haard.",
        ["Input.IkWil"] = "Dat buren elkaar leren kennen.",
        ["Input.IkKan"] = "Koken voor twintig mensen.",
        ["Input.IkHebNodig"] = "Geld voor boodschappen.",
    };

    public static Dictionary<string, string> Deelnemers() => new()
    {
        ["Input.WieDoenMee"] = "Drie buren en de welzijnswerker.",
        ["Input.VerwachteDeelnemers"] = "20",
    };

    public static Dictionary<string, string> Begroting(params (string Omschrijving, string Bedrag)[] regels)
    {
        var velden = new Dictionary<string, string>();
        for (var n = 0; n < regels.Length; n++)
        {
            velden[$"Input.Regels[{n}].Omschrijving"] = regels[n].Omschrijving;
            velden[$"Input.Regels[{n}].Bedrag"] = regels[n].Bedrag;
        }

        return velden;
    }

    public static Dictionary<string, string> Met(this Dictionary<string, string> velden, string knop)
    {
        velden["knop"] = knop;
        return velden;
    }

    /// <summary>Posts a step, taking the antiforgery token from the step's own page (the form page for a new request).</summary>
    public static Task<HttpResponseMessage> StapAsync(HttpClient client, string? sleutel, int stap, Dictionary<string, string> velden,
        string knop = "volgende", string handler = "Stap")
    {
        var pagina = sleutel is null ? "/initiatief/aanvragen" : $"/initiatief/aanvragen/{sleutel}/{stap}";
        return WijkApp.PostFormAsync(client, $"{pagina}?handler={handler}", new Dictionary<string, string>(velden).Met(knop), pagina);
    }

    /// <summary>Starts a request with step 1 and returns the secret from the address it redirects to.</summary>
    public static async Task<string> BeginAsync(HttpClient client, string email, string postcode = "5344 VA")
    {
        var response = await StapAsync(client, null, 1, Contact(email, postcode));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = AanvraagAdres().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        Assert.Equal("2", match.Groups[2].Value);
        return match.Groups[1].Value;
    }

    /// <summary>Fills in steps 2, 3, 4 and 6 (step 5, attachments, is left to the test) and ends on the summary.</summary>
    public static async Task VulInAsync(HttpClient client, string sleutel, Dictionary<string, string>? begroting = null)
    {
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 2, Idee()), $"/initiatief/aanvragen/{sleutel}/3");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 3, Deelnemers()), $"/initiatief/aanvragen/{sleutel}/4");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 4, begroting ?? Begroting(("Boodschappen", "250"))),
            $"/initiatief/aanvragen/{sleutel}/5");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 5, []), $"/initiatief/aanvragen/{sleutel}/6");
        await VerwachtRedirectAsync(StapAsync(client, sleutel, 6, new() { ["Input.ToestemmingGegevens"] = "true" }),
            $"/initiatief/aanvragen/{sleutel}/7");
    }

    public static async Task VerwachtRedirectAsync(Task<HttpResponseMessage> verzoek, string naar)
    {
        var response = await verzoek;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Verwacht een redirect naar {naar}, kreeg {(int)response.StatusCode}:\n{await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(naar, response.Headers.Location!.OriginalString);
    }

    public static async Task<HttpResponseMessage> VerstuurAsync(HttpClient client, string sleutel) =>
        await WijkApp.PostFormAsync(client, $"/initiatief/aanvragen/{sleutel}/7?handler=Verstuur", new Dictionary<string, string>(),
            $"/initiatief/aanvragen/{sleutel}/7");

    /// <summary>Uploads files the way a browser does: multipart, with the token from the attachments step.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string sleutel, params (string Naam, byte[] Inhoud, string Type)[] bestanden)
    {
        var pagina = $"/initiatief/aanvragen/{sleutel}/5";
        var html = await client.GetStringAsync($"/initiatief/aanvragen/{sleutel}/1", Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (naam, inhoud, type) in bestanden)
        {
            var deel = new ByteArrayContent(inhoud);
            deel.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(deel, "Bestanden", naam);
        }

        return await client.PostAsync($"{pagina}?handler=Bijlage", form, Ct);
    }

    /// <summary>A zip with a .docx name that holds no Word document: only a text file.</summary>
    public static byte[] NepDocx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var schrijver = new StreamWriter(zip.CreateEntry("lees-mij.txt").Open());
            schrijver.Write("Dit is geen Word-bestand.");
        }

        return buffer.ToArray();
    }

    public static Task<Initiatief> InitiatiefAsync(WijkApp app, string email) => app.MetDbAsync(db =>
        db.Initiatieven.AsNoTracking().Include(i => i.Begroting).Include(i => i.Bijlagen).Include(i => i.Gebeurtenissen)
            .SingleAsync(i => i.Email == email, Ct));

    public static Task<int> WijkIdAsync(WijkApp app, string slug) => app.MetDbAsync(db =>
        db.Wijken.Where(w => w.Slug == slug).Select(w => w.Id).SingleAsync(Ct));

    public static string NieuwEmail() => $"bewoner-{Guid.NewGuid():N}@example.nl";

    [GeneratedRegex(@"^/initiatief/aanvragen/([A-Za-z0-9_-]{43})/(\d)$")]
    private static partial Regex AanvraagAdres();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

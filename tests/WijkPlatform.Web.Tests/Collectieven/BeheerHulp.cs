using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Collectieven;

/// <summary>What the back-office tests share: the activity form as a browser sends it, with or without a photo.</summary>
internal static partial class BeheerHulp
{
    public const string Wijkraad = "lid.wijkraad@example.nl";
    public const string Rucrea = "lid.rucrea@example.nl";

    public static async Task<Dictionary<string, string>> FormulierAsync(WijkApp app, string titel, string organisatie,
        string herhaling = "Wekelijks", string datum = "2026-12-01")
    {
        var ids = await app.MetDbAsync(async db => new
        {
            Organisatie = await db.Organisaties.Where(o => o.Slug == organisatie).Select(o => o.Id).SingleAsync(),
            Categorie = await db.Categorieen.Where(c => !c.IsDagontmoeting).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            Wijk = await db.Wijken.Where(w => w.Slug == "ruwaard").Select(w => w.Id).SingleAsync(),
        });
        var velden = new Dictionary<string, string>
        {
            ["Input.Titel"] = titel,
            ["Input.Samenvatting"] = "Samen wandelen door de wijk en daarna koffie.",
            ["Input.Omschrijving"] = "We lopen een uur en drinken daarna koffie.",
            ["Input.OrganisatieId"] = Getal(ids.Organisatie),
            ["Input.CategorieId"] = Getal(ids.Categorie),
            ["Input.WijkId"] = Getal(ids.Wijk),
            ["Input.LocatieId"] = "",
            ["Input.Doelgroep"] = "Iedereen",
            ["Input.Datum"] = datum,
            ["Input.Van"] = "10:00",
            ["Input.Tot"] = "11:30",
            ["Input.Herhaling"] = herhaling,
            ["Input.TotEnMet"] = "",
            ["Input.Kosten"] = "0",
            ["Input.MaxPersonen"] = "4",
            ["Input.AanmeldenNodig"] = "true",
            ["Input.Capaciteit"] = "12",
            ["Input.AfbeeldingPad"] = "",
            ["Input.EigenRegel"] = "",
        };
        for (var i = 0; i < 7; i++)
        {
            velden[$"Input.Open[{i}].Dag"] = ((DayOfWeek)((i + 1) % 7)).ToString();
        }

        return velden;
    }

    /// <summary>Posts a multipart form (as the activity form is), after a GET for the antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostMetFotoAsync(HttpClient client, string url, IDictionary<string, string> velden,
        byte[]? foto, string formulierPagina)
    {
        var html = await client.GetStringAsync(formulierPagina);
        var token = Token().Match(html);
        Assert.True(token.Success, $"Geen antiforgery-token op {formulierPagina}.");
        using var inhoud = new MultipartFormDataContent();
        foreach (var (naam, waarde) in velden)
        {
            inhoud.Add(new StringContent(waarde), naam);
        }

        inhoud.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        if (foto is not null)
        {
            var bestand = new ByteArrayContent(foto);
            bestand.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            inhoud.Add(bestand, "Foto", "foto.jpg");
        }

        return await client.PostAsync(url, inhoud);
    }

    public static Task<Activiteit?> ActiviteitAsync(WijkApp app, string titel) => app.MetDbAsync(db =>
        db.Activiteiten.AsNoTracking().Include(a => a.Uitzonderingen).SingleOrDefaultAsync(a => a.Titel == titel));

    public static Task<int> IdAsync(WijkApp app, string slug) => app.MetDbAsync(db =>
        db.Activiteiten.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());

    private static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Wijken;
using WijkPlatform.Web.Infrastructure;
using WijkPlatform.Web.Pages.Agenda;

namespace WijkPlatform.Web.Api;

/// <summary>The agenda as data: JSON for apps and other sites, iCalendar to subscribe, RSS to follow. Every feed
/// takes the same filters as /activiteiten.</summary>
public static class AgendaApi
{
    private const int FeedMaximum = AgendaFilter.MaximumPerPagina;
    private const int ApiMaximum = 100;
    private const int FeedDagen = 90;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IEndpointRouteBuilder MapAgendaApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapGet("/api/activiteiten", ActiviteitenAsync)
            .WithName("Activiteiten")
            .WithSummary("Activiteiten en dagontmoeting in de wijk, per datum, met dezelfde filters als /activiteiten.")
            .WithTags("Agenda")
            .Produces<ActiviteitenAntwoord>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .CacheOutput(PaginaCache.Beleid);

        app.MapGet("/agenda.ics", KalenderAsync).ExcludeFromDescription().CacheOutput(PaginaCache.Beleid);
        app.MapGet("/agenda.rss", RssAsync).ExcludeFromDescription().CacheOutput(PaginaCache.Beleid);
        app.MapGet("/activiteiten/{slug}/agenda.ics", ActiviteitKalenderAsync).ExcludeFromDescription().CacheOutput(PaginaCache.Beleid);
        return app;
    }

    public sealed record ActiviteitItem(
        string Slug,
        string Titel,
        string? Samenvatting,
        DateTime Start,
        DateTime Eind,
        string Categorie,
        bool Dagontmoeting,
        string Wijk,
        string? Locatie,
        string? Organisatie,
        string Doelgroep,
        bool Gratis,
        bool AanmeldenNodig,
        bool Rolstoeltoegankelijk,
        string? Toelichting,
        string Url,
        int? Capaciteit,
        int? PlaatsenVrij,
        bool Afgelast);

    /// <param name="MeerDanTotaal">true when more dates match than <paramref name="Totaal"/>: counting stops at 1,000 (or just
    /// past the page asked for), and there is a next page.</param>
    public sealed record ActiviteitenAntwoord(int Totaal, bool MeerDanTotaal, int Pagina, int PerPagina, int AantalPaginas,
        IReadOnlyList<ActiviteitItem> Items);

    private static async Task<IResult> ActiviteitenAsync([AsParameters] AgendaVraag vraag, [FromQuery(Name = "perPagina")] int? perPagina,
        HttpContext http, AgendaQueries agenda, WijkenQueries wijken, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (filter, fouten) = await FilterAsync(vraag, agenda, wijken, clock, Math.Clamp(perPagina ?? 20, 1, ApiMaximum),
            standaardDagen: null, cancellationToken);
        if (perPagina is < 1 or > ApiMaximum)
        {
            fouten["perPagina"] = $"perPagina moet tussen 1 en {ApiMaximum} liggen.";
        }

        if (fouten.Count > 0)
        {
            return TypedResults.ValidationProblem(fouten.ToDictionary(f => f.Key, f => new[] { f.Value }),
                title: "Een of meer filters kloppen niet.");
        }

        var pagina = await agenda.ZoekAsync(filter, cancellationToken);
        var basis = Basis(http.Request);
        var antwoord = new ActiviteitenAntwoord(pagina.Totaal, pagina.MeerDanTotaal, pagina.Pagina, pagina.PerPagina, pagina.AantalPaginas,
            pagina.Items.Select(v => new ActiviteitItem(v.Slug, v.Titel, v.Samenvatting, AgendaQueries.Utc(v.StartUtc),
                AgendaQueries.Utc(v.EindUtc), v.Categorie, v.IsDagontmoeting, v.Wijk, v.Locatie, v.Organisatie,
                AgendaVraag.DoelgroepWaarde(v.Doelgroep), v.IsGratis, v.AanmeldenNodig, v.Toegankelijk, v.Toelichting,
                $"{basis}/activiteiten/{v.Slug}", v.AanmeldenNodig ? v.Capaciteit : null, v.PlaatsenVrij, v.Afgelast)).ToList());
        var body = JsonSerializer.SerializeToUtf8Bytes(antwoord, Json);
        return MetEtag(http, body, "application/json; charset=utf-8");
    }

    private static async Task<IResult> KalenderAsync([AsParameters] AgendaVraag vraag, HttpContext http, AgendaQueries agenda,
        WijkenQueries wijken, TimeProvider clock, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var (filter, fouten) = await FilterAsync(vraag, agenda, wijken, clock, FeedMaximum, FeedDagen, cancellationToken);
        if (fouten.Count > 0)
        {
            return TypedResults.BadRequest(string.Join(" ", fouten.Values));
        }

        var items = await agenda.LijstAsync(filter, cancellationToken);
        var naam = configuration["Site:Naam"] ?? "Wijkagenda";
        var ics = AgendaKalender.Feed(items, Basis(http.Request), naam);
        return MetEtag(http, Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8");
    }

    private static async Task<IResult> ActiviteitKalenderAsync(string slug, [FromQuery(Name = "start")] string? start, HttpContext http,
        AgendaQueries agenda, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reeks = await agenda.ReeksAsync(slug, cancellationToken);
        if (reeks is null)
        {
            return TypedResults.NotFound();
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        string ics;
        if (start is null)
        {
            ics = AgendaKalender.Reeks(reeks, Basis(http.Request), nu + VoorkomenPlanner.Vooruitblik);
        }
        else
        {
            var datum = DateTime.TryParseExact(start, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var startUtc)
                ? await agenda.DatumAsync(slug, startUtc, cancellationToken)
                : null;
            if (datum is null)
            {
                return TypedResults.NotFound();
            }

            ics = AgendaKalender.Eenmalig(reeks, datum, Basis(http.Request));
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{slug}.ics\"";
        return MetEtag(http, Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8");
    }

    private static async Task<IResult> RssAsync([AsParameters] AgendaVraag vraag, HttpContext http, AgendaQueries agenda,
        WijkenQueries wijken, TimeProvider clock, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var (filter, fouten) = await FilterAsync(vraag, agenda, wijken, clock, 100, standaardDagen: null, cancellationToken);
        if (fouten.Count > 0)
        {
            return TypedResults.BadRequest(string.Join(" ", fouten.Values));
        }

        var items = await agenda.LijstAsync(filter, cancellationToken);
        var basis = Basis(http.Request);
        using var stream = new MemoryStream();
        await using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"Activiteiten – {configuration["Site:Naam"]}");
            xml.WriteElementString("link", $"{basis}{vraag.Url("/activiteiten")}");
            xml.WriteElementString("description", "Wat er de komende tijd in de wijk te doen is.");
            xml.WriteElementString("language", "nl-nl");
            foreach (var v in items)
            {
                var start = AgendaQueries.Utc(v.StartUtc);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", $"{Tijd.DagKort(start)} {Tijd.Uur(start)}: {v.Titel}");
                xml.WriteElementString("link", $"{basis}/activiteiten/{v.Slug}");
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString($"{v.Slug}-{start:yyyyMMdd'T'HHmm}");
                xml.WriteEndElement();
                xml.WriteElementString("description", string.Join(" ", new[] { v.Afgelast ? $"Gaat niet door{(v.Toelichting is null ? "" : $": {v.Toelichting}")}." : v.Toelichting is null ? null : $"Let op: {v.Toelichting}.", v.Samenvatting, v.Locatie is null ? null : $"Waar: {v.Locatie}." }.OfType<string>()));
                xml.WriteElementString("category", v.Categorie);
                xml.WriteElementString("pubDate", start.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return MetEtag(http, stream.ToArray(), "application/rss+xml; charset=utf-8");
    }

    private static async Task<(AgendaFilter Filter, Dictionary<string, string> Fouten)> FilterAsync(AgendaVraag vraag, AgendaQueries agenda,
        WijkenQueries wijken, TimeProvider clock, int perPagina, int? standaardDagen, CancellationToken cancellationToken)
    {
        var actieveWijken = await wijken.ActieveWijkenAsync(cancellationToken);
        var categorieen = await agenda.CategorieenAsync(cancellationToken);
        var fouten = vraag.Controleer(actieveWijken.Select(w => w.Slug), categorieen.Select(c => c.Slug));
        var nu = clock.GetUtcNow().UtcDateTime;
        var filter = vraag.NaarFilter(nu, fouten, perPagina);
        if (standaardDagen is int dagen && string.IsNullOrEmpty(vraag.Periode))
        {
            // A calendar subscription looks further ahead than the page's default two weeks.
            filter = filter with { TotUtc = nu.AddDays(dagen) };
        }

        return (filter, fouten);
    }

    private static IResult MetEtag(HttpContext http, byte[] body, string contentType)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 12))}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
        var gevraagd = http.Request.GetTypedHeaders().IfNoneMatch;
        if (gevraagd.Any(e => e.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, contentType);
    }

    private static string Basis(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}

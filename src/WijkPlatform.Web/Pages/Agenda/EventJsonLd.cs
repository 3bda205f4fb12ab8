using System.Text.Json;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Agenda;

/// <summary>schema.org Event data for search engines and calendars, one Event per upcoming date.</summary>
public static class EventJsonLd
{
    private static readonly JsonSerializerOptions Opties = new() { WriteIndented = false };

    public static string Maak(ActiviteitDetail a, string url)
    {
        ArgumentNullException.ThrowIfNull(a);
        var events = a.VolgendeDatums.Select(d => new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = a.Titel,
            ["description"] = a.Samenvatting,
            ["startDate"] = Iso(d.StartUtc),
            ["endDate"] = Iso(d.EindUtc),
            ["url"] = url,
            ["image"] = a.Afbeelding is null ? null : new Uri(new Uri(url), a.Afbeelding).ToString(),
            ["eventStatus"] = d.Afgelast ? "https://schema.org/EventCancelled"
                : d.Toelichting is null ? "https://schema.org/EventScheduled" : "https://schema.org/EventRescheduled",
            ["eventAttendanceMode"] = a.LocatieNaam is null && a.OnlineLink is not null
                ? "https://schema.org/OnlineEventAttendanceMode"
                : "https://schema.org/OfflineEventAttendanceMode",
            ["isAccessibleForFree"] = a.KostenInCenten == 0,
            ["location"] = a.LocatieNaam is null
                ? null
                : new Dictionary<string, object?>
                {
                    ["@type"] = "Place",
                    ["name"] = a.LocatieNaam,
                    ["address"] = a.LocatieAdres,
                    ["geo"] = a.Latitude is null ? null : new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = a.Latitude, ["longitude"] = a.Longitude },
                },
            ["organizer"] = a.OrganisatieNaam is null ? null : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = a.OrganisatieNaam },
            ["offers"] = new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["price"] = (a.KostenInCenten / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                ["priceCurrency"] = "EUR",
            },
        }.Where(kv => kv.Value is not null).ToDictionary()).ToList();

        // The default encoder writes <, > and & as \u escapes, so nothing in the data can close the script element.
        return JsonSerializer.Serialize(events, Opties);
    }

    private static string Iso(DateTime utc) => new DateTimeOffset(Tijd.Lokaal(utc), Herhaling.Amsterdam.GetUtcOffset(AgendaQueries.Utc(utc)))
        .ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}

using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Beheer.Informatie;

/// <summary>The words and addresses that differ between pages and news, so one set of back-office pages serves both:
/// /beheer/paginas and /beheer/nieuws.</summary>
public sealed record RedactieSoort(PaginaSoort Soort, string Route, string Meervoud, string Enkelvoud, string Nieuw)
{
    public static RedactieSoort Paginas { get; } = new(PaginaSoort.Pagina, "paginas", "Pagina's", "pagina", "Nieuwe pagina");

    public static RedactieSoort Nieuws { get; } = new(PaginaSoort.Nieuws, "nieuws", "Nieuws", "nieuwsbericht", "Nieuw bericht");

    public string Basis => "/beheer/" + Route;

    public string Bewerken(int id) => $"{Basis}/{id}";

    /// <summary>Where the public reads it once it is visible.</summary>
    public string Publiek(string slug) => Soort == PaginaSoort.Nieuws ? "/nieuws/" + slug : "/" + slug;

    public static RedactieSoort? Uit(string? route) => route switch
    {
        "paginas" => Paginas,
        "nieuws" => Nieuws,
        _ => null,
    };

    /// <summary>The status as the redactie reads it; a scheduled item whose moment has come reads as published.</summary>
    public static string Status(PaginaStatus status, DateTime? vanafUtc, bool zichtbaar) => status switch
    {
        PaginaStatus.Gepubliceerd => "Gepubliceerd",
        PaginaStatus.Gepland when zichtbaar => "Gepubliceerd (was ingepland)",
        PaginaStatus.Gepland when vanafUtc is DateTime vanaf => $"Ingepland voor {Tijd.Dag(vanaf)} {Tijd.Lokaal(vanaf).Year} om {Tijd.Uur(vanaf)}",
        PaginaStatus.Ingetrokken => "Offline gehaald",
        _ => "Concept",
    };
}

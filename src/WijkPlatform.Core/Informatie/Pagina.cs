using System.Linq.Expressions;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Informatie;

/// <summary>An editor page served at <c>/{slug}</c>, or a news item at <c>/nieuws/{slug}</c>. The body is Markdown,
/// sanitised when rendered. What the public sees is this row; every save also writes a <see cref="PaginaVersie"/>, so an
/// editor can look back and roll back.</summary>
public sealed class Pagina : ISyncItem, IGewijzigd
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public DateTime GewijzigdUtc { get; set; }
    public PaginaSoort Soort { get; set; }
    public required string Titel { get; set; }
    public string? Samenvatting { get; set; }

    /// <summary>The same message in easy-read language (taalniveau B1 or lower): short sentences, everyday words.</summary>
    public string? EenvoudigeSamenvatting { get; set; }

    public string Inhoud { get; set; } = "";
    public PaginaStatus Status { get; set; }

    /// <summary>With <see cref="PaginaStatus.Gepland"/>: the moment it becomes visible. Visibility is decided when a
    /// page is asked for, so a scheduled page appears on time without a job having to run.</summary>
    public DateTime? PublicerenVanafUtc { get; set; }

    /// <summary>The first time it became visible; news is ordered by it.</summary>
    public DateTime? GepubliceerdUtc { get; set; }

    /// <summary>News for one wijk goes into that wijk's nieuwsbrief; without a wijk it is for everyone.</summary>
    public int? WijkId { get; set; }

    public Wijk? Wijk { get; set; }

    /// <summary>The number of the last saved <see cref="PaginaVersie"/>; also the concurrency token against two
    /// editors overwriting each other.</summary>
    public int Versie { get; set; }

    /// <summary>Whether the public may see it at <paramref name="nuUtc"/>.</summary>
    public static Expression<Func<Pagina, bool>> Zichtbaar(DateTime nuUtc) => p =>
        p.Status == PaginaStatus.Gepubliceerd
        || (p.Status == PaginaStatus.Gepland && p.PublicerenVanafUtc != null && p.PublicerenVanafUtc <= nuUtc);
}

public enum PaginaSoort
{
    Pagina,
    Nieuws,
}

public enum PaginaStatus
{
    Concept,
    Gepland,
    Gepubliceerd,
    Ingetrokken,
}

/// <summary>A saved state of a page. Versions are only added; a rollback saves an old version again as the newest.</summary>
public sealed class PaginaVersie
{
    public long Id { get; set; }
    public int PaginaId { get; set; }
    public int Nummer { get; set; }
    public required string Titel { get; set; }
    public string? Samenvatting { get; set; }
    public string? EenvoudigeSamenvatting { get; set; }
    public string Inhoud { get; set; } = "";
    public DateTime OpgeslagenUtc { get; set; }

    /// <summary>The editor's e-mail address, or "uSync" for an import.</summary>
    public required string Door { get; set; }

    public string? Toelichting { get; set; }
}

/// <summary>A link in the main menu or the footer, managed by redactie and kept in uSync like the pages.</summary>
public sealed class MenuItem : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public MenuPlek Menu { get; set; }
    public required string Titel { get; set; }

    /// <summary>A path on this site, such as <c>/activiteiten</c>; never an outside address.</summary>
    public required string Url { get; set; }

    public int Volgorde { get; set; }
}

public enum MenuPlek
{
    Hoofdmenu,
    Voettekst,
}

/// <summary>Someone who offers onafhankelijke cliëntondersteuning: free support that stands apart from the
/// municipality and from care providers.</summary>
public sealed class Clientondersteuner : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public required string Naam { get; set; }

    /// <summary>The organisation the person or service belongs to, as residents know it.</summary>
    public string? Organisatie { get; set; }

    public string? Omschrijving { get; set; }
    public string? Telefoon { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>Languages spoken, as a readable list ("Nederlands, Engels, Turks").</summary>
    public string? Talen { get; set; }

    /// <summary>How to reach them with a disability: home visits, wheelchair access, sign language, easy language.</summary>
    public string? Toegankelijkheid { get; set; }

    /// <summary>The wijken served with their walk-in hours there; none means the whole municipality.</summary>
    public List<Werkgebied> Werkgebieden { get; set; } = [];

    public int Volgorde { get; set; }
}

/// <summary>A wijk a cliëntondersteuner serves. Stored as JSON inside its <see cref="Clientondersteuner"/>: the list is
/// short and always read whole.</summary>
public sealed class Werkgebied
{
    public int WijkId { get; set; }

    /// <summary>Walk-in hours in this wijk ("Dinsdag 10.00 tot 12.00 uur in De Haard"); empty: by appointment.</summary>
    public string? Inloop { get; set; }
}

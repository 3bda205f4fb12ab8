using WijkPlatform.Core.Data;
using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Collectieven;

public sealed class Organisatie : ISyncItem, IGewijzigd
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public DateTime GewijzigdUtc { get; set; }
    public required string Naam { get; set; }
    public OrganisatieSoort Soort { get; set; }
    public int? WijkId { get; set; }
    public Wijk? Wijk { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
    public string? Website { get; set; }
    public string? Omschrijving { get; set; }

    /// <summary>A trusted collective publishes directly; the activities of others wait for the redactie first.</summary>
    public bool Vertrouwd { get; set; }

    /// <summary>Path of the logo image; its text alternative is the organisation's name.</summary>
    public string? Logo { get; set; }

    /// <summary>An iCalendar URL of the collective's own calendar, imported on a schedule.</summary>
    public string? AgendaUrl { get; set; }

    public DateTime? AgendaGeimporteerdUtc { get; set; }

    /// <summary>Why the last import failed, in words the collective can act on; null after a good import.</summary>
    public string? AgendaFout { get; set; }
}

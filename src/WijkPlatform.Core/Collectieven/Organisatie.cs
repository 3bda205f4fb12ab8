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
}

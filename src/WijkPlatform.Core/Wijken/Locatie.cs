using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Wijken;

public sealed class Locatie : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public required string Naam { get; set; }
    public required string Straat { get; set; }
    public string? Postcode { get; set; }
    public string Plaats { get; set; } = "Oss";
    public int? WijkId { get; set; }
    public Wijk? Wijk { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool Rolstoeltoegankelijk { get; set; }
    public bool Ringleiding { get; set; }
    public bool Prikkelarm { get; set; }
    public string? Toegankelijkheid { get; set; }
    public string? Omschrijving { get; set; }

    public string Adres => Postcode is null ? $"{Straat}, {Plaats}" : $"{Straat}, {Postcode} {Plaats}";
}

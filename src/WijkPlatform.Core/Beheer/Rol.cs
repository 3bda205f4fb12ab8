namespace WijkPlatform.Core.Beheer;

public sealed class Rol
{
    public int Id { get; set; }
    public required string Naam { get; set; }
    public required string NormalizedNaam { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}

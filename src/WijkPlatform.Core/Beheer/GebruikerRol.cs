namespace WijkPlatform.Core.Beheer;

public sealed class GebruikerRol
{
    public int GebruikerId { get; set; }
    public int RolId { get; set; }
    public Rol? Rol { get; set; }
}

using WijkPlatform.Core.Data;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Informatie;

/// <summary>An editor page served at <c>/{slug}</c>; the body is Markdown, sanitised when rendered.</summary>
public sealed class Pagina : ISyncItem, IGewijzigd
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public DateTime GewijzigdUtc { get; set; }
    public required string Titel { get; set; }
    public string? Samenvatting { get; set; }
    public string Inhoud { get; set; } = "";
    public bool Gepubliceerd { get; set; }
}

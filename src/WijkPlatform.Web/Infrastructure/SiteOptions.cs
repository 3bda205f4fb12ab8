using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Infrastructure;

public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required(ErrorMessage = "Site:Naam ontbreekt.")]
    public string Naam { get; set; } = "Wij(k) de Ruwaard";

    [Required(ErrorMessage = "Site:Plaats ontbreekt.")]
    public string Plaats { get; set; } = "Oss";

    /// <summary>The uSync folder; empty means the one beside the application or in the repository root.</summary>
    public string? SyncMap { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core;

public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required(ErrorMessage = "Site:Naam ontbreekt.")]
    public string Naam { get; set; } = "Wij(k) de Ruwaard";

    [Required(ErrorMessage = "Site:Plaats ontbreekt.")]
    public string Plaats { get; set; } = "Oss";

    /// <summary>The public address of the site. Mails are sent outside any request, so their links need it.</summary>
    [Required(ErrorMessage = "Site:Adres ontbreekt: het openbare adres van de site, zoals https://www.wijkderuwaard.nl.")]
    [Url(ErrorMessage = "Site:Adres moet een volledig adres zijn, zoals https://www.wijkderuwaard.nl.")]
    public string Adres { get; set; } = "http://localhost:5080";

    /// <summary>The uSync folder; empty means the one beside the application or in the repository root.</summary>
    public string? SyncMap { get; set; }

    public string Link(string pad) => $"{Adres.TrimEnd('/')}{pad}";
}

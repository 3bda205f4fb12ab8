using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Adapters.Afbeeldingen;

public sealed class AfbeeldingOptions
{
    public const string Section = "Afbeeldingen";

    /// <summary>The folder that holds uploaded photos, relative to the content root or absolute. Several servers
    /// behind a load balancer must share it (a network folder): any server may be asked for any photo.</summary>
    [Required(ErrorMessage = "Afbeeldingen:Map ontbreekt: geef een map op voor geüploade foto's.")]
    public string Map { get; set; } = Path.Combine("App_Data", "media-uploads");
}

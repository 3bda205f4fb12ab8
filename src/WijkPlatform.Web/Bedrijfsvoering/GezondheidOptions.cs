using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>When /health turns from Healthy to Degraded (a warning) and to Unhealthy (a load balancer takes the server
/// out, a monitor calls someone).</summary>
public sealed class GezondheidOptions
{
    public const string Section = "Gezondheid";

    [Range(1, 100_000, ErrorMessage = "Gezondheid:MailWachtMinutenWaarschuwing moet tussen 1 en 100000 minuten liggen.")]
    public int MailWachtMinutenWaarschuwing { get; set; } = 15;

    [Range(1, 100_000, ErrorMessage = "Gezondheid:MailWachtMinutenFout moet tussen 1 en 100000 minuten liggen.")]
    public int MailWachtMinutenFout { get; set; } = 60;

    [Range(0, 100_000_000, ErrorMessage = "Gezondheid:VrijeSchijfMbWaarschuwing moet tussen 0 en 100000000 MB liggen.")]
    public long VrijeSchijfMbWaarschuwing { get; set; } = 1024;

    [Range(0, 100_000_000, ErrorMessage = "Gezondheid:VrijeSchijfMbFout moet tussen 0 en 100000000 MB liggen.")]
    public long VrijeSchijfMbFout { get; set; } = 200;
}

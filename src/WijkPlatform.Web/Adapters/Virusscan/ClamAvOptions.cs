using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Adapters.Virusscan;

public sealed class ClamAvOptions
{
    public const string Section = "Virusscan:ClamAV";

    /// <summary>The clamd server; empty means no scanner and attachments are stored as "niet gescand".</summary>
    public string Host { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "Virusscan:ClamAV:Port moet tussen 1 en 65535 liggen.")]
    public int Port { get; set; } = 3310;

    /// <summary>For connecting and scanning one file together; a scan that takes longer counts as failed.</summary>
    [Range(1, 600, ErrorMessage = "Virusscan:ClamAV:TimeoutSeconden moet tussen 1 en 600 liggen.")]
    public int TimeoutSeconden { get; set; } = 30;
}

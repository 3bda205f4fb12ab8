using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Bedrijfsvoering;

public sealed class LogboekOptions
{
    public const string Section = "Logboek";
    public const string Tekst = "Tekst";
    public const string Json = "Json";
    public const string Uit = "Uit";

    /// <summary>How the log goes to the console: Tekst (readable lines), Json (compact JSON, one event per line, for a
    /// log collector) or Uit. Empty: Tekst in Development, Json elsewhere. Other sinks and the levels come from the
    /// Serilog section.</summary>
    [RegularExpression("^(Tekst|Json|Uit)?$", ErrorMessage = "Logboek:Console moet Tekst, Json of Uit zijn.")]
    public string? Console { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core.Beheer;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Rows of the audit log older than this many days are removed by the daily cleanup. The floor of 30 days
    /// keeps a typo from wiping the history that a complaint or an incident needs.</summary>
    [Range(30, 36500, ErrorMessage = "Audit:BewaarDagen moet tussen 30 en 36500 liggen: korter dan een maand bewaren is te kort om iets na te kunnen gaan.")]
    public int BewaarDagen { get; set; } = 730;
}

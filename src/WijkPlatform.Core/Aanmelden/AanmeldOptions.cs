using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core.Aanmelden;

public sealed class AanmeldOptions
{
    public const string Section = "Aanmelden";

    /// <summary>Personal data of a sign-up is removed this many days after the activity; the counts stay.</summary>
    [Range(1, 365, ErrorMessage = "Aanmelden:BewaarDagen moet tussen 1 en 365 liggen.")]
    public int BewaarDagen { get; set; } = 30;

    [Range(1, 168, ErrorMessage = "Aanmelden:HerinneringUrenVooraf moet tussen 1 en 168 liggen.")]
    public int HerinneringUrenVooraf { get; set; } = 24;

    /// <summary>Hour of the day (Dutch time) at which organisers get the digest of yesterday's sign-ups.</summary>
    [Range(0, 23, ErrorMessage = "Aanmelden:DagoverzichtUur moet tussen 0 en 23 liggen.")]
    public int DagoverzichtUur { get; set; } = 7;

    [Range(1, 100000, ErrorMessage = "Aanmelden:PerEmailPerUur moet tussen 1 en 100000 liggen.")]
    public int PerEmailPerUur { get; set; } = 10;

    [Range(1, 1000000, ErrorMessage = "Aanmelden:PerAdresPerUur moet tussen 1 en 1000000 liggen.")]
    public int PerAdresPerUur { get; set; } = 60;
}

using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core.Nieuwsbrief;

public sealed class NieuwsbriefOptions
{
    public const string Section = "Nieuwsbrief";

    /// <summary>The day (Dutch time) on which the digest of the coming week is made: Monday … Sunday. It covers the
    /// week that starts on the first Monday after this day.</summary>
    [EnumDataType(typeof(DayOfWeek), ErrorMessage = "Nieuwsbrief:Dag moet een dag zijn: Monday, Tuesday, … of Sunday.")]
    public DayOfWeek Dag { get; set; } = DayOfWeek.Friday;

    /// <summary>Hour of that day (Dutch time) from which the digest is made.</summary>
    [Range(0, 23, ErrorMessage = "Nieuwsbrief:Uur moet tussen 0 en 23 liggen.")]
    public int Uur { get; set; } = 16;

    /// <summary>How long the link in the confirmation mail works.</summary>
    [Range(1, 30, ErrorMessage = "Nieuwsbrief:BevestigDagen moet tussen 1 en 30 liggen.")]
    public int BevestigDagen { get; set; } = 7;

    /// <summary>An address that never confirmed is removed this many days after its last request.</summary>
    [Range(1, 365, ErrorMessage = "Nieuwsbrief:OnbevestigdBewaarDagen moet tussen 1 en 365 liggen.")]
    public int OnbevestigdBewaarDagen { get; set; } = 14;

    /// <summary>An unsubscribed address is removed this many days after it unsubscribed.</summary>
    [Range(1, 365, ErrorMessage = "Nieuwsbrief:AfgemeldBewaarDagen moet tussen 1 en 365 liggen.")]
    public int AfgemeldBewaarDagen { get; set; } = 30;

    /// <summary>Confirmation mails one address gets per hour at most, so nobody can flood someone else's mailbox.</summary>
    [Range(1, 100, ErrorMessage = "Nieuwsbrief:MailsPerAdresPerUur moet tussen 1 en 100 liggen.")]
    public int MailsPerAdresPerUur { get; set; } = 3;

    /// <summary>Posts of the sign-up form per client (IP) address per hour.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Nieuwsbrief:PostsPerAdresPerUur moet tussen 1 en 1000000 liggen.")]
    public int PostsPerAdresPerUur { get; set; } = 20;
}

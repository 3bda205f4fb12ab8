using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core.Initiatieven;

public sealed class InitiatiefOptions
{
    public const string Section = "Initiatief";

    /// <summary>The most one request may receive from the wijkbudget, in whole euros; shown on /initiatief.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Initiatief:MaximumBedrag moet tussen 1 en 1000000 euro liggen.")]
    public int MaximumBedrag { get; set; } = 2500;

    /// <summary>Above this amount (in whole euros) a second member of the wijkteam must approve the decision.</summary>
    [Range(0, 1_000_000, ErrorMessage = "Initiatief:VierOgenVanaf moet tussen 0 en 1000000 euro liggen.")]
    public int VierOgenVanaf { get; set; } = 1000;

    /// <summary>Days from sending to the decision (the beslistermijn).</summary>
    [Range(1, 365, ErrorMessage = "Initiatief:BeslistermijnDagen moet tussen 1 en 365 liggen.")]
    public int BeslistermijnDagen { get; set; } = 42;

    /// <summary>The reviewer gets a reminder this many days before the beslistermijn ends.</summary>
    [Range(1, 60, ErrorMessage = "Initiatief:HerinneringDagenVooraf moet tussen 1 en 60 liggen.")]
    public int HerinneringDagenVooraf { get; set; } = 7;

    /// <summary>Personal data is removed this many days after a request is closed; the financial record stays.</summary>
    [Range(1, 3650, ErrorMessage = "Initiatief:BewaarDagenNaAfsluiten moet tussen 1 en 3650 liggen.")]
    public int BewaarDagenNaAfsluiten { get; set; } = 365;

    /// <summary>An unsent concept is removed this many days after it was last saved.</summary>
    [Range(1, 365, ErrorMessage = "Initiatief:ConceptBewaarDagen moet tussen 1 en 365 liggen.")]
    public int ConceptBewaarDagen { get; set; } = 60;

    /// <summary>Posts of the request form per client address per hour. Filling in all steps, adding budget lines and
    /// uploading files takes a few dozen posts; the first step also sends a mail, so a flood stops here.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Initiatief:PostsPerAdresPerUur moet tussen 1 en 1000000 liggen.")]
    public int PostsPerAdresPerUur { get; set; } = 120;

    /// <summary>Where attachments are kept: outside the web root, backed up, shared between servers.</summary>
    public string BijlagenMap { get; set; } = "App_Data/initiatief-bijlagen";

    public long VierOgenVanafInCenten => VierOgenVanaf * 100L;
    public long MaximumBedragInCenten => MaximumBedrag * 100L;
}

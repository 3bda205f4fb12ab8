using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Core.Collectieven;

/// <summary>A resident's report that an activity is inappropriate ("meld ongepast"), waiting for the redactie.</summary>
public sealed class Melding
{
    public long Id { get; set; }
    public int ActiviteitId { get; set; }
    public Activiteit? Activiteit { get; set; }
    public DateTime TijdUtc { get; set; }
    public required string Reden { get; set; }

    /// <summary>Optional, only to answer the reporter; wiped when the report is handled.</summary>
    public string? Email { get; set; }

    public DateTime? AfgehandeldUtc { get; set; }
    public int? AfgehandeldDoorId { get; set; }
    public string? Afhandeling { get; set; }
}

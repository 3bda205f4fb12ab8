using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>A sign-up of one or more persons for one occurrence of an activity. The occurrence is named by the
/// activity and its start, not by a <see cref="Voorkomen"/> row, because those rows are re-planned (ADR 7).</summary>
public sealed class Aanmelding
{
    public long Id { get; set; }
    public int ActiviteitId { get; set; }
    public Activiteit? Activiteit { get; set; }
    public DateTime StartUtc { get; set; }
    public AanmeldingStatus Status { get; set; }
    public int Personen { get; set; }

    // Personal data: null once removed after the retention period (AanmeldOptions.BewaarDagen).
    public string? Naam { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
    public string? Opmerking { get; set; }

    /// <summary>SHA-256 of the secret in the personal link; the link itself is never stored.</summary>
    public byte[]? SleutelHash { get; set; }

    public DateTime AangemeldUtc { get; set; }

    /// <summary>When the place was given: at sign-up, or later when the person moved up from the wachtlijst.</summary>
    public DateTime? PlaatsUtc { get; set; }

    public DateTime? AfgemeldUtc { get; set; }
    public DateTime? HerinneringUtc { get; set; }
    public DateTime? GewistUtc { get; set; }

    /// <summary>The account of the volunteer or organiser who signed this person up, when it was not the person.</summary>
    public int? AangemeldDoorId { get; set; }

    /// <summary>Marked by the organiser on the day: came (true), did not come (false), not yet marked (null).</summary>
    public bool? Aanwezig { get; set; }
}

public enum AanmeldingStatus
{
    Bevestigd,
    Wachtlijst,
    Afgemeld,
}

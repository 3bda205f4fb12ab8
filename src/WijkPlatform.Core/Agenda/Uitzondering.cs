namespace WijkPlatform.Core.Agenda;

/// <summary>A change to a series on one date or a range of dates: closed (a holiday, RFC 5545 EXDATE), or, when
/// <see cref="NieuweStartLokaal"/> is set, the occurrence of <see cref="Datum"/> moved to another time (RECURRENCE-ID).</summary>
public sealed class Uitzondering
{
    public DateOnly Datum { get; set; }
    public DateOnly? TotEnMet { get; set; }
    public DateTime? NieuweStartLokaal { get; set; }
    public string? Reden { get; set; }

    /// <summary>Called off by the organiser: unlike a closure the date stays in the agenda, marked "gaat niet door" with
    /// the reason, because residents may already have planned to come.</summary>
    public bool Afgelast { get; set; }

    public bool IsVerplaatsing => NieuweStartLokaal is not null;

    public bool GeldtOp(DateOnly dag) => dag >= Datum && dag <= (TotEnMet ?? Datum);
}

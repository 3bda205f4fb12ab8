namespace WijkPlatform.Core.Aanmelden;

/// <summary>How many persons have a place in one occurrence. One row per occurrence is the thing concurrent
/// sign-ups contend for: a place is taken by a conditional UPDATE of this row inside the sign-up's transaction,
/// so the database, not the application, decides who gets the last place.</summary>
public sealed class Bezetting
{
    public long Id { get; set; }
    public int ActiviteitId { get; set; }
    public DateTime StartUtc { get; set; }
    public int Bevestigd { get; set; }
    public int Wachtend { get; set; }
}

namespace WijkPlatform.Core.Agenda;

/// <summary>One concrete date of an activity, materialised for a rolling horizon (ADR 7) so the agenda filters and
/// pages in SQL instead of expanding every series on every request.</summary>
public sealed class Voorkomen
{
    /// <summary>No date lasts longer than this (the planner cuts it off). The agenda relies on it to read the start-time
    /// index from a lower bound: a date still going on at the start of a period began at most this long before it.</summary>
    public static readonly TimeSpan LangsteDuur = TimeSpan.FromDays(1);

    public long Id { get; set; }
    public int ActiviteitId { get; set; }
    public Activiteit? Activiteit { get; set; }

    /// <summary>The activity's wijk, copied when the dates are planned, so a wijk's agenda reads its own dates in time
    /// order from an index instead of sorting every date of every activity in that wijk.</summary>
    public int WijkId { get; set; }

    /// <summary>The activity's category, copied for the same reason as <see cref="WijkId"/>.</summary>
    public int CategorieId { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EindUtc { get; set; }

    /// <summary>The start the series rule gave, when this occurrence was moved (RFC 5545 RECURRENCE-ID).</summary>
    public DateTime? OorspronkelijkeStartUtc { get; set; }

    public string? Toelichting { get; set; }

    /// <summary>The date does not go on; <see cref="Toelichting"/> says why.</summary>
    public bool Afgelast { get; set; }
}

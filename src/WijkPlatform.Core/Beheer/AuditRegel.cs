namespace WijkPlatform.Core.Beheer;

/// <summary>One step that matters (a publication, a moderation decision, a cancellation), with who and when. Rows are
/// only ever added; the name is copied so the log still reads when an account is gone.</summary>
public sealed class AuditRegel
{
    public long Id { get; set; }
    public DateTime TijdUtc { get; set; }
    public int? GebruikerId { get; set; }
    public required string Wie { get; set; }
    public required string Actie { get; set; }
    public required string Onderwerp { get; set; }
    public string? Details { get; set; }
}

using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>One address that asked for the nieuwsbrief of one wijk. It only gets mail after the address confirmed
/// (double opt-in).</summary>
public sealed class NieuwsbriefAbonnement
{
    public long Id { get; set; }
    public required string Email { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }
    public AbonnementStatus Status { get; set; }

    /// <summary>SHA-256 of the code in the confirmation mail; the code itself is never stored.</summary>
    public string? BevestigCodeHash { get; set; }

    /// <summary>The code in every unsubscribe link. Kept as is, because each weekly mail needs it again; it can do
    /// nothing but end this one subscription.</summary>
    public required string AfmeldCode { get; set; }

    public DateTime AangevraagdUtc { get; set; }
    public DateTime? BevestigdUtc { get; set; }
    public DateTime? AfgemeldUtc { get; set; }
}

public enum AbonnementStatus
{
    Onbevestigd,
    Actief,
    Afgemeld,
}

/// <summary>Marks that the digest of one wijk for one week has been made. Its unique key is the claim, so the digest
/// goes out once even when the job runs twice or on two servers.</summary>
public sealed class NieuwsbriefVerzending
{
    public long Id { get; set; }
    public int WijkId { get; set; }

    /// <summary>The Monday of the week the digest is about.</summary>
    public DateOnly Week { get; set; }

    public DateTime AangemaaktUtc { get; set; }
    public int Ontvangers { get; set; }
}

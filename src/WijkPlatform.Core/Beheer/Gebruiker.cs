namespace WijkPlatform.Core.Beheer;

/// <summary>An account: a member of a collective or staff (wijkteam, redactie, beheer). Residents need none.
/// A plain domain type; the Web project adapts it to ASP.NET Core Identity (hashing, lockout, sign-in).</summary>
public sealed class Gebruiker
{
    public int Id { get; set; }
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }
    public bool EmailBevestigd { get; set; }
    public string Naam { get; set; } = "";
    public string? Telefoon { get; set; }
    public string? WachtwoordHash { get; set; }
    public string BeveiligingsStempel { get; set; } = Guid.NewGuid().ToString("N");
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool TweeStapsAan { get; set; }
    public bool BlokkerenMogelijk { get; set; } = true;
    public DateTimeOffset? GeblokkeerdTot { get; set; }
    public int MisluktePogingen { get; set; }

    /// <summary>Null for accounts made before this was recorded.</summary>
    public DateTime? AangemaaktUtc { get; set; }

    /// <summary>Set by beheer: the account cannot sign in and its sessions end, but its history stays readable.</summary>
    public DateTime? UitgeschakeldUtc { get; set; }

    public DateTime? LaatstIngelogdUtc { get; set; }

    public List<GebruikerRol> Rollen { get; } = [];
    public List<GebruikerToken> Tokens { get; } = [];
    public List<Lidmaatschap> Lidmaatschappen { get; } = [];
    public List<WijkBinding> Wijken { get; } = [];
}

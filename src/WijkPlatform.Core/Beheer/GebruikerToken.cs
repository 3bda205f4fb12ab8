namespace WijkPlatform.Core.Beheer;

/// <summary>A secret kept for an account by a sign-in provider, such as the authenticator key for two-factor.</summary>
public sealed class GebruikerToken
{
    public int GebruikerId { get; set; }
    public required string Aanbieder { get; set; }
    public required string Naam { get; set; }
    public string? Waarde { get; set; }
}

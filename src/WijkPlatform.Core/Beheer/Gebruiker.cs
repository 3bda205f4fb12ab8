using Microsoft.AspNetCore.Identity;

namespace WijkPlatform.Core.Beheer;

/// <summary>An account: a member of a collective or staff (wijkteam, redactie, beheer). Residents need none.</summary>
public sealed class Gebruiker : IdentityUser<int>
{
    public string Naam { get; set; } = "";

    public List<Lidmaatschap> Lidmaatschappen { get; } = [];

    public List<WijkBinding> Wijken { get; } = [];
}

namespace WijkPlatform.Core.Beheer;

/// <summary>The roles of DESIGN.md. A person may hold several; what a wijkteam member sees is further limited to the
/// wijken bound to the account (<see cref="WijkBinding"/>), what a collective member touches to their collectives.</summary>
public static class Rollen
{
    public const string Collectief = "Collectief";
    public const string Wijkteam = "Wijkteam";
    public const string Redactie = "Redactie";
    public const string Beheer = "Beheer";

    public static IReadOnlyList<string> Alle { get; } = [Collectief, Wijkteam, Redactie, Beheer];

    /// <summary>Staff roles: two-factor sign-in is required for these.</summary>
    public static IReadOnlyList<string> Medewerkers { get; } = [Wijkteam, Redactie, Beheer];
}

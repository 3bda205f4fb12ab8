namespace WijkPlatform.Core.Beheer;

/// <summary>Who is acting in the back office, read from the database on each request (not from the sign-in cookie),
/// so a membership that was just removed stops working at once.</summary>
public sealed record Beheerder(int GebruikerId, string Naam, IReadOnlyCollection<int> Collectieven, bool IsRedactie)
{
    /// <summary>Members touch their own collectives' items; the redactie and beheer may touch every item.</summary>
    public bool MagBeheren(int? organisatieId) =>
        IsRedactie || organisatieId is int id && Collectieven.Contains(id);
}

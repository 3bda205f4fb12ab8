using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Core.Beheer;

/// <summary>A person is a member of a collective; one person can be a member of several.</summary>
public sealed class Lidmaatschap
{
    public int GebruikerId { get; set; }
    public int OrganisatieId { get; set; }
    public Organisatie? Organisatie { get; set; }
}

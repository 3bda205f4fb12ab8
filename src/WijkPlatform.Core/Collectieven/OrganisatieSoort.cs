namespace WijkPlatform.Core.Collectieven;

public enum OrganisatieSoort
{
    /// <summary>A resident group: wijkraad, wijkstichting, Huis van de Wijk.</summary>
    Collectief = 0,

    /// <summary>A professional partner: gemeente, welzijn, woningcorporatie, zorg.</summary>
    Partner = 1,
}

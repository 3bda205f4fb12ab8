namespace WijkPlatform.Core.Collectieven;

/// <summary>Fetches the text of a collective's calendar feed; the Web project does it over HTTP. Expected failures
/// (unreachable, too large, a refused address) come back as a Dutch message the collective can act on.</summary>
public interface IAgendaBron
{
    Task<AgendaOphalen> HaalOpAsync(Uri url, CancellationToken cancellationToken);
}

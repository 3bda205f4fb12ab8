namespace WijkPlatform.Core.Collectieven;

/// <summary>What fetching a calendar feed gave: its text, or why there is none.</summary>
public sealed record AgendaOphalen(string? Tekst, string? Fout)
{
    public static AgendaOphalen Gelukt(string tekst) => new(tekst, null);

    public static AgendaOphalen Mislukt(string fout) => new(null, fout);
}

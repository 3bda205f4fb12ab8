namespace WijkPlatform.Core.Sync;

public sealed record SyncMelding(string Bestand, string Tekst);

public sealed class SyncResultaat
{
    public int Toegevoegd { get; set; }
    public int Bijgewerkt { get; set; }
    public int Ongewijzigd { get; set; }
    public int Verwijderd { get; set; }
    public List<SyncMelding> Meldingen { get; } = [];

    public int Wijzigingen => Toegevoegd + Bijgewerkt + Verwijderd;

    public override string ToString() =>
        $"{Toegevoegd} toegevoegd, {Bijgewerkt} bijgewerkt, {Verwijderd} verwijderd, {Ongewijzigd} ongewijzigd, {Meldingen.Count} meldingen";
}

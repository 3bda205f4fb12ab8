namespace WijkPlatform.Core.Initiatieven;

public sealed partial class Aanvrager
{
    /// <summary>What the applicant sees behind the secret link. Built from the request without internal lines, staff names
    /// or anything the wijkteam keeps for itself.</summary>
    public sealed record Weergave(
        string Kenmerk,
        string? Titel,
        InitiatiefStatus Status,
        string StatusTekst,
        string Wijkteam,
        DateTime? IngediendUtc,
        DateTime? BeslistermijnUtc,
        long GevraagdInCenten,
        IReadOnlyList<Regel> Tijdlijn,
        string? OpenVraag,
        Besluit? Besluit,
        long? UitbetaaldInCenten,
        Verantwoording? Verantwoording,
        IReadOnlyList<Bijlage> Bijlagen,
        int AanvullingenVrij,
        int BonnenEnFotosVrij)
    {
        public bool KanAntwoorden => Status == InitiatiefStatus.VraagAanAanvrager;

        public bool KanAanvullen => Aanvulbaar.Contains(Status) && AanvullingenVrij > 0;

        public bool KanIntrekken => Statusmachine.Mag(Status, InitiatiefStatus.Afgesloten, Actor.Aanvrager);

        public bool KanVerantwoorden => Status == InitiatiefStatus.Uitbetaald;
    }

    /// <summary>One line of the public timeline: <see cref="Door"/> is the team, the applicant or the system, never a person.</summary>
    public sealed record Regel(DateTime TijdUtc, string Wat, string? Tekst, string Door);

    public sealed record Besluit(string Uitkomst, long BedragInCenten, string? Motivering, DateTime BesluitUtc);

    public sealed record Verantwoording(string? Tekst, long? KostenInCenten, int? Deelnemers, DateTime VerantwoordUtc);

    public sealed record Bijlage(int Id, string Naam, BijlageSoort Soort, long Grootte, DateTime GeuploadUtc);

    /// <summary>A file as the applicant sent it; the web layer opens the stream, Core reads and checks it.</summary>
    public sealed record Bestand(Stream Inhoud, string Naam);

    public sealed record VerantwoordingInvoer(string? Tekst, string? Kosten, string? Deelnemers);

    public enum UitkomstStatus
    {
        NietGevonden,
        Geweigerd,
        Gelukt,
    }

    /// <summary>The outcome of an applicant's step; each <see cref="Fout"/> names the field it belongs beside (null: the page).</summary>
    public sealed record Uitkomst(UitkomstStatus Status, IReadOnlyList<Fout> Fouten)
    {
        public static Uitkomst NietGevonden { get; } = new(UitkomstStatus.NietGevonden, []);
        public static Uitkomst Gelukt { get; } = new(UitkomstStatus.Gelukt, []);

        public static Uitkomst Geweigerd(string melding, string? veld = null) => new(UitkomstStatus.Geweigerd, [new Fout(veld, melding)]);

        public static Uitkomst Geweigerd(IReadOnlyList<Fout> fouten) => new(UitkomstStatus.Geweigerd, fouten);
    }

    public sealed record Fout(string? Veld, string Melding);

    /// <summary>A stored attachment that belongs to the request of the given secret, ready to be streamed.</summary>
    public sealed record Download(string Naam, string ContentType, string Opslag);
}

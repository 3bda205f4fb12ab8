using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>A bewonersinitiatief request, from the first saved step to the closed file. The personal fields are
/// emptied a set time after closure (<see cref="InitiatiefOptions.BewaarDagenNaAfsluiten"/>); the amounts, the wijk
/// and the dates stay, because they are the financial record of the wijkbudget.</summary>
public sealed class Initiatief
{
    public int Id { get; set; }

    /// <summary>Null while the request sits in the central queue (a postcode outside the table).</summary>
    public int? WijkId { get; set; }

    public Wijk? Wijk { get; set; }
    public InitiatiefStatus Status { get; set; } = InitiatiefStatus.Concept;

    /// <summary>The furthest step of the form the applicant reached, so a resumed form opens where they stopped.</summary>
    public int Stap { get; set; } = 1;

    /// <summary>SHA-256 of the secret in the applicant's link (resume while a concept, status page after sending).</summary>
    public required byte[] SleutelHash { get; set; }

    // Contact: personal data.
    public string? Naam { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
    public string? Postcode { get; set; }
    public string? Huisnummer { get; set; }

    // The idea.
    public string? Titel { get; set; }
    public string? Wat { get; set; }
    public string? VoorWie { get; set; }
    public string? Wanneer { get; set; }
    public string? Waar { get; set; }
    public string? IkWil { get; set; }
    public string? IkKan { get; set; }
    public string? IkHebNodig { get; set; }
    public string? WieDoenMee { get; set; }
    public int? VerwachteDeelnemers { get; set; }

    // Money, in cents.
    public List<BegrotingsRegel> Begroting { get; } = [];
    public long EigenBijdrageInCenten { get; set; }
    public long AndereFinancieringInCenten { get; set; }
    public string? AndereFinancieringToelichting { get; set; }

    /// <summary>The applicant agrees that title, amount and short description appear on the public list of granted
    /// initiatives; without it the request is never shown in public.</summary>
    public bool ToestemmingPubliceren { get; set; }

    public bool ToestemmingGegevens { get; set; }

    public DateTime AangemaaktUtc { get; set; }
    public DateTime? IngediendUtc { get; set; }

    /// <summary>When the decision is due. Moves on by the time the request waits for the applicant's answer.</summary>
    public DateTime? BeslistermijnUtc { get; set; }

    public DateTime? VraagGesteldUtc { get; set; }
    public DateTime? HerinneringUtc { get; set; }
    public DateTime? GeescaleerdUtc { get; set; }

    public int? BeoordelaarId { get; set; }

    // The decision. Above the four-eyes amount a proposal waits for a second reviewer.
    public InitiatiefStatus? VoorstelUitkomst { get; set; }
    public long? VoorstelBedragInCenten { get; set; }
    public string? VoorstelMotivering { get; set; }
    public int? VoorstelDoorId { get; set; }
    public long? ToegekendBedragInCenten { get; set; }
    public string? Motivering { get; set; }
    public int? BesluitDoorId { get; set; }
    public int? TweedeBeoordelaarId { get; set; }
    public DateTime? BesluitUtc { get; set; }

    public long? UitbetaaldBedragInCenten { get; set; }
    public DateTime? UitbetaaldUtc { get; set; }

    // Verantwoording.
    public string? VerantwoordingTekst { get; set; }
    public long? WerkelijkeKostenInCenten { get; set; }
    public int? WerkelijkeDeelnemers { get; set; }
    public DateTime? VerantwoordUtc { get; set; }

    public DateTime? AfgeslotenUtc { get; set; }
    public DateTime? GewistUtc { get; set; }

    /// <summary>The budget year: the year in which the request was sent.</summary>
    public int? Jaar { get; set; }

    /// <summary>Raised on every step, so two people acting on one request at once cannot both succeed.</summary>
    public int Versie { get; set; }

    public List<InitiatiefBijlage> Bijlagen { get; } = [];
    public List<InitiatiefGebeurtenis> Gebeurtenissen { get; } = [];

    public long TotaalInCenten => Begroting.Sum(r => r.BedragInCenten);

    /// <summary>What is asked from the wijkbudget: the total minus the own contribution and other funding, never below 0.</summary>
    public long GevraagdInCenten => Math.Max(0, TotaalInCenten - EigenBijdrageInCenten - AndereFinancieringInCenten);

    /// <summary>A short, public reference the applicant can quote on the phone, such as 2026-0042.</summary>
    public string Kenmerk => $"{(Jaar ?? AangemaaktUtc.Year)}-{Id:0000}";
}

public enum InitiatiefStatus
{
    /// <summary>Being filled in by the applicant; not yet seen by anyone.</summary>
    Concept,
    Ingediend,
    InBehandeling,
    VraagAanAanvrager,

    /// <summary>A decision above the four-eyes amount waits for a second reviewer. The applicant sees "in behandeling".</summary>
    BesluitVoorgelegd,
    Toegekend,
    DeelsToegekend,
    Afgewezen,
    Uitbetaald,
    Verantwoord,
    Afgesloten,
}

/// <summary>One line of the budget: what it is for and what it costs.</summary>
public sealed class BegrotingsRegel
{
    public int Id { get; set; }
    public int InitiatiefId { get; set; }
    public int Volgorde { get; set; }
    public required string Omschrijving { get; set; }
    public long BedragInCenten { get; set; }
}

/// <summary>A file that came with the request, an answer or the verantwoording. The content lives in the attachment
/// store under <see cref="Opslag"/>, outside the web root; only staff of the wijk and the applicant can fetch it.</summary>
public sealed class InitiatiefBijlage
{
    public int Id { get; set; }
    public int InitiatiefId { get; set; }
    public BijlageSoort Soort { get; set; }
    public required string Naam { get; set; }
    public required string ContentType { get; set; }
    public long Grootte { get; set; }
    public required string Opslag { get; set; }
    public DateTime GeuploadUtc { get; set; }

    /// <summary>What the virus scanner said; "niet gescand" when no scanner is configured.</summary>
    public required string Scan { get; set; }
}

public enum BijlageSoort
{
    Aanvraag,
    Aanvulling,
    Bon,
    Foto,
}

/// <summary>One line in the timeline of a request. Internal notes are shown to the wijkteam only.</summary>
public sealed class InitiatiefGebeurtenis
{
    public long Id { get; set; }
    public int InitiatiefId { get; set; }
    public DateTime TijdUtc { get; set; }
    public GebeurtenisSoort Soort { get; set; }
    public InitiatiefStatus? Van { get; set; }
    public InitiatiefStatus? Naar { get; set; }
    public string? Tekst { get; set; }
    public int? DoorId { get; set; }

    /// <summary>Who did it, as shown in the timeline ("Wijkteam Ruwaard", "de aanvrager", "het systeem").</summary>
    public required string Door { get; set; }

    public bool Intern { get; set; }
}

public enum GebeurtenisSoort
{
    Status,
    Vraag,
    Antwoord,
    Notitie,
    Toegewezen,
    Doorgestuurd,
    Bijlage,
    Herinnering,
    Escalatie,
    Bericht,
}

using System.Linq.Expressions;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Agenda;

/// <summary>One event, or a recurring series described by an RFC 5545 RRULE in <see cref="Herhaling"/>.</summary>
public sealed class Activiteit : ISyncItem, IGewijzigd
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public DateTime GewijzigdUtc { get; set; }
    public required string Titel { get; set; }
    public string? Samenvatting { get; set; }
    public string? Omschrijving { get; set; }
    public int CategorieId { get; set; }
    public Categorie? Categorie { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }
    public int? LocatieId { get; set; }

    /// <summary>For an online activity (or one that can also be followed online).</summary>
    public string? OnlineLink { get; set; }

    public Locatie? Locatie { get; set; }
    public int? OrganisatieId { get; set; }
    public Organisatie? Organisatie { get; set; }
    public Doelgroep Doelgroep { get; set; }

    /// <summary>Wall-clock time in Europe/Amsterdam of the first occurrence; stored without offset so that a
    /// weekly 10:00 stays 10:00 on both sides of a daylight-saving change.</summary>
    public DateTime StartLokaal { get; set; }

    public int DuurMinuten { get; set; }
    public string? Herhaling { get; set; }
    /// <summary>Cost per person in euro cents; whole numbers compare and sort the same on every database engine.</summary>
    public int KostenInCenten { get; set; }
    public bool AanmeldenNodig { get; set; }
    public int? Capaciteit { get; set; }

    /// <summary>How many persons one sign-up may bring (the resident plus family or friends).</summary>
    public int MaxPersonenPerAanmelding { get; set; } = 4;

    public string? Contact { get; set; }

    /// <summary>Path of the image under the site's web root, and the text that says what it shows (required with an image).</summary>
    public string? Afbeelding { get; set; }

    public string? AfbeeldingAlt { get; set; }
    public bool Rolstoeltoegankelijk { get; set; }
    public bool Ringleiding { get; set; }
    public bool Prikkelarm { get; set; }

    /// <summary>Weekly opening hours; when present they define the dates instead of <see cref="Herhaling"/>
    /// (dagontmoeting: walk in during opening hours).</summary>
    public List<Openingstijd> Openingstijden { get; set; } = [];

    public List<Uitzondering> Uitzonderingen { get; set; } = [];

    /// <summary>The <see cref="GewijzigdUtc"/> for which the occurrences were last planned, and how far ahead.</summary>
    public DateTime? GeplandVoorUtc { get; set; }

    public DateTime? GeplandTotUtc { get; set; }

    /// <summary>Whether residents see it. Activities of a collective that is not yet trusted wait for the redactie.</summary>
    public ActiviteitStatus Status { get; set; }

    /// <summary>Set when the organiser called off the whole activity: its dates from <see cref="AfgelastUtc"/> on stay in
    /// the agenda marked "gaat niet door" with this reason, so residents who planned to come learn why.</summary>
    public string? AfgelastReden { get; set; }

    public DateTime? AfgelastUtc { get; set; }

    /// <summary>The UID of the event in the collective's own calendar feed, when it was imported from there.</summary>
    public string? ImportUid { get; set; }

    /// <summary>A hash of the imported event's content, so an unchanged event is not written again on every import.</summary>
    public string? ImportVingerafdruk { get; set; }

    public bool IsGratis => KostenInCenten == 0;

    /// <summary>What residents may see: public pages, feeds, search and sign-up use this filter.</summary>
    public static Expression<Func<Activiteit, bool>> Publiek { get; } = a => a.Status == ActiviteitStatus.Gepubliceerd;
}

public enum ActiviteitStatus
{
    Gepubliceerd,
    TerBeoordeling,
    Verborgen,

    /// <summary>A copy not yet saved by its organiser: not public and not waiting for the redactie.</summary>
    Concept,
}

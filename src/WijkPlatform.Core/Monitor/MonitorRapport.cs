using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Core.Monitor;

public sealed record MonitorWijk(int Id, string Slug, string Naam);

/// <summary>Every figure of the monitor for one wijk (or all the caller may see) and one period.</summary>
/// <param name="WijkNaam">The wijk, or which wijken "all" covers: "Alle wijken" for beheer, the bound wijken by name for a wijkteam.</param>
public sealed record MonitorRapport(
    MonitorWijk? Wijk,
    string WijkNaam,
    MonitorPeriode Periode,
    DateTime NuUtc,
    IReadOnlyList<ActiviteitenPerCategorie> Activiteiten,
    IReadOnlyList<AanmeldingenPerCategorie> Aanmeldingen,
    IReadOnlyList<AanwezigheidPerCategorie> Aanwezigheid,
    IReadOnlyList<WachtlijstActiviteit> Wachtlijst,
    WachtlijstTotaal WachtlijstTotaal,
    IReadOnlyList<DagontmoetingPlek> Dagontmoeting,
    IReadOnlyList<InitiatievenPerStatus> Initiatieven,
    Besluitduur Besluitduur,
    IReadOnlyList<BudgetJaar> Budget,
    IReadOnlyList<MaandCijfers> Maanden);

/// <summary>Published activities with at least one date in the period that went on, and those dates.</summary>
public sealed record ActiviteitenPerCategorie(string Categorie, bool IsDagontmoeting, int Activiteiten, int Voorkomens);

/// <summary>Sign-ups for dates in the period, by their status now; persons include the people a sign-up brings along.</summary>
public sealed record AanmeldingenPerCategorie(string Categorie, int Bevestigd, int BevestigdPersonen, int Wachtlijst,
    int WachtlijstPersonen, int Afgemeld, int AfgemeldPersonen)
{
    public int Totaal => Bevestigd + Wachtlijst + Afgemeld;
}

/// <summary>Confirmed sign-ups for dates in the period that have begun, by what the organiser marked.</summary>
public sealed record AanwezigheidPerCategorie(string Categorie, int Gekomen, int NietGekomen, int NietIngevuld,
    int PersonenGekomen, int PersonenNietGekomen)
{
    /// <summary>Share of the marked sign-ups that did not come; null while nothing is marked.</summary>
    public decimal? NietGekomenProcent => Gekomen + NietGekomen == 0 ? null : Math.Round(100m * NietGekomen / (Gekomen + NietGekomen), 1);
}

/// <summary>People still on the wachtlijst of one activity, against the places it has on each date.</summary>
public sealed record WachtlijstActiviteit(string Titel, int? Capaciteit, int Datums, int Aanmeldingen, int Personen)
{
    /// <summary>The people waiting as a share of the places on the dates that had a wachtlijst.</summary>
    public decimal? ProcentVanPlaatsen => Capaciteit is int c && c > 0 && Datums > 0 ? Math.Round(100m * Personen / (c * Datums), 1) : null;
}

public sealed record WachtlijstTotaal(int Activiteiten, int Datums, int Aanmeldingen, int Personen, int BevestigdPersonen)
{
    /// <summary>Of everyone who asked for a place (confirmed or waiting), the share that is still waiting.</summary>
    public decimal? ProcentWachtend => Personen + BevestigdPersonen == 0 ? null : Math.Round(100m * Personen / (Personen + BevestigdPersonen), 1);
}

/// <summary>A walk-in place: how often it was open in the period. Nobody counts visitors at a walk-in, so times open
/// is the measure; sign-ups are shown for the rare place that takes them.</summary>
public sealed record DagontmoetingPlek(string Plek, int Activiteiten, int KeerOpen, int Aanmeldingen, int Personen);

/// <summary>Requests sent in the period, by their status now.</summary>
public sealed record InitiatievenPerStatus(InitiatiefStatus Status, int Aantal, long GevraagdInCenten, long ToegekendInCenten);

/// <summary>Calendar days (Dutch time) from sending to the decision, for decisions taken in the period.</summary>
public sealed record Besluitduur(int Aantal, decimal? MediaanDagen, decimal? GemiddeldDagen, int? KortsteDagen, int? LangsteDagen);

/// <summary>The wijkbudget of one year the period touches, for the whole year: the budget is set per year.</summary>
public sealed record BudgetJaar(int Jaar, long BudgetInCenten, long GevraagdInCenten, long ToegekendInCenten, long BetaaldInCenten)
{
    public long OverInCenten => BudgetInCenten - ToegekendInCenten;
}

/// <summary>One month: dates that went on, sign-ups for dates in it (without cancellations), requests sent and decided.</summary>
public sealed record MaandCijfers(Maand Maand, int Voorkomens, int Aanmeldingen, int Personen, int Ingediend, int Besloten);

using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>A range of Dutch postcodes (<see cref="Van"/> to <see cref="Tot"/>, both as 1234AB) that belongs to one
/// wijk. Kept in uSync so the municipality can correct it without a release; the narrowest matching range wins, so a
/// street that crosses a wijk border can be carved out of its four-digit area.</summary>
public sealed class Postcodegebied : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public required string Van { get; set; }
    public required string Tot { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }
}

/// <summary>The money a wijk may spend on bewonersinitiatieven in one year. Granted and paid amounts come from the
/// ledger (<see cref="BudgetBoeking"/>), never typed in.</summary>
public sealed class Wijkbudget : ISyncItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public required string Slug { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }
    public int Jaar { get; set; }
    public long BudgetInCenten { get; set; }

    /// <summary>Concurrency token, raised by every grant from this budget.</summary>
    public int Versie { get; set; }
}

/// <summary>One line of the wijkbudget ledger. Lines are only added, never changed: a correction is a new line.</summary>
public sealed class BudgetBoeking
{
    public long Id { get; set; }
    public int WijkId { get; set; }
    public int Jaar { get; set; }
    public int InitiatiefId { get; set; }
    public BoekingSoort Soort { get; set; }

    /// <summary>Positive for a grant or a payment; a release (<see cref="BoekingSoort.Vrijval"/>) lowers what is granted.</summary>
    public long BedragInCenten { get; set; }

    public DateTime TijdUtc { get; set; }
    public int? DoorId { get; set; }
    public required string Omschrijving { get; set; }
}

public enum BoekingSoort
{
    /// <summary>A decision reserves money: counts as granted.</summary>
    Toekenning,

    /// <summary>Money transferred to the applicant.</summary>
    Betaling,

    /// <summary>Granted money that will not be paid (less was needed): goes back to the budget.</summary>
    Vrijval,
}

using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Core.Privacy;

/// <summary>Everything the platform holds about one e-mail address or phone number, per kind. The same overview feeds
/// the page, the export and the erasure, so what beheer sees is what is exported and what is wiped.</summary>
public sealed record PrivacyOverzicht(
    Zoekterm Zoekterm,
    IReadOnlyList<GevondenAanmelding> Aanmeldingen,
    IReadOnlyList<GevondenInitiatief> Initiatieven,
    IReadOnlyList<GevondenAbonnement> Abonnementen,
    IReadOnlyList<GevondenAccount> Accounts,
    IReadOnlyList<GevondenMail> Mails,
    IReadOnlyList<GevondenMelding> Meldingen,
    IReadOnlyList<Vermelding> Vermeldingen,
    IReadOnlyList<OpenbaarContact> Openbaar)
{
    public int Bijlagen => Initiatieven.Sum(i => i.Bijlagen.Count);

    public bool IsLeeg => Aantallen.Values.All(n => n == 0) && Openbaar.Count == 0;

    /// <summary>Counts per kind, for the audit row and the summary; never the data itself.</summary>
    public IReadOnlyDictionary<string, int> Aantallen => new Dictionary<string, int>
    {
        ["aanmeldingen"] = Aanmeldingen.Count,
        ["initiatieven"] = Initiatieven.Count,
        ["bijlagen"] = Bijlagen,
        ["nieuwsbrief"] = Abonnementen.Count,
        ["accounts"] = Accounts.Count,
        ["mails"] = Mails.Count,
        ["meldingen"] = Meldingen.Count,
        ["vermeldingen"] = Vermeldingen.Count,
        ["openbaar"] = Openbaar.Count,
    };

    public string AantallenTekst => string.Join(", ", Aantallen.Select(a => $"{a.Key} {a.Value}"));
}

public sealed record GevondenAanmelding(long Id, string Activiteit, DateTime StartUtc, AanmeldingStatus Status, int Personen, bool? Aanwezig,
    DateTime AangemeldUtc, DateTime? AfgemeldUtc, string? Naam, string? Email, string? Telefoon, string? Opmerking);

public sealed record GevondenInitiatief(int Id, string Kenmerk, string? Wijk, InitiatiefStatus Status, DateTime AangemaaktUtc, DateTime? IngediendUtc,
    long GevraagdInCenten, long? ToegekendInCenten, long? UitbetaaldInCenten, string? Naam, string? Email, string? Telefoon, string? Postcode,
    string? Huisnummer, IReadOnlyDictionary<string, string> Teksten, IReadOnlyList<GevondenGebeurtenis> Tijdlijn, IReadOnlyList<GevondenBijlage> Bijlagen)
{
    public bool IsConcept => Status == InitiatiefStatus.Concept;

    public bool LooptNog => Status is not (InitiatiefStatus.Concept or InitiatiefStatus.Afgewezen or InitiatiefStatus.Afgesloten);
}

public sealed record GevondenGebeurtenis(DateTime TijdUtc, GebeurtenisSoort Soort, string Door, string? Tekst, bool Intern);

public sealed record GevondenBijlage(int Id, BijlageSoort Soort, string Naam, string ContentType, long Grootte, DateTime GeuploadUtc, string Opslag)
{
    /// <summary>Receipts are part of the financial record and stay until the normal retention (ADR 18).</summary>
    public bool Blijft => Soort == BijlageSoort.Bon;
}

public sealed record GevondenAbonnement(long Id, string Wijk, AbonnementStatus Status, DateTime AangevraagdUtc, DateTime? BevestigdUtc, DateTime? AfgemeldUtc);

public sealed record GevondenAccount(int Id, string Email, string Naam, string? Telefoon, IReadOnlyList<string> Rollen, IReadOnlyList<string> Collectieven,
    IReadOnlyList<string> Wijken, DateTime? AangemaaktUtc, DateTime? LaatstIngelogdUtc, DateTime? UitgeschakeldUtc, bool TweeStapsAan);

/// <summary>A mail in the queue or kept after sending. <see cref="AanDezePersoon"/> is false for a mail to someone else
/// (such as a wijkteam) that names this person.</summary>
public sealed record GevondenMail(long Id, string Soort, string Aan, string Onderwerp, string Tekst, DateTime AangemaaktUtc, DateTime? VerzondenUtc,
    bool AanDezePersoon);

public sealed record GevondenMelding(long Id, string Activiteit, DateTime TijdUtc, string Reden, DateTime? AfgehandeldUtc);

/// <summary>The address or number written in a free text of someone else's record, such as a remark on another sign-up.
/// Only the words around it are shown.</summary>
public sealed record Vermelding(string Tabel, string Veld, long Id, string Fragment);

/// <summary>The address or number as a published contact point (an activity, an organisation, a wijkteam, a
/// cliëntondersteuner): found and exported, but changed by the redactie, not erased here (ADR 18).</summary>
public sealed record OpenbaarContact(string Soort, long Id, string Naam, string Veld);

using System.Collections.Frozen;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>Who takes a step. The applicant has no account; the wijkteam acts in the back office; the system runs jobs.</summary>
public enum Actor
{
    Aanvrager,
    Wijkteam,
    Systeem,
}

/// <summary>The explicit life of a request. Every status change goes through <see cref="Zet"/>, which refuses a step
/// that is not in the table, stamps the dates that belong to it and writes the timeline; mails and the audit log are
/// added by the caller in the same unit of work (<see cref="InitiatiefStappen"/>).</summary>
public static class Statusmachine
{
    private static readonly FrozenDictionary<(InitiatiefStatus Van, InitiatiefStatus Naar), Actor[]> Stappen =
        new Dictionary<(InitiatiefStatus, InitiatiefStatus), Actor[]>
        {
            [(InitiatiefStatus.Concept, InitiatiefStatus.Ingediend)] = [Actor.Aanvrager],
            [(InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling)] = [Actor.Wijkteam],
            [(InitiatiefStatus.Ingediend, InitiatiefStatus.VraagAanAanvrager)] = [Actor.Wijkteam],
            [(InitiatiefStatus.InBehandeling, InitiatiefStatus.VraagAanAanvrager)] = [Actor.Wijkteam],
            [(InitiatiefStatus.VraagAanAanvrager, InitiatiefStatus.InBehandeling)] = [Actor.Aanvrager, Actor.Wijkteam],
            [(InitiatiefStatus.InBehandeling, InitiatiefStatus.BesluitVoorgelegd)] = [Actor.Wijkteam],
            [(InitiatiefStatus.InBehandeling, InitiatiefStatus.Toegekend)] = [Actor.Wijkteam],
            [(InitiatiefStatus.InBehandeling, InitiatiefStatus.DeelsToegekend)] = [Actor.Wijkteam],
            [(InitiatiefStatus.InBehandeling, InitiatiefStatus.Afgewezen)] = [Actor.Wijkteam],
            [(InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.Toegekend)] = [Actor.Wijkteam],
            [(InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.DeelsToegekend)] = [Actor.Wijkteam],
            [(InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.Afgewezen)] = [Actor.Wijkteam],
            [(InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.InBehandeling)] = [Actor.Wijkteam],
            [(InitiatiefStatus.Toegekend, InitiatiefStatus.Uitbetaald)] = [Actor.Wijkteam],
            [(InitiatiefStatus.DeelsToegekend, InitiatiefStatus.Uitbetaald)] = [Actor.Wijkteam],
            [(InitiatiefStatus.Uitbetaald, InitiatiefStatus.Verantwoord)] = [Actor.Aanvrager],
            [(InitiatiefStatus.Verantwoord, InitiatiefStatus.Uitbetaald)] = [Actor.Wijkteam],
            [(InitiatiefStatus.Verantwoord, InitiatiefStatus.Afgesloten)] = [Actor.Wijkteam],
            [(InitiatiefStatus.Afgewezen, InitiatiefStatus.Afgesloten)] = [Actor.Wijkteam, Actor.Systeem],

            // The applicant may withdraw while nothing has been decided.
            [(InitiatiefStatus.Ingediend, InitiatiefStatus.Afgesloten)] = [Actor.Aanvrager],
            [(InitiatiefStatus.InBehandeling, InitiatiefStatus.Afgesloten)] = [Actor.Aanvrager],
            [(InitiatiefStatus.VraagAanAanvrager, InitiatiefStatus.Afgesloten)] = [Actor.Aanvrager],
        }.ToFrozenDictionary();

    /// <summary>Statuses in which the beslistermijn runs (the wijkteam owes a decision).</summary>
    public static IReadOnlyList<InitiatiefStatus> WachtOpBesluit { get; } =
        [InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling, InitiatiefStatus.BesluitVoorgelegd];

    /// <summary>Statuses that are visible in a wijkteam's queue as open work.</summary>
    public static IReadOnlyList<InitiatiefStatus> Open { get; } =
    [
        InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling, InitiatiefStatus.VraagAanAanvrager,
        InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.Toegekend, InitiatiefStatus.DeelsToegekend,
        InitiatiefStatus.Uitbetaald, InitiatiefStatus.Verantwoord,
    ];

    public static bool Mag(InitiatiefStatus van, InitiatiefStatus naar, Actor actor) =>
        Stappen.TryGetValue((van, naar), out var actoren) && actoren.Contains(actor);

    /// <summary>The steps the given actor may take from a status, for showing only the buttons that can work.</summary>
    public static IEnumerable<InitiatiefStatus> Volgende(InitiatiefStatus van, Actor actor) =>
        Stappen.Where(s => s.Key.Van == van && s.Value.Contains(actor)).Select(s => s.Key.Naar).Order();

    /// <summary>Moves the request on, or throws <see cref="OngeldigeStapException"/> when the step does not exist.</summary>
    public static InitiatiefGebeurtenis Zet(Initiatief initiatief, InitiatiefStatus naar, Actor actor, int? doorId, string door,
        string? tekst, DateTime nuUtc, TimeSpan beslistermijn)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        var van = initiatief.Status;
        if (!Mag(van, naar, actor))
        {
            throw new OngeldigeStapException(van, naar);
        }

        switch (naar)
        {
            case InitiatiefStatus.Ingediend:
                initiatief.IngediendUtc = nuUtc;
                initiatief.Jaar = Agenda.Tijd.Lokaal(nuUtc).Year;
                initiatief.BeslistermijnUtc = nuUtc + beslistermijn;
                break;
            case InitiatiefStatus.VraagAanAanvrager:
                initiatief.VraagGesteldUtc = nuUtc;
                break;
            case InitiatiefStatus.InBehandeling when van == InitiatiefStatus.VraagAanAanvrager:
                // Waiting for the applicant does not count against the wijkteam (as in the Awb): the term moves on.
                if (initiatief is { VraagGesteldUtc: { } gesteld, BeslistermijnUtc: { } termijn })
                {
                    initiatief.BeslistermijnUtc = termijn + (nuUtc - gesteld);
                    initiatief.HerinneringUtc = null;
                }

                initiatief.VraagGesteldUtc = null;
                break;
            case InitiatiefStatus.Toegekend or InitiatiefStatus.DeelsToegekend or InitiatiefStatus.Afgewezen:
                initiatief.BesluitUtc = nuUtc;
                break;
            case InitiatiefStatus.Uitbetaald when van != InitiatiefStatus.Verantwoord:
                initiatief.UitbetaaldUtc = nuUtc;
                break;
            case InitiatiefStatus.Verantwoord:
                initiatief.VerantwoordUtc = nuUtc;
                break;
            case InitiatiefStatus.Afgesloten:
                initiatief.AfgeslotenUtc = nuUtc;
                break;
        }

        initiatief.Status = naar;
        var regel = new InitiatiefGebeurtenis
        {
            TijdUtc = nuUtc,
            Soort = GebeurtenisSoort.Status,
            Van = van,
            Naar = naar,
            Tekst = tekst,
            DoorId = doorId,
            Door = door,
        };
        initiatief.Gebeurtenissen.Add(regel);
        return regel;
    }

    /// <summary>The status in words for the applicant: a proposal waiting for a second reviewer is still "in behandeling".</summary>
    public static string VoorAanvrager(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.BesluitVoorgelegd => Naam(InitiatiefStatus.InBehandeling),
        _ => Naam(status),
    };

    public static string Naam(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.Concept => "nog niet verstuurd",
        InitiatiefStatus.Ingediend => "ingediend",
        InitiatiefStatus.InBehandeling => "in behandeling",
        InitiatiefStatus.VraagAanAanvrager => "vraag aan de aanvrager",
        InitiatiefStatus.BesluitVoorgelegd => "besluit wacht op tweede beoordelaar",
        InitiatiefStatus.Toegekend => "toegekend",
        InitiatiefStatus.DeelsToegekend => "deels toegekend",
        InitiatiefStatus.Afgewezen => "afgewezen",
        InitiatiefStatus.Uitbetaald => "uitbetaald",
        InitiatiefStatus.Verantwoord => "verantwoording ontvangen",
        InitiatiefStatus.Afgesloten => "afgesloten",
        _ => status.ToString(),
    };
}

public sealed class OngeldigeStapException(InitiatiefStatus van, InitiatiefStatus naar)
    : InvalidOperationException($"Een aanvraag met de status '{Statusmachine.Naam(van)}' kan niet naar '{Statusmachine.Naam(naar)}'.")
{
    public InitiatiefStatus Van { get; } = van;
    public InitiatiefStatus Naar { get; } = naar;
}

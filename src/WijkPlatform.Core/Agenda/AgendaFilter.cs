namespace WijkPlatform.Core.Agenda;

/// <summary>What a resident asked the agenda for; the same filter serves the page, the feeds and the API.</summary>
public sealed record AgendaFilter
{
    /// <summary>The most occurrences one query returns: a calendar feed takes this many, a page far fewer.</summary>
    public const int MaximumPerPagina = 500;

    public string? Wijk { get; init; }
    public string? Categorie { get; init; }

    /// <summary>Slug of the organising collective or partner.</summary>
    public string? Organisatie { get; init; }
    public Doelgroep? Doelgroep { get; init; }
    public required DateTime VanUtc { get; init; }
    public required DateTime TotUtc { get; init; }
    public bool AlleenGratis { get; init; }
    public bool AlleenToegankelijk { get; init; }

    /// <summary>true: only activities that need a sign-up; false: only walk-in; null: both.</summary>
    public bool? MetAanmelden { get; init; }

    /// <summary>Leaves out walk-in places, for lists that show their opening hours apart.</summary>
    public bool ZonderDagontmoeting { get; init; }

    public int Pagina { get; init; } = 1;
    public int PerPagina { get; init; } = 20;
}

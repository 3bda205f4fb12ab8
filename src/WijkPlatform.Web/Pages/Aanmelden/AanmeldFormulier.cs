using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Aanmelden;

public sealed record AanmeldKeuze(DateTime StartUtc, DateTime EindUtc, string? Toelichting, PlaatsenStand Plaatsen)
{
    public string Waarde => Tijd.Iso(StartUtc);

    public string PlaatsenTekst => Plaatsen.Vrij switch
    {
        null => "",
        0 => "vol: je komt op de wachtlijst",
        1 => "nog 1 plaats vrij",
        var n => $"nog {n} plaatsen vrij",
    };
}

/// <summary>The sign-up form of one activity: on its page, and again with the messages when something was wrong.</summary>
public sealed class AanmeldFormulier
{
    public required string Slug { get; init; }
    public required IReadOnlyList<AanmeldKeuze> Datums { get; init; }
    public required int MaxPersonen { get; init; }
    public required int BewaarDagen { get; init; }
    public string? Organisator { get; init; }
    public AanmeldInvoer Input { get; init; } = new();

    public static async Task<AanmeldFormulier> MaakAsync(ActiviteitDetail activiteit, AanmeldQueries aanmelden, DateTime nuUtc,
        int bewaarDagen, AanmeldInvoer? invoer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activiteit);
        ArgumentNullException.ThrowIfNull(aanmelden);
        var plaatsen = await aanmelden.PlaatsenAsync(activiteit.Slug, TeKiezen(activiteit, nuUtc).Select(d => d.StartUtc).ToList(),
            cancellationToken);
        return Maak(activiteit, plaatsen, nuUtc, bewaarDagen, invoer);
    }

    /// <summary>The dates still open for sign-up, whose places <see cref="Maak"/> needs.</summary>
    public static IReadOnlyList<VoorkomenDatum> TeKiezen(ActiviteitDetail activiteit, DateTime nuUtc)
    {
        ArgumentNullException.ThrowIfNull(activiteit);
        return activiteit.VolgendeDatums.Where(d => d.StartUtc > nuUtc).ToList();
    }

    public static AanmeldFormulier Maak(ActiviteitDetail activiteit, IReadOnlyDictionary<DateTime, PlaatsenStand> plaatsen,
        DateTime nuUtc, int bewaarDagen, AanmeldInvoer? invoer)
    {
        ArgumentNullException.ThrowIfNull(activiteit);
        ArgumentNullException.ThrowIfNull(plaatsen);
        var datums = TeKiezen(activiteit, nuUtc);
        var input = invoer ?? new AanmeldInvoer();
        if (input.Start is null && datums.Count == 1)
        {
            input.Start = Tijd.Iso(datums[0].StartUtc);
        }

        return new AanmeldFormulier
        {
            Slug = activiteit.Slug,
            Datums = datums.Select(d => new AanmeldKeuze(d.StartUtc, d.EindUtc, d.Toelichting, plaatsen[d.StartUtc])).ToList(),
            MaxPersonen = activiteit.MaxPersonen,
            BewaarDagen = bewaarDagen,
            Organisator = activiteit.OrganisatieNaam,
            Input = input,
        };
    }
}

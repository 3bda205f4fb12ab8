using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace WijkPlatform.Core.Agenda;

/// <summary>A stored photo (<see cref="Pad"/> goes into <see cref="Activiteit.Afbeelding"/>; the size is that of its
/// largest version), or a refusal whose <see cref="Melding"/> is shown beside the upload field.</summary>
public sealed record AfbeeldingUitkomst
{
    private AfbeeldingUitkomst(AfbeeldingStatus status, string? pad, int breedte, int hoogte) =>
        (Status, Pad, Breedte, Hoogte) = (status, pad, breedte, hoogte);

    public AfbeeldingStatus Status { get; }
    public string? Pad { get; }
    public int Breedte { get; }
    public int Hoogte { get; }

    [MemberNotNullWhen(true, nameof(Pad))]
    [MemberNotNullWhen(false, nameof(Melding))]
    public bool IsOpgeslagen => Status == AfbeeldingStatus.Opgeslagen;

    public string? Melding => Status switch
    {
        AfbeeldingStatus.Opgeslagen => null,
        AfbeeldingStatus.Leeg => "Dit bestand is leeg. Kies een foto.",
        AfbeeldingStatus.GeenFoto => "Dit bestand is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-foto.",
        AfbeeldingStatus.Heic =>
            "Deze foto is een HEIC-bestand. Dat kunnen we niet gebruiken. Bewaar de foto als JPEG en kies hem opnieuw. " +
            "Tip voor een iPhone: kies bij Instellingen > Camera > Formaten voor 'Meest compatibel'.",
        AfbeeldingStatus.TeGroot => string.Create(CultureInfo.InvariantCulture,
            $"Deze foto is groter dan {UploadAfbeelding.MaxBytes / (1024 * 1024)} MB. Kies een kleinere foto, of maak de foto kleiner en probeer het opnieuw."),
        AfbeeldingStatus.TeVeelPixels => string.Create(CultureInfo.InvariantCulture,
            $"Deze foto is te groot in pixels (meer dan {UploadAfbeelding.MaxPixels / 1_000_000} megapixel, of breder of hoger dan " +
            $"{UploadAfbeelding.MaxZijde.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} pixels). Maak de foto kleiner en probeer het opnieuw."),
        AfbeeldingStatus.Beschadigd => "Deze foto is beschadigd of niet helemaal aangekomen. Kies de foto opnieuw, of kies een andere foto.",
        _ => throw new InvalidOperationException($"Onbekende status {Status}."),
    };

    public static AfbeeldingUitkomst Opgeslagen(string pad, int breedte, int hoogte)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pad);
        return new(AfbeeldingStatus.Opgeslagen, pad, breedte, hoogte);
    }

    public static AfbeeldingUitkomst Geweigerd(AfbeeldingStatus status)
    {
        if (status == AfbeeldingStatus.Opgeslagen)
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Een weigering heeft een reden.");
        }

        return new(status, null, 0, 0);
    }
}

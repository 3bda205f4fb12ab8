namespace WijkPlatform.Core.Initiatieven;

public enum ScanUitslag
{
    Schoon,
    Besmet,

    /// <summary>No scanner is configured: the file is accepted and marked "niet gescand" for the wijkteam.</summary>
    NietGescand,

    /// <summary>The scanner was configured but could not answer: the file is refused, to be safe, and the person may try again.</summary>
    Fout,
}

public sealed record ScanResultaat(ScanUitslag Uitslag, string Omschrijving);

/// <summary>The port to a virus scanner. The site uses ClamAV (clamd) when <c>Virusscan:ClamAV:Host</c> is set, and
/// otherwise accepts files unscanned and says so.</summary>
public interface IVirusScanner
{
    Task<ScanResultaat> ScanAsync(Stream inhoud, CancellationToken cancellationToken);
}

internal sealed class GeenVirusScanner : IVirusScanner
{
    public Task<ScanResultaat> ScanAsync(Stream inhoud, CancellationToken cancellationToken) =>
        Task.FromResult(new ScanResultaat(ScanUitslag.NietGescand, "niet gescand (geen virusscanner ingesteld)"));
}

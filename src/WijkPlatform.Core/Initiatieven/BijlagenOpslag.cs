using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace WijkPlatform.Core.Initiatieven;

public sealed record OntvangenBijlage(InitiatiefBijlage? Bijlage, string? Fout);

/// <summary>Takes in an applicant's file: checks the size and the content (<see cref="BijlageKeuring"/>), passes it to
/// the virus scanner, writes a photo anew without its metadata (<see cref="IFotoSchoonmaker"/>), and stores it under a random name outside the web root. The file is written to a temporary
/// name first and moved into place, so a half-written file is never served.</summary>
public sealed class BijlagenOpslag(IOptions<InitiatiefOptions> options, IHostEnvironment omgeving, IVirusScanner scanner, TimeProvider clock,
    IFotoSchoonmaker fotos)
{
    private string Map => Path.GetFullPath(Path.Combine(omgeving.ContentRootPath, options.Value.BijlagenMap));

    /// <summary>Reads at most 10 MB plus one byte, so a huge upload is refused without filling the memory.</summary>
    public async Task<OntvangenBijlage> OntvangAsync(Stream bron, string bestandsnaam, BijlageSoort soort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bron);
        using var buffer = new MemoryStream();
        var blok = new byte[81920];
        int n;
        while ((n = await bron.ReadAsync(blok, cancellationToken)) > 0)
        {
            buffer.Write(blok, 0, n);
            if (buffer.Length > InitiatiefRegels.MaxBijlageBytes)
            {
                return new(null, "Het bestand is groter dan 10 MB. Maak het kleiner of stuur het in delen.");
            }
        }

        var keur = BijlageKeuring.Keur(buffer, buffer.Length);
        if (!keur.IsGoed)
        {
            return new(null, keur.Fout);
        }

        buffer.Position = 0;
        var scan = await scanner.ScanAsync(buffer, cancellationToken);
        switch (scan.Uitslag)
        {
            case ScanUitslag.Besmet:
                return new(null, "In dit bestand zit mogelijk een virus. We hebben het niet bewaard. Controleer je computer en stuur een ander bestand.");
            case ScanUitslag.Fout:
                return new(null, "We konden het bestand nu niet controleren op virussen. Probeer het over een paar minuten opnieuw.");
        }

        // After the scan, so what the applicant sent is what was scanned; the stored photo is only ever less than that.
        var bewaren = buffer.ToArray();
        if (keur.Type is BijlageType.Jpeg or BijlageType.Png)
        {
            var schoon = await fotos.MaakSchoonAsync(bewaren, keur.Type.Value, cancellationToken);
            if (schoon.Inhoud is null)
            {
                return new(null, schoon.Fout);
            }

            bewaren = schoon.Inhoud;
        }

        var opslag = $"{Guid.NewGuid():N}{keur.Extensie}";
        Directory.CreateDirectory(Map);
        var doel = Path.Combine(Map, opslag);
        var tijdelijk = doel + ".tmp";
        await using (var bestand = new FileStream(tijdelijk, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await bestand.WriteAsync(bewaren, cancellationToken);
        }

        File.Move(tijdelijk, doel);
        return new(new InitiatiefBijlage
        {
            Soort = soort,
            Naam = VeiligeNaam(bestandsnaam, keur.Extensie),
            ContentType = keur.ContentType,
            Grootte = bewaren.Length,
            Opslag = opslag,
            GeuploadUtc = clock.GetUtcNow().UtcDateTime,
            Scan = scan.Omschrijving,
        }, null);
    }

    /// <summary>Opens a stored file; null when it is gone. <paramref name="opslag"/> comes from the database, but is
    /// checked anyway so no path can ever leave the folder.</summary>
    public Stream? Open(string opslag)
    {
        if (!IsOpslagNaam(opslag))
        {
            return null;
        }

        var pad = Path.Combine(Map, opslag);
        return File.Exists(pad) ? new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Verwijder(string opslag)
    {
        if (IsOpslagNaam(opslag))
        {
            File.Delete(Path.Combine(Map, opslag));
        }
    }

    /// <summary>Only names this store makes (32 hex digits and an extension): nothing from the database can reach
    /// outside the folder.</summary>
    private static bool IsOpslagNaam(string opslag)
    {
        ArgumentNullException.ThrowIfNull(opslag);
        var punt = opslag.IndexOf('.', StringComparison.Ordinal);
        return opslag.Length <= 64 && punt == 32 && opslag.LastIndexOf('.') == punt
            && opslag.All(c => char.IsAsciiLetterOrDigit(c) || c == '.');
    }

    /// <summary>The name as shown: no folders, no control or direction characters, at most 100 characters, and the
    /// extension that matches the content.</summary>
    public static string VeiligeNaam(string? naam, string extensie)
    {
        var basis = Path.GetFileNameWithoutExtension(Path.GetFileName((naam ?? "").Replace('\\', '/')));
        var schoon = new StringBuilder();
        // By rune, so a lone surrogate becomes U+FFFD and the cut at 100 never splits a character in two: either would
        // leave text that is not valid Unicode, which PostgreSQL refuses to store.
        foreach (var teken in basis.EnumerateRunes())
        {
            if (Rune.IsControl(teken) || Rune.GetUnicodeCategory(teken) == System.Globalization.UnicodeCategory.Format
                || teken.Value is '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                continue;
            }

            if (schoon.Length + teken.Utf16SequenceLength > 100)
            {
                break;
            }

            schoon.Append(teken.ToString());
        }

        // A name of only dots would read as "..pdf" or as a path step.
        var getrimd = schoon.ToString().Trim().Trim('.').Trim();
        return (getrimd.Length == 0 ? "bijlage" : getrimd) + extensie;
    }
}

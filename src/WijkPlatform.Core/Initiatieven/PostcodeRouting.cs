using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>Finds the wijk of a Dutch postcode in the table from uSync (<see cref="Postcodegebied"/>).</summary>
public static partial class PostcodeRouting
{
    /// <summary>"5344 va", "5344VA" and " 5344  VA " all become "5344VA": white space around and between the digits and
    /// the letters is ignored. Anything else that is not four ASCII digits (not starting with 0) and two ASCII letters
    /// gives null.</summary>
    public static string? Normaliseer(string? postcode)
    {
        if (postcode is null)
        {
            return null;
        }

        var match = PostcodePatroon().Match(postcode);
        return match.Success ? string.Concat(match.Groups[1].Value, match.Groups[2].Value.ToUpperInvariant()) : null;
    }

    /// <summary>The active wijk the postcode belongs to, or null (the request then goes to the central queue). The
    /// narrowest range wins, so an exception inside a four-digit area can be written as its own range.</summary>
    public static async Task<int?> WijkVoorAsync(WijkDbContext db, string? postcode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Normaliseer(postcode) is not { } pc)
        {
            return null;
        }

        // The table is a few dozen rows for a whole gemeente; comparing here keeps the ordinal meaning on every engine.
        var gebieden = await db.Postcodegebieden.AsNoTracking()
            .Where(p => p.Wijk!.Actief)
            .Select(p => new { p.Van, p.Tot, p.WijkId })
            .ToListAsync(cancellationToken);
        return gebieden
            .Where(p => string.CompareOrdinal(p.Van, pc) <= 0 && string.CompareOrdinal(p.Tot, pc) >= 0)
            .OrderBy(k => Breedte(k.Van, k.Tot))
            .Select(k => (int?)k.WijkId)
            .FirstOrDefault();
    }

    /// <summary>How many postcodes a range spans, to pick the narrowest. 1234AA..1234ZZ spans 676.</summary>
    private static long Breedte(string van, string tot) => Getal(tot) - Getal(van);

    private static long Getal(string pc) => (long.Parse(pc[..4], System.Globalization.CultureInfo.InvariantCulture) * 26 + (pc[4] - 'A')) * 26 + (pc[5] - 'A');

    [GeneratedRegex(@"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePatroon();
}

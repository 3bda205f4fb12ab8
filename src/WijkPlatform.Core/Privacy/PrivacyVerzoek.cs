using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Privacy;

/// <summary>The number of one privacy request, such as AVG-20261202-K7P3QX. It ties the search, the export and the
/// erasure together in the audit log without the log ever holding the address or phone number; beheer notes it in
/// the file of the request.</summary>
public static partial class PrivacyVerzoek
{
    private const string Tekens = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Nieuw(DateTime nuUtc)
    {
        var code = string.Create(6, 0, (tekens, _) =>
        {
            for (var n = 0; n < tekens.Length; n++)
            {
                tekens[n] = Tekens[RandomNumberGenerator.GetInt32(Tekens.Length)];
            }
        });
        return $"AVG-{nuUtc.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{code}";
    }

    /// <summary>The number posted back by the form if it has the right shape, else a new one: nothing else reaches the log.</summary>
    public static string Geldig(string? verzoek, DateTime nuUtc) => verzoek is not null && Vorm().IsMatch(verzoek) ? verzoek : Nieuw(nuUtc);

    public static string Onderwerp(string verzoek) => $"privacyverzoek:{verzoek}";

    [GeneratedRegex("^AVG-[0-9]{8}-[A-Z2-9]{6}$")]
    private static partial Regex Vorm();
}

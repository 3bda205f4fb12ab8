using System.Net;
using System.Net.Sockets;

namespace WijkPlatform.Core.Collectieven;

/// <summary>Which calendar addresses the site reads. Only https, so nobody on the way can slip events into the
/// public agenda, and only public internet addresses, so an address cannot be used to reach the server's own network.
/// <paramref name="lokaalToegestaan"/> also allows plain http to this machine (127.0.0.1, localhost): on a developer's
/// machine and in the tests a feed is served from there, without a certificate.</summary>
public sealed class AgendaAdres(bool lokaalToegestaan)
{
    public const int MaxLengte = 500;

    public sealed record Uitkomst(string? Url, string? Fout);

    public bool LokaalToegestaan { get; } = lokaalToegestaan;

    /// <summary>Checks an address as a collective typed it; an empty one means: no calendar. Calendar apps often share
    /// a webcal:// link, which is https underneath.</summary>
    public Uitkomst Controleer(string? invoer)
    {
        var tekst = invoer?.Trim();
        if (string.IsNullOrEmpty(tekst))
        {
            return new(null, null);
        }

        if (tekst.StartsWith("webcal://", StringComparison.OrdinalIgnoreCase))
        {
            tekst = "https://" + tekst["webcal://".Length..];
        }

        if (tekst.Length > MaxLengte)
        {
            return new(null, $"Dit adres is te lang. Gebruik hoogstens {MaxLengte} tekens.");
        }

        if (!Uri.TryCreate(tekst, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            return new(null, "Vul een volledig webadres in, zoals https://voorbeeld.nl/agenda.ics.");
        }

        if (url.UserInfo.Length > 0)
        {
            return new(null, "Een adres met een gebruikersnaam of wachtwoord erin kan niet. Gebruik het openbare of geheime adres van je agenda.");
        }

        if (!IsToegestaan(url))
        {
            return new(null, "Het adres moet beginnen met https://. Zo weten we zeker dat niemand de agenda onderweg verandert.");
        }

        return new(url.AbsoluteUri, null);
    }

    /// <summary>Also checked for every redirect, so an allowed address cannot send the request on to another scheme.</summary>
    public bool IsToegestaan(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps
            || (url.Scheme == Uri.UriSchemeHttp && LokaalToegestaan && (url.IsLoopback || url.Host == "localhost")));
    }

    /// <summary>Checked for the address a host name resolves to, when the connection is made: checking only the name
    /// would let a name that points inside (or is made to point inside later) through.</summary>
    public bool MagVerbinden(IPAddress adres)
    {
        ArgumentNullException.ThrowIfNull(adres);
        return IsOpenbaar(adres) || (LokaalToegestaan && IPAddress.IsLoopback(adres));
    }

    /// <summary>False for loopback, private, link-local, shared (carrier NAT), multicast and reserved addresses.</summary>
    public static bool IsOpenbaar(IPAddress adres)
    {
        ArgumentNullException.ThrowIfNull(adres);
        if (adres.IsIPv4MappedToIPv6)
        {
            adres = adres.MapToIPv4();
        }

        if (adres.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = adres.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19));
        }

        if (adres.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = adres.GetAddressBytes();
            return !(IPAddress.IsLoopback(adres) || adres.Equals(IPAddress.IPv6None) || adres.IsIPv6LinkLocal || adres.IsIPv6SiteLocal
                || adres.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC);
        }

        return false;
    }
}

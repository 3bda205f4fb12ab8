namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>Personal links carry their secret in the address: a path such as /aanmelding/{sleutel} or a query such as
/// ?gebruiker=7&amp;code=…. Logs and traces keep the address, with those values replaced by ***, so whoever reads the
/// logs cannot use the links.</summary>
internal static class GeheimeAdressen
{
    public const string Verborgen = "***";

    private const string ItemSleutel = "wijk:geheime-routewaarden";

    /// <summary>Parameter names (query or route) whose value is secret or personal, matched at the end of the name so
    /// that "herstelcode" and "postcode" count as well.</summary>
    private static readonly string[] GevoeligeNamen =
        ["code", "sleutel", "token", "secret", "geheim", "wachtwoord", "password", "key", "email", "telefoon"];

    public static bool IsGevoelig(string naam) =>
        GevoeligeNamen.Any(n => naam.EndsWith(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>Keeps the secret route values of the endpoint that was chosen. Called right after routing: a status code
    /// page that runs afterwards (a 404 for an unknown sleutel) replaces the route values, but not the address logged.</summary>
    public static void OnthoudRouteGeheimen(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.ContainsKey(ItemSleutel))
        {
            return;
        }

        var geheimen = context.Request.RouteValues
            .Where(w => IsGevoelig(w.Key) && w.Value is string { Length: > 0 })
            .Select(w => (string)w.Value!)
            .ToHashSet(StringComparer.Ordinal);
        context.Items[ItemSleutel] = geheimen;
    }

    /// <summary>The address (path, optionally with ?query) with every secret value replaced.</summary>
    public static string Verberg(string adres, HttpContext? context)
    {
        if (string.IsNullOrEmpty(adres))
        {
            return adres;
        }

        var vraagteken = adres.IndexOf('?', StringComparison.Ordinal);
        var pad = vraagteken < 0 ? adres : adres[..vraagteken];
        pad = VerbergPad(pad, context);
        return vraagteken < 0 ? pad : $"{pad}?{VerbergQuery(adres[(vraagteken + 1)..], context)}";
    }

    private static string VerbergPad(string pad, HttpContext? context)
    {
        var geheimen = context?.Items[ItemSleutel] as HashSet<string>;
        if (geheimen is not { Count: > 0 } || pad.Length == 0)
        {
            return pad;
        }

        var delen = pad.Split('/');
        for (var i = 0; i < delen.Length; i++)
        {
            if (delen[i].Length > 0 && geheimen.Contains(Uri.UnescapeDataString(delen[i])))
            {
                delen[i] = Verborgen;
            }
        }

        return string.Join('/', delen);
    }

    private static string VerbergQuery(string query, HttpContext? context)
    {
        var delen = query.Split('&');
        for (var i = 0; i < delen.Length; i++)
        {
            var deel = delen[i];
            var isteken = deel.IndexOf('=', StringComparison.Ordinal);
            if (isteken < 0)
            {
                continue;
            }

            var naam = Uri.UnescapeDataString(deel[..isteken].Replace('+', ' '));
            if (IsGevoelig(naam))
            {
                delen[i] = $"{deel[..isteken]}={Verborgen}";
            }
            else if (naam.Equals("returnurl", StringComparison.OrdinalIgnoreCase))
            {
                // A return address is an address of this site, with a query of its own.
                var terug = Uri.UnescapeDataString(deel[(isteken + 1)..].Replace('+', ' '));
                delen[i] = $"{deel[..isteken]}={Uri.EscapeDataString(Verberg(terug, context))}";
            }
        }

        return string.Join('&', delen);
    }
}

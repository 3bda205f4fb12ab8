using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Informatie;

public static partial class MenuRegels
{
    /// <summary>A menu link must stay on this site: a path such as <c>/activiteiten</c> or <c>/nieuws#wijk</c>, never
    /// <c>//elders.nl</c> or <c>javascript:</c>.</summary>
    public static bool IsLokaalPad(string? url) => url is not null && LokaalPad().IsMatch(url);

    [GeneratedRegex("^/([a-z0-9][a-z0-9/-]*)?([?#][a-zA-Z0-9=&_#-]*)?$")]
    private static partial Regex LokaalPad();
}

using System.Text.RegularExpressions;

namespace WijkPlatform.Core.Informatie;

/// <summary>What a page's address may be. Pages live at <c>/{slug}</c> beside the fixed addresses of the site, so a
/// slug must never take one of those; a test compares <see cref="Gereserveerd"/> with the routes the site maps.</summary>
public static partial class PaginaRegels
{
    public const int MaxSlugLengte = 80;

    /// <summary>First path segments the site itself uses, now or as announced in the design (nieuwsbrief). Kept in Core
    /// so the rule is checked where pages are saved; the Web tests fail when a new route is missing here.</summary>
    public static IReadOnlySet<string> Gereserveerd { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "aanmelden", "aanmelding", "activiteiten", "agenda", "api", "beheer", "clientondersteuning", "css", "dagontmoeting",
        "fout", "geen-toegang", "health", "index", "initiatief", "inloggen", "js", "lib", "media", "nieuws", "nieuwsbrief",
        "organisaties", "uitloggen", "uitnodiging", "wachtwoord-herstellen", "wachtwoord-vergeten", "wijkteam", "zoeken",
    };

    /// <summary>The Dutch message for a slug that cannot be used, or null when it can. Uniqueness needs the database and
    /// is checked by <see cref="PaginaBeheer"/>.</summary>
    public static string? Controleer(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return "Vul het adres in, zoals buurtfeest-2027.";
        }

        if (slug.Length > MaxSlugLengte || !SlugPatroon().IsMatch(slug))
        {
            return $"Gebruik alleen kleine letters, cijfers en streepjes, zonder streepje aan het begin of eind (hoogstens {MaxSlugLengte} tekens).";
        }

        return Gereserveerd.Contains(slug)
            ? $"Het adres /{slug} is al een vaste pagina van de website. Kies een ander adres."
            : null;
    }

    /// <summary>A suggestion for the address, made from the title: "Buurtfeest in de Ruwaard!" → buurtfeest-in-de-ruwaard.</summary>
    public static string SlugUit(string? titel)
    {
        if (string.IsNullOrWhiteSpace(titel))
        {
            return "";
        }

        var zonderAccenten = new string(titel.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray());
        var slug = NietToegestaan().Replace(zonderAccenten.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > MaxSlugLengte ? slug[..MaxSlugLengte].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPatroon();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NietToegestaan();
}

using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>Refuses passwords that are long enough but still easy to guess: one from a list of common passwords (also
/// with digits or signs added at the end, "Wachtwoord123!"), or one that holds the person's e-mail name or the name of
/// this site. Length is Identity's own check (12).</summary>
internal sealed class WachtwoordControle(IOptions<SiteOptions> site) : IPasswordValidator<Gebruiker>
{
    public const string VeelGebruikt = "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies iets wat moeilijker te raden is, bijvoorbeeld vier losse woorden.";
    public const string BevatEmail = "Je wachtwoord bevat (een deel van) je e-mailadres. Dat is makkelijk te raden. Kies iets anders, bijvoorbeeld vier losse woorden.";
    public const string BevatSiteNaam = "Je wachtwoord bevat de naam van deze website. Dat is makkelijk te raden. Kies iets anders, bijvoorbeeld vier losse woorden.";

    private const int KortsteDeel = 4;

    private static readonly Lazy<FrozenSet<string>> Lijst = new(LaadLijst);

    public Task<IdentityResult> ValidateAsync(UserManager<Gebruiker> manager, Gebruiker user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var fouten = new List<IdentityError>();
        if (IsVeelgebruikt(password))
        {
            fouten.Add(new IdentityError { Code = "VeelGebruikt", Description = VeelGebruikt });
        }

        var kern = LettersEnCijfers(password);
        if (EmailDelen(user.Email).Any(kern.Contains))
        {
            fouten.Add(new IdentityError { Code = "BevatEmail", Description = BevatEmail });
        }

        if (SiteDelen(site.Value.Naam).Any(kern.Contains))
        {
            fouten.Add(new IdentityError { Code = "BevatSiteNaam", Description = BevatSiteNaam });
        }

        return Task.FromResult(fouten.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. fouten]));
    }

    public static bool IsVeelgebruikt(string wachtwoord)
    {
        ArgumentNullException.ThrowIfNull(wachtwoord);
        var gewoon = ZonderSpaties(wachtwoord);
        var zonderStaart = ZonderStaart(gewoon);
        return Lijst.Value.Contains(gewoon) || (zonderStaart.Length > 0 && Lijst.Value.Contains(zonderStaart));
    }

    public static int AantalInLijst => Lijst.Value.Count;

    private static string ZonderSpaties(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    /// <summary>"wachtwoord123!" and "zomer2024" become "wachtwoord" and "zomer": adding digits or signs at the end is
    /// the first thing people do, and the first thing a guesser tries.</summary>
    private static string ZonderStaart(string s)
    {
        var eind = s.Length;
        while (eind > 0 && !char.IsLetter(s[eind - 1]))
        {
            eind--;
        }

        return s[..eind];
    }

    private static string LettersEnCijfers(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static IEnumerable<string> EmailDelen(string? email)
    {
        var naam = email?.Split('@')[0] ?? "";
        return naam.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Append(naam)
            .Select(LettersEnCijfers)
            .Where(d => d.Length >= KortsteDeel);
    }

    private static IEnumerable<string> SiteDelen(string siteNaam) =>
        new string(siteNaam.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Append(siteNaam)
            .Select(LettersEnCijfers)
            .Where(d => d.Length > KortsteDeel);

    private static FrozenSet<string> LaadLijst()
    {
        using var stroom = typeof(WachtwoordControle).Assembly.GetManifestResourceStream("WijkPlatform.Web.Adapters.Accounts.VeelgebruikteWachtwoorden.txt")
            ?? throw new InvalidOperationException("De lijst met veelgebruikte wachtwoorden ontbreekt in de build.");
        using var lezer = new StreamReader(stroom);
        var woorden = new HashSet<string>(StringComparer.Ordinal);
        while (lezer.ReadLine() is { } regel)
        {
            var woord = ZonderSpaties(regel);
            if (woord.Length == 0 || woord.StartsWith('#'))
            {
                continue;
            }

            woorden.Add(woord);
            if (ZonderStaart(woord) is { Length: > 0 } kern)
            {
                woorden.Add(kern);
            }
        }

        return woorden.ToFrozenSet(StringComparer.Ordinal);
    }
}

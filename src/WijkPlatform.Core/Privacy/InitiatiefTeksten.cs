using System.Linq.Expressions;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Core.Privacy;

/// <summary>The free texts of a request and what an erasure does with each: the applicant's own story goes, the title,
/// the decision's reasons and (with consent to publish) the short description stay as part of the financial record,
/// with any mention of the person taken out.</summary>
internal static class InitiatiefTeksten
{
    public static IReadOnlyList<(string Veld, Expression<Func<Initiatief, string?>> Kiezer)> Velden { get; } =
    [
        (nameof(Initiatief.Titel), i => i.Titel),
        (nameof(Initiatief.Wat), i => i.Wat),
        (nameof(Initiatief.VoorWie), i => i.VoorWie),
        (nameof(Initiatief.Wanneer), i => i.Wanneer),
        (nameof(Initiatief.Waar), i => i.Waar),
        (nameof(Initiatief.IkWil), i => i.IkWil),
        (nameof(Initiatief.IkKan), i => i.IkKan),
        (nameof(Initiatief.IkHebNodig), i => i.IkHebNodig),
        (nameof(Initiatief.WieDoenMee), i => i.WieDoenMee),
        (nameof(Initiatief.AndereFinancieringToelichting), i => i.AndereFinancieringToelichting),
        (nameof(Initiatief.VerantwoordingTekst), i => i.VerantwoordingTekst),
        (nameof(Initiatief.VoorstelMotivering), i => i.VoorstelMotivering),
        (nameof(Initiatief.Motivering), i => i.Motivering),
    ];

    private static readonly Func<Initiatief, string?>[] Lezers = Velden.Select(v => v.Kiezer.Compile()).ToArray();

    public static IReadOnlyDictionary<string, string> Van(Initiatief i)
    {
        var teksten = new Dictionary<string, string>();
        for (var n = 0; n < Velden.Count; n++)
        {
            if (Lezers[n](i) is { Length: > 0 } tekst)
            {
                teksten[Velden[n].Veld] = tekst;
            }
        }

        foreach (var regel in i.Begroting.OrderBy(r => r.Volgorde))
        {
            teksten[$"Begroting {regel.Volgorde + 1}"] = $"{regel.Omschrijving}: {regel.BedragInCenten / 100m:0.00} euro";
        }

        return teksten;
    }

    /// <summary>The applicant's own account of the idea: removed by an erasure. <see cref="Initiatief.Wat"/> stays only
    /// when the applicant agreed to publication, as the yearly retention does.</summary>
    public static void WisPersoonlijk(Initiatief i, Zoekterm z)
    {
        i.VoorWie = null;
        i.Wanneer = null;
        i.Waar = null;
        i.IkWil = null;
        i.IkKan = null;
        i.IkHebNodig = null;
        i.WieDoenMee = null;
        i.AndereFinancieringToelichting = null;
        i.VerantwoordingTekst = null;
        i.Wat = i.ToestemmingPubliceren ? z.Vervang(i.Wat) : null;
        i.Titel = z.Vervang(i.Titel);
        i.VoorstelMotivering = z.Vervang(i.VoorstelMotivering);
        i.Motivering = z.Vervang(i.Motivering);
    }

    /// <summary>Someone else's request that mentions the person: only the mention goes.</summary>
    public static void VervangVermeldingen(Initiatief i, Zoekterm z)
    {
        i.Naam = z.Vervang(i.Naam);
        i.Titel = z.Vervang(i.Titel);
        i.Wat = z.Vervang(i.Wat);
        i.VoorWie = z.Vervang(i.VoorWie);
        i.Wanneer = z.Vervang(i.Wanneer);
        i.Waar = z.Vervang(i.Waar);
        i.IkWil = z.Vervang(i.IkWil);
        i.IkKan = z.Vervang(i.IkKan);
        i.IkHebNodig = z.Vervang(i.IkHebNodig);
        i.WieDoenMee = z.Vervang(i.WieDoenMee);
        i.AndereFinancieringToelichting = z.Vervang(i.AndereFinancieringToelichting);
        i.VerantwoordingTekst = z.Vervang(i.VerantwoordingTekst);
        i.VoorstelMotivering = z.Vervang(i.VoorstelMotivering);
        i.Motivering = z.Vervang(i.Motivering);
    }
}

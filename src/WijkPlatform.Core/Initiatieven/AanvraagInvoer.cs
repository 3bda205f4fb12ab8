using System.Globalization;
using System.Text.RegularExpressions;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>One mistake in the form: the field it belongs to (as named in <see cref="AanvraagInvoer"/>, budget lines as
/// <c>Regels[2].Bedrag</c>) and the message shown beside it.</summary>
public sealed record InvoerFout(string Veld, string Melding);

/// <summary>One budget line as typed: the amount stays text, so "12,50" or a typo comes back exactly as it was.</summary>
public sealed class RegelInvoer
{
    public string? Omschrijving { get; set; }
    public string? Bedrag { get; set; }

    public bool IsLeeg => string.IsNullOrWhiteSpace(Omschrijving) && string.IsNullOrWhiteSpace(Bedrag);
}

/// <summary>What an applicant types in the request form, step by step. Numbers and amounts are text here and are read
/// by the checks, so a wrong entry is answered with a message instead of being lost.</summary>
public sealed partial class AanvraagInvoer
{
    public const int StapContact = 1;
    public const int StapIdee = 2;
    public const int StapDeelnemers = 3;
    public const int StapBegroting = 4;
    public const int StapBijlagen = 5;
    public const int StapToestemming = 6;
    public const int StapOverzicht = 7;

    /// <summary>The most one budget line, the own contribution or the other funding may be: €100,000.</summary>
    public const long MaxBedragInCenten = 100_000_00;

    public const int MaxHuisnummer = 12;
    public const int MaxDeelnemers = 100_000;

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<string> StapNamen { get; } =
        ["Contactgegevens", "Je idee", "Wie doen er mee", "Begroting", "Bijlagen", "Toestemming", "Controleren en versturen"];

    public string? Naam { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
    public string? Postcode { get; set; }
    public string? Huisnummer { get; set; }

    public string? Titel { get; set; }
    public string? Wat { get; set; }
    public string? VoorWie { get; set; }
    public string? Wanneer { get; set; }
    public string? Waar { get; set; }
    public string? IkWil { get; set; }
    public string? IkKan { get; set; }
    public string? IkHebNodig { get; set; }

    public string? WieDoenMee { get; set; }
    public string? VerwachteDeelnemers { get; set; }

    public List<RegelInvoer> Regels { get; set; } = [];
    public string? EigenBijdrage { get; set; }
    public string? AndereFinanciering { get; set; }
    public string? AndereFinancieringToelichting { get; set; }

    public bool ToestemmingGegevens { get; set; }
    public bool ToestemmingPubliceren { get; set; }

    public static AanvraagInvoer Van(Initiatief i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new AanvraagInvoer
        {
            Naam = i.Naam,
            Email = i.Email,
            Telefoon = i.Telefoon,
            Postcode = i.Postcode is { Length: 6 } pc ? $"{pc[..4]} {pc[4..]}" : i.Postcode,
            Huisnummer = i.Huisnummer,
            Titel = i.Titel,
            Wat = i.Wat,
            VoorWie = i.VoorWie,
            Wanneer = i.Wanneer,
            Waar = i.Waar,
            IkWil = i.IkWil,
            IkKan = i.IkKan,
            IkHebNodig = i.IkHebNodig,
            WieDoenMee = i.WieDoenMee,
            VerwachteDeelnemers = i.VerwachteDeelnemers?.ToString(CultureInfo.InvariantCulture),
            Regels = i.Begroting.OrderBy(r => r.Volgorde)
                .Select(r => new RegelInvoer { Omschrijving = r.Omschrijving, Bedrag = Bedrag(r.BedragInCenten) }).ToList(),
            EigenBijdrage = i.EigenBijdrageInCenten == 0 ? null : Bedrag(i.EigenBijdrageInCenten),
            AndereFinanciering = i.AndereFinancieringInCenten == 0 ? null : Bedrag(i.AndereFinancieringInCenten),
            AndereFinancieringToelichting = i.AndereFinancieringToelichting,
            ToestemmingGegevens = i.ToestemmingGegevens,
            ToestemmingPubliceren = i.ToestemmingPubliceren,
        };
    }

    /// <summary>An amount as a person types it in the Netherlands: "12,50", "€ 1.250", "1250" or "12.5". Null when it
    /// is not an amount with at most two decimals; negative amounts are read, so the check can say what is wrong.</summary>
    public static long? LeesBedrag(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        var t = tekst.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Trim();
        if (t.EndsWith(",-", StringComparison.Ordinal) || t.EndsWith(".-", StringComparison.Ordinal))
        {
            t = t[..^2];
        }

        if (t.Contains(',', StringComparison.Ordinal))
        {
            // With a decimal comma, dots can only be thousands separators.
            if (!DuizendtallenMetKomma().IsMatch(t) && !ZonderScheiding().IsMatch(t.Replace(',', '.')))
            {
                return null;
            }

            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (Duizendtallen().IsMatch(t))
        {
            t = t.Replace(".", "", StringComparison.Ordinal);
        }

        if (!ZonderScheiding().IsMatch(t) || !decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var euro) || Math.Abs(euro) > 1_000_000_000m)
        {
            return null;
        }

        return (long)(euro * 100m);
    }

    /// <summary>Cents as the form shows them: "12,50", "1250,00".</summary>
    public static string Bedrag(long centen) => (centen / 100m).ToString("0.00", Nl);

    /// <summary>Budget lines that are filled in; an empty line is ignored.</summary>
    public IEnumerable<(int Index, RegelInvoer Regel)> GevuldeRegels => Regels.Select((r, n) => (n, r)).Where(x => !x.r.IsLeeg);

    /// <summary>The total of the lines that can be read, for showing while the form is being filled in.</summary>
    public long TotaalInCenten => GevuldeRegels.Sum(r => Math.Max(0, LeesBedrag(r.Regel.Bedrag) ?? 0));

    public long EigenBijdrageInCenten => Math.Max(0, LeesBedrag(EigenBijdrage) ?? 0);

    public long AndereFinancieringInCenten => Math.Max(0, LeesBedrag(AndereFinanciering) ?? 0);

    public long GevraagdInCenten => Math.Max(0, TotaalInCenten - EigenBijdrageInCenten - AndereFinancieringInCenten);

    /// <summary>All mistakes of one step at once, so a person sees every problem in one go.</summary>
    public IReadOnlyList<InvoerFout> Controleer(int stap, long maximumInCenten)
    {
        var fouten = new List<InvoerFout>();
        switch (stap)
        {
            case StapContact:
                ControleerContact(fouten);
                break;
            case StapIdee:
                Verplicht(fouten, nameof(Titel), Titel, "Geef je idee een titel.", InitiatiefRegels.MaxTitel, regels: false);
                Verplicht(fouten, nameof(Wat), Wat, "Vertel wat je wilt doen.");
                Verplicht(fouten, nameof(VoorWie), VoorWie, "Vertel voor wie het is.");
                Verplicht(fouten, nameof(Wanneer), Wanneer, "Vertel wanneer het is, bijvoorbeeld een datum of 'elke woensdag in het voorjaar'.");
                Verplicht(fouten, nameof(Waar), Waar, "Vertel waar het is.");
                Verplicht(fouten, nameof(IkWil), IkWil, "Vertel wat je wilt bereiken.");
                Vrij(fouten, nameof(IkKan), IkKan);
                Vrij(fouten, nameof(IkHebNodig), IkHebNodig);
                break;
            case StapDeelnemers:
                Verplicht(fouten, nameof(WieDoenMee), WieDoenMee, "Vertel wie er meedoen en wie helpen.");
                if (string.IsNullOrWhiteSpace(VerwachteDeelnemers))
                {
                    fouten.Add(new(nameof(VerwachteDeelnemers), "Vul in hoeveel mensen er ongeveer meedoen."));
                }
                // int.TryParse forgives trailing null bytes; a number with control characters is not what a person typed.
                else if (!AanmeldRegels.IsLeesbaar(VerwachteDeelnemers)
                         || !int.TryParse(VerwachteDeelnemers.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var aantal)
                         || aantal is < 1 or > MaxDeelnemers)
                {
                    fouten.Add(new(nameof(VerwachteDeelnemers), "Vul een aantal in met cijfers, bijvoorbeeld 25."));
                }

                break;
            case StapBegroting:
                ControleerBegroting(fouten, maximumInCenten);
                break;
            case StapToestemming:
                if (!ToestemmingGegevens)
                {
                    fouten.Add(new(nameof(ToestemmingGegevens), "Zet een vinkje als je het goed vindt dat we je gegevens gebruiken voor je aanvraag. Zonder dat kunnen we je aanvraag niet behandelen."));
                }

                break;
        }

        return fouten;
    }

    /// <summary>Copies one checked step onto the request. Call only when <see cref="Controleer"/> found nothing.</summary>
    public void ZetOp(Initiatief i, int stap)
    {
        ArgumentNullException.ThrowIfNull(i);
        switch (stap)
        {
            case StapContact:
                i.Naam = Schoon(Naam);
                i.Email = Schoon(Email)?.ToLowerInvariant();
                i.Telefoon = Schoon(Telefoon);
                i.Postcode = PostcodeRouting.Normaliseer(Postcode);
                i.Huisnummer = Schoon(Huisnummer)?.ToUpperInvariant();
                break;
            case StapIdee:
                (i.Titel, i.Wat, i.VoorWie, i.Wanneer, i.Waar) = (Schoon(Titel), Schoon(Wat), Schoon(VoorWie), Schoon(Wanneer), Schoon(Waar));
                (i.IkWil, i.IkKan, i.IkHebNodig) = (Schoon(IkWil), Schoon(IkKan), Schoon(IkHebNodig));
                break;
            case StapDeelnemers:
                i.WieDoenMee = Schoon(WieDoenMee);
                i.VerwachteDeelnemers = int.Parse(VerwachteDeelnemers!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
                break;
            case StapBegroting:
                i.Begroting.Clear();
                var volgorde = 0;
                foreach (var (_, regel) in GevuldeRegels)
                {
                    i.Begroting.Add(new BegrotingsRegel
                    {
                        Volgorde = ++volgorde,
                        Omschrijving = Schoon(regel.Omschrijving)!,
                        BedragInCenten = LeesBedrag(regel.Bedrag)!.Value,
                    });
                }

                i.EigenBijdrageInCenten = EigenBijdrageInCenten;
                i.AndereFinancieringInCenten = AndereFinancieringInCenten;
                i.AndereFinancieringToelichting = i.AndereFinancieringInCenten > 0 ? Schoon(AndereFinancieringToelichting) : null;
                break;
            case StapToestemming:
                i.ToestemmingGegevens = ToestemmingGegevens;
                i.ToestemmingPubliceren = ToestemmingPubliceren;
                break;
        }
    }

    private void ControleerContact(List<InvoerFout> fouten)
    {
        Verplicht(fouten, nameof(Naam), Naam, "Vul je naam in.", InitiatiefRegels.MaxNaam, regels: false);
        if (string.IsNullOrWhiteSpace(Email))
        {
            fouten.Add(new(nameof(Email), "Vul je e-mailadres in. Daar sturen we de link naar je aanvraag naartoe."));
        }
        else if (Email.Trim().Length > InitiatiefRegels.MaxEmail || !AanmeldRegels.IsLeesbaar(Email) || !EmailVorm().IsMatch(Email.Trim()))
        {
            fouten.Add(new(nameof(Email), "Vul een e-mailadres in zoals naam@voorbeeld.nl."));
        }

        if (!string.IsNullOrWhiteSpace(Telefoon) && (Telefoon.Trim().Length > InitiatiefRegels.MaxTelefoon || !AanmeldRegels.IsTelefoon(Telefoon)))
        {
            fouten.Add(new(nameof(Telefoon), "Vul een telefoonnummer in zoals 06 12345678 of 0412 123456."));
        }

        if (PostcodeRouting.Normaliseer(Postcode) is null)
        {
            fouten.Add(new(nameof(Postcode), "Vul een postcode in zoals 5344 VA."));
        }

        if (string.IsNullOrWhiteSpace(Huisnummer))
        {
            fouten.Add(new(nameof(Huisnummer), "Vul je huisnummer in."));
        }
        else if (Huisnummer.Trim().Length > MaxHuisnummer || !HuisnummerVorm().IsMatch(Huisnummer.Trim()))
        {
            fouten.Add(new(nameof(Huisnummer), "Vul een huisnummer in zoals 12 of 12a."));
        }
    }

    private void ControleerBegroting(List<InvoerFout> fouten, long maximumInCenten)
    {
        var gevuld = GevuldeRegels.ToList();
        if (gevuld.Count == 0)
        {
            fouten.Add(new("Regels[0].Omschrijving", "Vul minstens één regel in: waar geef je geld aan uit en hoeveel kost het?"));
        }
        else if (gevuld.Count > InitiatiefRegels.MaxRegels)
        {
            fouten.Add(new("Regels", $"Je kunt hoogstens {InitiatiefRegels.MaxRegels} regels invullen. Voeg kleine posten samen."));
        }

        foreach (var (n, regel) in gevuld)
        {
            var omschrijving = $"Regels[{n}].Omschrijving";
            if (string.IsNullOrWhiteSpace(regel.Omschrijving))
            {
                fouten.Add(new(omschrijving, $"Regel {n + 1}: schrijf waar het geld voor is."));
            }
            else if (regel.Omschrijving.Trim().Length > InitiatiefRegels.MaxRegel || !AanmeldRegels.IsLeesbaar(regel.Omschrijving))
            {
                fouten.Add(new(omschrijving, $"Regel {n + 1}: schrijf het in hoogstens {InitiatiefRegels.MaxRegel} tekens, zonder bijzondere tekens."));
            }

            if (BedragFout(regel.Bedrag, verplicht: true) is { } fout)
            {
                fouten.Add(new($"Regels[{n}].Bedrag", $"Regel {n + 1}: {fout}"));
            }
        }

        if (BedragFout(EigenBijdrage, verplicht: false) is { } eigen)
        {
            fouten.Add(new(nameof(EigenBijdrage), $"Eigen bijdrage: {eigen}"));
        }

        if (BedragFout(AndereFinanciering, verplicht: false) is { } ander)
        {
            fouten.Add(new(nameof(AndereFinanciering), $"Ander geld: {ander}"));
        }
        else if (AndereFinancieringInCenten > 0 && string.IsNullOrWhiteSpace(AndereFinancieringToelichting))
        {
            fouten.Add(new(nameof(AndereFinancieringToelichting), "Vertel waar het andere geld vandaan komt."));
        }

        Vrij(fouten, nameof(AndereFinancieringToelichting), AndereFinancieringToelichting);
        if (fouten.Count > 0)
        {
            return;
        }

        if (GevraagdInCenten == 0)
        {
            fouten.Add(new("Regels", "Je vraagt nu geen geld uit het wijkbudget: de eigen bijdrage en het andere geld zijn samen even hoog als de kosten of hoger."));
        }
        else if (GevraagdInCenten > maximumInCenten)
        {
            fouten.Add(new("Regels", $"Je vraagt {InitiatiefMails.Euro(GevraagdInCenten)} uit het wijkbudget. Dat mag hoogstens {InitiatiefMails.Euro(maximumInCenten)} zijn. Maak je plan kleiner, of zoek ander geld erbij."));
        }
    }

    private static string? BedragFout(string? tekst, bool verplicht)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return verplicht ? "vul een bedrag in euro's in, bijvoorbeeld 12,50." : null;
        }

        return LeesBedrag(tekst) switch
        {
            null => "vul een bedrag in euro's in, bijvoorbeeld 12,50.",
            < 0 => "een bedrag kan niet onder nul zijn.",
            > MaxBedragInCenten => "een bedrag kan hoogstens € 100.000 zijn.",
            _ => null,
        };
    }

    private static void Verplicht(List<InvoerFout> fouten, string veld, string? waarde, string melding, int max = InitiatiefRegels.MaxTekst,
        bool regels = true)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            fouten.Add(new(veld, melding));
            return;
        }

        Vrij(fouten, veld, waarde, max, regels);
    }

    private static void Vrij(List<InvoerFout> fouten, string veld, string? waarde, int max = InitiatiefRegels.MaxTekst, bool regels = true)
    {
        if (waarde is null)
        {
            return;
        }

        if (waarde.Trim().Length > max)
        {
            fouten.Add(new(veld, $"Schrijf dit in hoogstens {max} tekens. Nu zijn het er {waarde.Trim().Length}."));
        }
        else if (!AanmeldRegels.IsLeesbaar(waarde, regels))
        {
            fouten.Add(new(veld, "Hier staan tekens die we niet kunnen gebruiken. Typ alleen letters, cijfers en leestekens."));
        }
    }

    private static string? Schoon(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    [GeneratedRegex(@"^[^@\s<>()\[\]\\,;:""]+@[^@\s<>()\[\]\\,;:""]+\.[^@\s<>()\[\]\\,;:"".]{2,}$")]
    private static partial Regex EmailVorm();

    [GeneratedRegex(@"^[1-9][0-9]{0,4}(\s?-?\s?[A-Za-z0-9]{1,4})?$")]
    private static partial Regex HuisnummerVorm();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]{1,2})?$")]
    private static partial Regex ZonderScheiding();

    [GeneratedRegex(@"^-?[0-9]{1,3}(\.[0-9]{3})+$")]
    private static partial Regex Duizendtallen();

    [GeneratedRegex(@"^-?[0-9]{1,3}(\.[0-9]{3})+,[0-9]{1,2}$")]
    private static partial Regex DuizendtallenMetKomma();
}

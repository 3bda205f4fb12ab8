using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Pages.Agenda;

/// <summary>The agenda filters as they appear in the query string (Dutch names, so every view is a readable URL to
/// share), shared by the page, the feeds and the API. Unknown values are reported, never a server error.</summary>
public sealed class AgendaVraag
{
    [FromQuery(Name = "wijk")]
    public string? Wijk { get; set; }

    [FromQuery(Name = "categorie")]
    public string? Categorie { get; set; }

    [FromQuery(Name = "doelgroep")]
    public string? Doelgroep { get; set; }

    [FromQuery(Name = "periode")]
    public string? Periode { get; set; }

    [FromQuery(Name = "van")]
    public string? Van { get; set; }

    [FromQuery(Name = "tot")]
    public string? Tot { get; set; }

    [FromQuery(Name = "gratis")]
    public string? Gratis { get; set; }

    [FromQuery(Name = "toegankelijk")]
    public string? Toegankelijk { get; set; }

    [FromQuery(Name = "aanmelden")]
    public string? Aanmelden { get; set; }

    [FromQuery(Name = "pagina")]
    public string? Pagina { get; set; }

    public static IReadOnlyDictionary<string, Periode> Periodes { get; } = new Dictionary<string, Periode>(StringComparer.Ordinal)
    {
        ["komend"] = Core.Agenda.Periode.Komend,
        ["vandaag"] = Core.Agenda.Periode.Vandaag,
        ["morgen"] = Core.Agenda.Periode.Morgen,
        ["week"] = Core.Agenda.Periode.DezeWeek,
        ["weekend"] = Core.Agenda.Periode.Weekend,
        ["datums"] = Core.Agenda.Periode.Datums,
    };

    public static string DoelgroepWaarde(Doelgroep doelgroep) => doelgroep.ToString().ToLowerInvariant();

    public bool IsGratis => Gratis == "ja";
    public bool IsToegankelijk => Toegankelijk == "ja";
    public Periode GekozenPeriode => Periode is not null && Periodes.TryGetValue(Periode, out var p) ? p : Core.Agenda.Periode.Komend;

    /// <summary>Checks the values against what exists; errors are keyed by field name and written in plain Dutch.</summary>
    public Dictionary<string, string> Controleer(IEnumerable<string> wijken, IEnumerable<string> categorieen)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Wijk is { Length: > 0 } && !wijken.Contains(Wijk, StringComparer.Ordinal))
        {
            fouten["wijk"] = "Deze wijk kennen we niet. Kies een wijk uit de lijst.";
        }

        if (Categorie is { Length: > 0 } && !categorieen.Contains(Categorie, StringComparer.Ordinal))
        {
            fouten["categorie"] = "Deze soort activiteit kennen we niet. Kies er een uit de lijst.";
        }

        if (Doelgroep is { Length: > 0 } && LeesDoelgroep() is null)
        {
            fouten["doelgroep"] = "Kies voor wie de activiteit is uit de lijst.";
        }

        if (Periode is { Length: > 0 } && !Periodes.ContainsKey(Periode))
        {
            fouten["periode"] = "Kies wanneer uit de lijst.";
        }

        if (Aanmelden is { Length: > 0 } and not ("met" or "zonder"))
        {
            fouten["aanmelden"] = "Kies of aanmelden nodig is uit de lijst.";
        }

        if (GekozenPeriode == Core.Agenda.Periode.Datums)
        {
            var van = LeesDatum(Van);
            var tot = LeesDatum(Tot);
            if (Van is { Length: > 0 } && van is null)
            {
                fouten["van"] = "Vul een datum in zoals 24-11-2026.";
            }
            else if (van is null)
            {
                fouten["van"] = "Vul de eerste dag in.";
            }

            if (Tot is { Length: > 0 } && tot is null)
            {
                fouten["tot"] = "Vul een datum in zoals 30-11-2026.";
            }
            else if (van is not null && tot is not null && tot < van)
            {
                fouten["tot"] = "De laatste dag moet na de eerste dag liggen.";
            }
            else if (van is not null && tot is not null && tot.Value.DayNumber - van.Value.DayNumber > Core.Agenda.Periodes.MaximumDagenVooruit)
            {
                fouten["tot"] = "Kies een periode van hoogstens een jaar.";
            }
        }

        return fouten;
    }

    /// <summary>The filter for the query; fields with an error are left out, so the resident still sees results.</summary>
    public AgendaFilter NaarFilter(DateTime nuUtc, IReadOnlyDictionary<string, string> fouten, int perPagina)
    {
        var periode = fouten.ContainsKey("periode") || fouten.ContainsKey("van") || fouten.ContainsKey("tot")
            ? Core.Agenda.Periode.Komend
            : GekozenPeriode;
        var (vanUtc, totUtc) = Core.Agenda.Periodes.Bereken(periode, LeesDatum(Van), LeesDatum(Tot), nuUtc);
        return new AgendaFilter
        {
            Wijk = Leeg(Wijk) || fouten.ContainsKey("wijk") ? null : Wijk,
            Categorie = Leeg(Categorie) || fouten.ContainsKey("categorie") ? null : Categorie,
            Doelgroep = LeesDoelgroep(),
            VanUtc = vanUtc,
            TotUtc = totUtc,
            AlleenGratis = IsGratis,
            AlleenToegankelijk = IsToegankelijk,
            MetAanmelden = Aanmelden switch { "met" => true, "zonder" => false, _ => null },
            Pagina = int.TryParse(Pagina, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1,
            PerPagina = perPagina,
        };
    }

    /// <summary>The query string of this view with some values replaced; null removes a value.</summary>
    public string Url(string pad, params (string Naam, string? Waarde)[] anders)
    {
        var waarden = new List<KeyValuePair<string, string?>>
        {
            new("wijk", Wijk), new("categorie", Categorie), new("doelgroep", Doelgroep), new("periode", Periode),
            new("van", GekozenPeriode == Core.Agenda.Periode.Datums ? Van : null),
            new("tot", GekozenPeriode == Core.Agenda.Periode.Datums ? Tot : null),
            new("gratis", Gratis), new("toegankelijk", Toegankelijk), new("aanmelden", Aanmelden), new("pagina", Pagina),
        };
        foreach (var (naam, waarde) in anders)
        {
            var index = waarden.FindIndex(w => w.Key == naam);
            waarden[index] = new(naam, waarde);
        }

        var query = string.Join("&", waarden.Where(w => !string.IsNullOrEmpty(w.Value))
            .Select(w => $"{w.Key}={Uri.EscapeDataString(w.Value!)}"));
        return query.Length == 0 ? pad : $"{pad}?{query}";
    }

    private Doelgroep? LeesDoelgroep() =>
        Enum.GetValues<Doelgroep>().Cast<Doelgroep?>().FirstOrDefault(d => DoelgroepWaarde(d!.Value) == Doelgroep);

    private static DateOnly? LeesDatum(string? tekst) =>
        DateOnly.TryParseExact(tekst, ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static bool Leeg(string? tekst) => string.IsNullOrEmpty(tekst);
}

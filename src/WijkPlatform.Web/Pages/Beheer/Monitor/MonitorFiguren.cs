using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Monitor;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

public sealed record FiguurDefinitie(string Sleutel, Func<MonitorRapport, Figuur> Maak);

/// <summary>Every figure of the monitor, in page order. The page, the export links, the export endpoint and the tests
/// all walk this one list, so a figure added here is on the page, exported and covered by the access tests.</summary>
public static class MonitorFiguren
{
    /// <summary>The export of every figure at once: one CSV with a part per figure, or one XLSX with a sheet per figure.</summary>
    public const string Alles = "alles";

    public static IReadOnlyList<FiguurDefinitie> Alle { get; } =
    [
        new("activiteiten", Activiteiten),
        new("aanmeldingen", Aanmeldingen),
        new("aanwezigheid", Aanwezigheid),
        new("wachtlijst", Wachtlijst),
        new("dagontmoeting", Dagontmoeting),
        new("aanvragen", Aanvragen),
        new("besluitduur", Besluitduur),
        new("wijkbudget", Wijkbudget),
        new("maanden-activiteiten", MaandenActiviteiten),
        new("maanden-aanvragen", MaandenAanvragen),
    ];

    public static IReadOnlyList<string> Sleutels { get; } = Alle.Select(d => d.Sleutel).ToList();

    public static IReadOnlyList<Figuur> Maak(MonitorRapport rapport) => Alle.Select(d => d.Maak(rapport)).ToList();

    private static Kolom Aantal(string naam) => new(naam, CelSoort.Aantal);

    private static Kolom Euro(string naam) => new(naam, CelSoort.Euro);

    private static decimal? Centen(long centen) => centen / 100m;

    /// <summary>The sums of the first <paramref name="kolommen"/> columns, then <paramref name="daarna"/> (a share cannot be summed).</summary>
    private static Rij Totaal(IReadOnlyList<Rij> rijen, int kolommen, params decimal?[] daarna) =>
        new("Totaal", [.. Enumerable.Range(0, kolommen).Select(k => rijen.Sum(r => r.Waarden[k])), .. daarna], IsTotaal: true);

    private static Figuur Activiteiten(MonitorRapport r)
    {
        var rijen = r.Activiteiten.Select(a => new Rij(
            a.IsDagontmoeting && !a.Categorie.Contains("dagontmoeting", StringComparison.OrdinalIgnoreCase) ? $"{a.Categorie} (dagontmoeting)" : a.Categorie,
            [a.Activiteiten, a.Voorkomens])).ToList();
        return new Figuur("activiteiten", "Activiteiten per categorie", "Activiteiten",
            "Activiteiten die op de website staan en in deze periode minstens één keer doorgingen of gepland zijn, en hoe vaak (data). Afgelaste data tellen niet mee. Bij dagontmoeting is elke keer dat de plek open is één datum.",
            new Tabel("Categorie", [Aantal("Activiteiten"), Aantal("Data")], rijen.Count == 0 ? [] : [.. rijen, Totaal(rijen, 2)]), GrafiekSoort.Staven, [1]);
    }

    private static Figuur Aanmeldingen(MonitorRapport r)
    {
        var rijen = r.Aanmeldingen.Select(a => new Rij(a.Categorie,
            [a.Bevestigd, a.Wachtlijst, a.Afgemeld, a.BevestigdPersonen, a.WachtlijstPersonen, a.AfgemeldPersonen])).ToList();
        return new Figuur("aanmeldingen", "Aanmeldingen per categorie", "Aanmeldingen",
            "Aanmeldingen voor data in deze periode, naar hoe ze nu staan. Eén aanmelding kan voor meer personen zijn (iemand neemt familie of vrienden mee).",
            new Tabel("Categorie",
                [Aantal("Bevestigd"), Aantal("Op de wachtlijst"), Aantal("Afgemeld"), Aantal("Personen bevestigd"),
                    Aantal("Personen op de wachtlijst"), Aantal("Personen afgemeld")],
                rijen.Count == 0 ? [] : [.. rijen, Totaal(rijen, 6)]), GrafiekSoort.Staven, [0, 1, 2]);
    }

    private static Figuur Aanwezigheid(MonitorRapport r)
    {
        var rijen = r.Aanwezigheid.Select(a => new Rij(a.Categorie,
            [a.Gekomen, a.NietGekomen, a.NietIngevuld, a.PersonenGekomen, a.PersonenNietGekomen, a.NietGekomenProcent])).ToList();
        var gekomen = rijen.Sum(x => x.Waarden[0]) ?? 0;
        var niet = rijen.Sum(x => x.Waarden[1]) ?? 0;
        decimal? procent = gekomen + niet == 0 ? null : Math.Round(100m * niet / (gekomen + niet), 1);
        return new Figuur("aanwezigheid", "Aanwezig en niet gekomen", "Aanwezigheid",
            "Bevestigde aanmeldingen voor data die al begonnen zijn, naar wat de organisator heeft ingevuld. ‘Niet gekomen’ telt alleen de aanmeldingen waarbij iets is ingevuld.",
            new Tabel("Categorie",
                [Aantal("Gekomen"), Aantal("Niet gekomen"), Aantal("Niet ingevuld"), Aantal("Personen gekomen"),
                    Aantal("Personen niet gekomen"), new Kolom("Niet gekomen", CelSoort.Procent)],
                rijen.Count == 0 ? [] : [.. rijen, Totaal(rijen, 5, procent)]),
            GrafiekSoort.Staven, [0, 1, 2]);
    }

    private static Figuur Wachtlijst(MonitorRapport r)
    {
        var t = r.WachtlijstTotaal;
        var rijen = r.Wachtlijst.Select(w => new Rij(w.Titel,
            [w.Capaciteit, w.Datums, w.Aanmeldingen, w.Personen, w.ProcentVanPlaatsen])).ToList();
        var uitleg = $"De {MonitorQueries.TopAantal} activiteiten met de meeste personen die nu op de wachtlijst staan voor data in deze periode. Het percentage zet die personen af tegen de plaatsen op de data met een wachtlijst."
            + (t.ProcentWachtend is { } p ? $" Van alle personen die een plaats vroegen, staat {MonitorOpmaak.Tekst(p, CelSoort.Procent)} nog op de wachtlijst." : "");
        return new Figuur("wachtlijst", "Wachtlijst: de drukste activiteiten", "Wachtlijst", uitleg,
            new Tabel("Activiteit",
                [Aantal("Plaatsen per datum"), Aantal("Data met wachtlijst"), Aantal("Aanmeldingen op de wachtlijst"),
                    Aantal("Personen op de wachtlijst"), new Kolom("Wachtlijst tegenover plaatsen", CelSoort.Procent)],
                rijen.Count == 0 ? [] : [.. rijen, new Rij($"Totaal alle {t.Activiteiten} activiteiten met een wachtlijst", [null, t.Datums, t.Aanmeldingen, t.Personen, null], IsTotaal: true)]),
            GrafiekSoort.Staven, [3]);
    }

    private static Figuur Dagontmoeting(MonitorRapport r)
    {
        var rijen = r.Dagontmoeting.Select(d => new Rij(d.Plek, [d.Activiteiten, d.KeerOpen, d.Aanmeldingen, d.Personen])).ToList();
        return new Figuur("dagontmoeting", "Dagontmoeting: de drukste plekken", "Dagontmoeting",
            $"Bij inloop houdt niemand bij wie er komt. Daarom meten we hoe vaak een plek in deze periode open was (afgelaste keren tellen niet). Aanmeldingen staan erbij voor een plek die toch aanmeldingen aanneemt. De {MonitorQueries.TopAantal} plekken die het vaakst open waren.",
            new Tabel("Plek", [Aantal("Activiteiten"), Aantal("Keer open"), Aantal("Aanmeldingen"), Aantal("Personen")], rijen),
            GrafiekSoort.Staven, [1]);
    }

    private static Figuur Aanvragen(MonitorRapport r)
    {
        var rijen = r.Initiatieven.Select(i => new Rij(Eerste(Statusmachine.Naam(i.Status)),
            [i.Aantal, Centen(i.GevraagdInCenten), Centen(i.ToegekendInCenten)])).ToList();
        return new Figuur("aanvragen", "Aanvragen bewonersinitiatief per status", "Aanvragen",
            "Aanvragen die in deze periode zijn ingediend, naar hun status nu, met het gevraagde en het toegekende bedrag.",
            new Tabel("Status", [Aantal("Aanvragen"), Euro("Gevraagd"), Euro("Toegekend")], rijen.Count == 0 ? [] : [.. rijen, Totaal(rijen, 3)]),
            GrafiekSoort.Staven, [0]);
    }

    private static Figuur Besluitduur(MonitorRapport r)
    {
        var b = r.Besluitduur;
        var dagen = new Kolom("Mediaan", CelSoort.Dagen);
        return new Figuur("besluitduur", "Tijd tot besluit", "Tijd tot besluit",
            "Het aantal dagen van indienen tot besluit, voor besluiten (toegekend, deels toegekend of afgewezen) in deze periode. De mediaan is het middelste getal: de helft was sneller, de helft trager.",
            new Tabel("Wijk",
                [Aantal("Besluiten"), dagen, dagen with { Naam = "Gemiddeld" }, dagen with { Naam = "Kortste" }, dagen with { Naam = "Langste" }],
                b.Aantal == 0 ? [] : [new Rij(r.WijkNaam, [b.Aantal, b.MediaanDagen, b.GemiddeldDagen, b.KortsteDagen, b.LangsteDagen])]),
            GrafiekSoort.Staven, [1, 2, 3, 4]);
    }

    private static Figuur Wijkbudget(MonitorRapport r) =>
        new("wijkbudget", "Wijkbudget per jaar", "Wijkbudget",
            "Het wijkbudget geldt per kalenderjaar. Hier staan de jaren waarin deze periode valt, elk voor het hele jaar: het budget, wat aanvragen van dat jaar vroegen, wat is toegekend (min wat terugging) en wat is uitbetaald.",
            new Tabel("Jaar", [Euro("Budget"), Euro("Gevraagd"), Euro("Toegekend"), Euro("Uitbetaald"), Euro("Over")],
                r.Budget.Select(b => new Rij(b.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [Centen(b.BudgetInCenten), Centen(b.GevraagdInCenten), Centen(b.ToegekendInCenten), Centen(b.BetaaldInCenten), Centen(b.OverInCenten)])).ToList()),
            GrafiekSoort.Staven, [0, 1, 2, 3]);

    private static Figuur MaandenActiviteiten(MonitorRapport r)
    {
        var rijen = r.Maanden.Select(m => new Rij(m.Maand.Naam, [m.Voorkomens, m.Aanmeldingen, m.Personen], KortLabel: m.Maand.Kort)).ToList();
        return new Figuur("maanden-activiteiten", "Per maand: data en aanmeldingen", "Per maand activiteiten",
            "Per maand hoe vaak activiteiten doorgingen of gepland zijn (data), en de aanmeldingen en personen voor data in die maand, zonder afmeldingen. Een maand loopt van middernacht tot middernacht Nederlandse tijd.",
            new Tabel("Maand", [Aantal("Data"), Aantal("Aanmeldingen"), Aantal("Personen")], [.. rijen, Totaal(rijen, 3)]),
            GrafiekSoort.Lijnen, [0, 1, 2]);
    }

    private static Figuur MaandenAanvragen(MonitorRapport r)
    {
        var rijen = r.Maanden.Select(m => new Rij(m.Maand.Naam, [m.Ingediend, m.Besloten], KortLabel: m.Maand.Kort)).ToList();
        return new Figuur("maanden-aanvragen", "Per maand: aanvragen ingediend en besloten", "Per maand aanvragen",
            "Per maand hoeveel aanvragen voor een bewonersinitiatief zijn ingediend en over hoeveel een besluit is genomen.",
            new Tabel("Maand", [Aantal("Ingediend"), Aantal("Besloten")], [.. rijen, Totaal(rijen, 2)]),
            GrafiekSoort.Kolommen, [0, 1]);
    }

    private static string Eerste(string tekst) => tekst.Length == 0 ? tekst : char.ToUpperInvariant(tekst[0]) + tekst[1..];
}

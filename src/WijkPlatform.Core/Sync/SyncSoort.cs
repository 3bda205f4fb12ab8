using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Sync;

/// <summary>How one kind of item maps between its uSync folder and its table.</summary>
internal abstract class SyncSoort
{
    public abstract string Map { get; }
    public abstract string Element { get; }
    public abstract Type EntityType { get; }

    /// <summary>Aliases that would collide with a fixed address of the site, such as /activiteiten/print.</summary>
    public virtual IReadOnlyCollection<string> GereserveerdeAliassen { get; init; } = [];

    /// <summary>False for activities: they carry moderation state and sign-ups that the files do not hold (ADR 0015).</summary>
    public abstract bool WordtGeexporteerd { get; }

    public abstract Task ImportAsync(SyncImporter importer, List<SyncImporter.GelezenBestand> bestanden,
        Dictionary<string, Dictionary<string, int>> aliassen, SyncResultaat resultaat, CancellationToken cancellationToken);

    /// <summary>How many of these keys have an item in the database.</summary>
    public abstract Task<int> TelAsync(SyncImporter importer, IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken);

    public abstract Task ExporteerAsync(SyncExporter exporter, SyncExportAliassen aliassen, List<SyncExportBestand> bestanden,
        CancellationToken cancellationToken);

    /// <summary>Listed in dependency order: an item is imported after everything it can refer to.</summary>
    public static IReadOnlyList<SyncSoort> Alle { get; } =
    [
        new SyncSoort<Wijk>("Wijken", "Wijk", (key, alias) => new() { Key = key, Slug = alias, Naam = "" }, (w, l) =>
        {
            w.Naam = l.Tekst("Naam");
            w.Actief = l.JaNee("Actief");
            w.Volgorde = l.Getal("Volgorde");
            w.Omschrijving = l.OptioneleTekst("Omschrijving");
        }, (w, s) =>
        {
            s.Tekst("Naam", w.Naam);
            s.JaNee("Actief", w.Actief);
            s.Getal("Volgorde", w.Volgorde);
            s.LangeTekst("Omschrijving", w.Omschrijving);
        }),
        new SyncSoort<Categorie>("Categorieen", "Categorie", (key, alias) => new() { Key = key, Slug = alias, Naam = "" }, (c, l) =>
        {
            c.Naam = l.Tekst("Naam");
            c.IsDagontmoeting = l.JaNee("IsDagontmoeting");
            c.Volgorde = l.Getal("Volgorde");
            c.Omschrijving = l.OptioneleTekst("Omschrijving");
        }, (c, s) =>
        {
            s.Tekst("Naam", c.Naam);
            s.JaNee("IsDagontmoeting", c.IsDagontmoeting);
            s.Getal("Volgorde", c.Volgorde);
            s.LangeTekst("Omschrijving", c.Omschrijving);
        }),
        new SyncSoort<Locatie>("Locaties", "Locatie", (key, alias) => new() { Key = key, Slug = alias, Naam = "", Straat = "" }, (o, l) =>
        {
            o.Naam = l.Tekst("Naam");
            o.Straat = l.Tekst("Straat");
            o.Postcode = l.OptioneleTekst("Postcode");
            o.Plaats = l.OptioneleTekst("Plaats") ?? "Oss";
            o.WijkId = l.OptioneleVerwijzing("Wijk", "Wijken");
            o.Latitude = l.Kommagetal("Latitude");
            o.Longitude = l.Kommagetal("Longitude");
            o.Rolstoeltoegankelijk = l.JaNee("Rolstoeltoegankelijk");
            o.Ringleiding = l.JaNee("Ringleiding");
            o.Prikkelarm = l.JaNee("Prikkelarm");
            o.Toegankelijkheid = l.OptioneleTekst("Toegankelijkheid");
            o.Omschrijving = l.OptioneleTekst("Omschrijving");
        }, (o, s) =>
        {
            s.Tekst("Naam", o.Naam);
            s.Tekst("Straat", o.Straat);
            s.Tekst("Postcode", o.Postcode);
            s.Tekst("Plaats", o.Plaats);
            s.Verwijzing("Wijk", "Wijken", o.WijkId);
            s.Kommagetal("Latitude", o.Latitude);
            s.Kommagetal("Longitude", o.Longitude);
            s.JaNee("Rolstoeltoegankelijk", o.Rolstoeltoegankelijk);
            s.JaNee("Ringleiding", o.Ringleiding);
            s.JaNee("Prikkelarm", o.Prikkelarm);
            s.Tekst("Toegankelijkheid", o.Toegankelijkheid);
            s.LangeTekst("Omschrijving", o.Omschrijving);
        }),
        new SyncSoort<Organisatie>("Organisaties", "Organisatie", (key, alias) => new() { Key = key, Slug = alias, Naam = "" }, (o, l) =>
        {
            o.Naam = l.Tekst("Naam");
            o.Soort = l.Keuze("Soort", OrganisatieSoort.Partner);
            o.WijkId = l.OptioneleVerwijzing("Wijk", "Wijken");
            o.Email = l.OptioneleTekst("Email");
            o.Telefoon = l.OptioneleTekst("Telefoon");
            o.Website = l.OptioneleTekst("Website");
            o.Omschrijving = l.OptioneleTekst("Omschrijving");
            o.Vertrouwd = l.JaNee("Vertrouwd");
            o.Logo = l.OptioneleTekst("Logo");
            if (o.Logo is not null && !System.Text.RegularExpressions.Regex.IsMatch(o.Logo, "^/media/[a-z0-9/-]+\\.(svg|webp|png)$"))
            {
                throw new SyncFoutException("<Logo> moet een pad zijn zoals /media/organisaties/wijkraad.svg.");
            }
        }, (o, s) =>
        {
            // The linked calendar (AgendaUrl) is the collective's own setting and starts outside fetches, so it stays
            // in its database; see ADR 0015.
            s.Tekst("Naam", o.Naam);
            s.Keuze("Soort", o.Soort);
            s.Verwijzing("Wijk", "Wijken", o.WijkId);
            s.Tekst("Email", o.Email);
            s.Tekst("Telefoon", o.Telefoon);
            s.Tekst("Website", o.Website);
            s.JaNee("Vertrouwd", o.Vertrouwd);
            s.Tekst("Logo", o.Logo);
            s.LangeTekst("Omschrijving", o.Omschrijving);
        }),
        new SyncSoort<Wijkteam>("Wijkteams", "Wijkteam", (key, alias) => new() { Key = key, Slug = alias, Naam = "" }, (t, l) =>
        {
            t.Naam = l.Tekst("Naam");
            t.WijkId = l.Verwijzing("Wijk", "Wijken");
            t.LocatieId = l.OptioneleVerwijzing("Locatie", "Locaties");
            t.Telefoon = l.OptioneleTekst("Telefoon");
            t.Email = l.OptioneleTekst("Email");
            t.Inloop = l.OptioneleTekst("Inloop");
            t.Omschrijving = l.OptioneleTekst("Omschrijving");
            t.CoordinatorEmail = l.OptioneleTekst("Coordinator");
        }, (t, s) =>
        {
            s.Tekst("Naam", t.Naam);
            s.Verwijzing("Wijk", "Wijken", t.WijkId);
            s.Verwijzing("Locatie", "Locaties", t.LocatieId);
            s.Tekst("Telefoon", t.Telefoon);
            s.Tekst("Email", t.Email);
            s.Tekst("Coordinator", t.CoordinatorEmail);
            s.Tekst("Inloop", t.Inloop);
            s.LangeTekst("Omschrijving", t.Omschrijving);
        }),
        new SyncSoort<Postcodegebied>("Postcodegebieden", "Postcodegebied", (key, alias) => new() { Key = key, Slug = alias, Van = "", Tot = "" }, (p, l) =>
        {
            p.Van = PostcodeRouting.Normaliseer(l.Tekst("Van")) ?? throw new SyncFoutException("<Van> moet een postcode zijn, zoals 5344AA.");
            p.Tot = PostcodeRouting.Normaliseer(l.Tekst("Tot")) ?? throw new SyncFoutException("<Tot> moet een postcode zijn, zoals 5344ZZ.");
            if (string.CompareOrdinal(p.Van, p.Tot) > 0)
            {
                throw new SyncFoutException("<Van> moet vóór <Tot> liggen.");
            }

            p.WijkId = l.Verwijzing("Wijk", "Wijken");
        }, (p, s) =>
        {
            s.Tekst("Van", p.Van);
            s.Tekst("Tot", p.Tot);
            s.Verwijzing("Wijk", "Wijken", p.WijkId);
        }),
        new SyncSoort<Wijkbudget>("Wijkbudgetten", "Wijkbudget", (key, alias) => new() { Key = key, Slug = alias }, (b, l) =>
        {
            b.WijkId = l.Verwijzing("Wijk", "Wijken");
            b.Jaar = l.Getal("Jaar");
            b.BudgetInCenten = l.BedragInCenten("Bedrag");
            if (b.Jaar is < 2000 or > 2100 || b.BudgetInCenten < 0)
            {
                throw new SyncFoutException("<Jaar> moet een jaartal zijn en <Bedrag> een bedrag van 0 of meer.");
            }
        }, (b, s) =>
        {
            s.Verwijzing("Wijk", "Wijken", b.WijkId);
            s.Getal("Jaar", b.Jaar);
            s.BedragInCenten("Bedrag", b.BudgetInCenten);
        }),
        new SyncSoort<Clientondersteuner>("Clientondersteuners", "Clientondersteuner",
            (key, alias) => new() { Key = key, Slug = alias, Naam = "" }, (c, l) =>
        {
            c.Naam = l.Tekst("Naam");
            c.Organisatie = l.OptioneleTekst("Organisatie");
            c.Omschrijving = l.OptioneleTekst("Omschrijving");
            c.Telefoon = l.OptioneleTekst("Telefoon");
            c.Email = l.OptioneleTekst("Email");
            c.Website = l.OptioneleTekst("Website");
            c.Talen = l.OptioneleTekst("Talen");
            c.Toegankelijkheid = l.OptioneleTekst("Toegankelijkheid");
            c.Volgorde = l.Getal("Volgorde");
            c.Werkgebieden = l.Werkgebieden("Werkgebieden");
        }, (c, s) =>
        {
            s.Tekst("Naam", c.Naam);
            s.Tekst("Organisatie", c.Organisatie);
            s.Tekst("Telefoon", c.Telefoon);
            s.Tekst("Email", c.Email);
            s.Tekst("Website", c.Website);
            s.Tekst("Talen", c.Talen);
            s.Tekst("Toegankelijkheid", c.Toegankelijkheid);
            s.Getal("Volgorde", c.Volgorde);
            s.Werkgebieden("Werkgebieden", c.Werkgebieden);
            s.LangeTekst("Omschrijving", c.Omschrijving);
        }),
        new SyncSoort<Pagina>("Paginas", "Pagina", (key, alias) => new() { Key = key, Slug = alias, Titel = "" }, (p, l) =>
        {
            p.Soort = l.Keuze("Soort", PaginaSoort.Pagina);
            p.Titel = l.Tekst("Titel");
            p.Samenvatting = l.OptioneleTekst("Samenvatting");
            p.EenvoudigeSamenvatting = l.OptioneleTekst("EenvoudigeSamenvatting");
            p.Inhoud = l.OptioneleTekst("Inhoud") ?? "";
            p.WijkId = l.OptioneleVerwijzing("Wijk", "Wijken");

            // Older files only say <Gepubliceerd>; <Status> wins when both are there.
            p.Status = l.OptioneleTekst("Status") is null
                ? l.JaNee("Gepubliceerd", standaard: true) ? PaginaStatus.Gepubliceerd : PaginaStatus.Concept
                : l.Keuze("Status", PaginaStatus.Concept);
            p.PublicerenVanafUtc = l.OptioneleUtcTijd("PublicerenVanaf");
            p.GepubliceerdUtc = l.OptioneleUtcTijd("GepubliceerdOp");
            if (p.Status == PaginaStatus.Gepland && p.PublicerenVanafUtc is null)
            {
                throw new SyncFoutException("Een geplande pagina heeft <PublicerenVanaf> nodig, zoals 2026-12-01T09:00.");
            }
        }, (p, s) =>
        {
            // Always <Status>, never the older <Gepubliceerd>, so the reader takes the one path that knows every status.
            s.Tekst("Titel", p.Titel);
            s.Keuze("Soort", p.Soort);
            s.Keuze("Status", p.Status);
            s.UtcTijd("PublicerenVanaf", p.PublicerenVanafUtc);
            s.UtcTijd("GepubliceerdOp", p.GepubliceerdUtc);
            s.Verwijzing("Wijk", "Wijken", p.WijkId);
            s.Tekst("Samenvatting", p.Samenvatting);
            s.LangeTekst("EenvoudigeSamenvatting", p.EenvoudigeSamenvatting);
            s.LangeTekst("Inhoud", p.Inhoud);
        }),
        new SyncSoort<MenuItem>("Menu", "MenuItem", (key, alias) => new() { Key = key, Slug = alias, Titel = "", Url = "" }, (m, l) =>
        {
            m.Menu = l.Keuze("Menu", MenuPlek.Hoofdmenu);
            m.Titel = l.Tekst("Titel");
            m.Url = MenuRegels.IsLokaalPad(l.Tekst("Url"))
                ? l.Tekst("Url")
                : throw new SyncFoutException("<Url> moet een pad op deze website zijn, zoals /activiteiten.");
            m.Volgorde = l.Getal("Volgorde");
        }, (m, s) =>
        {
            s.Keuze("Menu", m.Menu);
            s.Tekst("Titel", m.Titel);
            s.Tekst("Url", m.Url);
            s.Getal("Volgorde", m.Volgorde);
        }),
        new SyncSoort<Activiteit>("Activiteiten", "Activiteit", (key, alias) => new() { Key = key, Slug = alias, Titel = "" }, (a, l) =>
        {
            a.Titel = l.Tekst("Titel");
            a.Samenvatting = l.OptioneleTekst("Samenvatting");
            a.Omschrijving = l.OptioneleTekst("Omschrijving");
            a.CategorieId = l.Verwijzing("Categorie", "Categorieen");
            a.WijkId = l.Verwijzing("Wijk", "Wijken");
            a.LocatieId = l.OptioneleVerwijzing("Locatie", "Locaties");
            a.OrganisatieId = l.OptioneleVerwijzing("Organisatie", "Organisaties");
            a.Doelgroep = l.Keuze("Doelgroep", Doelgroep.Iedereen);
            a.StartLokaal = l.LokaleTijd("Start");
            a.DuurMinuten = l.Getal("DuurMinuten", 60);
            a.Herhaling = l.Herhaling("Herhaling");
            a.KostenInCenten = l.BedragInCenten("Kosten");
            a.AanmeldenNodig = l.JaNee("AanmeldenNodig");
            a.Capaciteit = l.OptioneelGetal("Capaciteit");
            a.MaxPersonenPerAanmelding = l.Getal("MaxPersonen", 4);
            a.Contact = l.OptioneleTekst("Contact");
            a.OnlineLink = l.OptioneleTekst("OnlineLink");
            a.Rolstoeltoegankelijk = l.JaNee("Rolstoeltoegankelijk");
            a.Ringleiding = l.JaNee("Ringleiding");
            a.Prikkelarm = l.JaNee("Prikkelarm");
            a.Openingstijden = l.Openingstijden("Openingstijden");
            a.Uitzonderingen = l.Uitzonderingen("Uitzonderingen");
            a.Afbeelding = l.OptioneleTekst("Afbeelding");
            a.AfbeeldingAlt = l.OptioneleTekst("AfbeeldingAlt");
            if (a.Afbeelding is not null && (a.AfbeeldingAlt is null
                || !System.Text.RegularExpressions.Regex.IsMatch(a.Afbeelding, "^/media/[a-z0-9/-]+\\.(svg|webp|jpg|png)$")))
            {
                throw new SyncFoutException(
                    "<Afbeelding> moet een pad zijn zoals /media/activiteiten/koffie.svg, met een <AfbeeldingAlt> die zegt wat erop staat.");
            }

            if (a.DuurMinuten is <= 0 or > 24 * 60)
            {
                throw new SyncFoutException("<DuurMinuten> moet tussen 1 en 1440 liggen.");
            }

            if (a.Capaciteit is <= 0)
            {
                throw new SyncFoutException("<Capaciteit> moet groter dan 0 zijn.");
            }

            if (a.MaxPersonenPerAanmelding is < 1 or > 50)
            {
                throw new SyncFoutException("<MaxPersonen> (hoeveel personen één aanmelding mag meebrengen) moet tussen 1 en 50 liggen.");
            }
        })
        {
            GereserveerdeAliassen = ["print"],
        },
    ];
}

/// <param name="schrijf">Writes what <paramref name="lees"/> reads, in a fixed order; null for a kind that is only
/// imported, never exported.</param>
internal sealed class SyncSoort<T>(string map, string element, Func<Guid, string, T> nieuw, Action<T, SyncBestandLezer> lees,
    Action<T, SyncBestandSchrijver>? schrijf = null)
    : SyncSoort
    where T : class, ISyncItem
{
    public override string Map => map;
    public override string Element => element;
    public override Type EntityType => typeof(T);
    public override bool WordtGeexporteerd => schrijf is not null;

    public T Nieuw(Guid key, string alias) => nieuw(key, alias);

    public void Lees(T item, SyncBestandLezer lezer) => lees(item, lezer);

    public void Schrijf(T item, SyncBestandSchrijver schrijver) =>
        (schrijf ?? throw new InvalidOperationException($"{map} wordt niet geëxporteerd."))(item, schrijver);

    public override Task ImportAsync(SyncImporter importer, List<SyncImporter.GelezenBestand> bestanden,
        Dictionary<string, Dictionary<string, int>> aliassen, SyncResultaat resultaat, CancellationToken cancellationToken) =>
        importer.ImportSoortAsync(this, bestanden, aliassen, resultaat, cancellationToken);

    public override Task<int> TelAsync(SyncImporter importer, IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken) =>
        importer.TelAsync<T>(keys, cancellationToken);

    public override Task ExporteerAsync(SyncExporter exporter, SyncExportAliassen aliassen, List<SyncExportBestand> bestanden,
        CancellationToken cancellationToken) =>
        exporter.ExporteerSoortAsync(this, aliassen, bestanden, cancellationToken);
}

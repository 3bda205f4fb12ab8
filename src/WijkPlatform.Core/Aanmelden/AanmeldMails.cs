using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>The words of every sign-up mail, in plain Dutch (B1). Each mail says what happened, what the person can
/// do now, and where to find help.</summary>
public sealed class AanmeldMails(IOptions<SiteOptions> site)
{
    private readonly ConcurrentDictionary<Gelegenheid, MailBijlage> agendas = new();

    private SiteOptions Site => site.Value;

    public MailInhoud Bevestiging(Gelegenheid g, string naam, int personen, string sleutel) =>
        Begin(naam)
            .Alinea($"Je bent aangemeld voor {g.Titel}. Er is plaats voor je. Fijn dat je komt!")
            .Feiten(Feiten(g, personen))
            .Link("Kun je toch niet? Meld je dan af via je persoonlijke link. Dan kan iemand anders je plaats krijgen.",
                "Bekijk of wijzig je aanmelding", Site.Link($"/aanmelding/{sleutel}"))
            .Alinea("In de bijlage zit een agenda-bestand. Open het om de activiteit in je agenda te zetten.")
            .Alinea("Bewaar deze mail. De link is persoonlijk: stuur hem niet door.")
            .Link(HulpTekst, "Lees over onafhankelijke cliëntondersteuning", Site.Link("/clientondersteuning"))
            .Maak($"Je bent aangemeld: {g.Titel} op {Tijd.Dag(g.StartUtc)}", Agenda(g));

    public MailInhoud Wachtlijst(Gelegenheid g, string naam, int personen, string sleutel, int plaats) =>
        Begin(naam)
            .Alinea($"{g.Titel} is vol. Je staat op de wachtlijst, op plaats {plaats}.")
            .Alinea("Meldt iemand zich af? Dan krijg je vanzelf een plaats. We sturen je dan meteen een mail.")
            .Feiten(Feiten(g, personen))
            .Link("Wil je niet meer op de wachtlijst staan? Meld je af via je persoonlijke link.",
                "Bekijk of wijzig je aanmelding", Site.Link($"/aanmelding/{sleutel}"))
            .Alinea("Bewaar deze mail. De link is persoonlijk: stuur hem niet door.")
            .Link(HulpTekst, "Lees over onafhankelijke cliëntondersteuning", Site.Link("/clientondersteuning"))
            .Maak($"Je staat op de wachtlijst: {g.Titel} op {Tijd.Dag(g.StartUtc)}");

    public MailInhoud PlaatsGekregen(Gelegenheid g, string naam, int personen) =>
        Begin(naam)
            .Alinea($"Goed nieuws: er is plaats voor je bij {g.Titel}. Je stond op de wachtlijst en bent nu aangemeld.")
            .Feiten(Feiten(g, personen))
            .Alinea("Kun je toch niet? Meld je dan af met de persoonlijke link uit je eerste mail. Dan krijgt de volgende op de wachtlijst je plaats.")
            .Alinea("In de bijlage zit een agenda-bestand. Open het om de activiteit in je agenda te zetten.")
            .Maak($"Er is plaats voor je: {g.Titel} op {Tijd.Dag(g.StartUtc)}", Agenda(g));

    public MailInhoud AlAangemeld(Gelegenheid g, string naam) =>
        Begin(naam)
            .Alinea($"Iemand heeft je net opnieuw aangemeld voor {g.Titel} op {Tijd.Dag(g.StartUtc)}. Je was al aangemeld met dit e-mailadres.")
            .Alinea("Je eerste aanmelding blijft gewoon staan. Je hoeft niets te doen. Gebruik de persoonlijke link uit je eerste mail om je aanmelding te bekijken of af te melden.")
            .Alinea("Heb jij dit niet gedaan? Dan kun je deze mail negeren.")
            .Maak($"Je was al aangemeld: {g.Titel}");

    public MailInhoud Afgemeld(Gelegenheid g, string naam) =>
        Begin(naam)
            .Alinea($"Je bent afgemeld voor {g.Titel} op {Tijd.Dag(g.StartUtc)}. Jammer dat je niet kunt komen.")
            .Link("Wil je toch komen? Meld je dan opnieuw aan, als er nog plaats is.", "Naar de activiteit", Site.Link($"/activiteiten/{g.Slug}"))
            .Maak($"Je bent afgemeld: {g.Titel}");

    public MailInhoud Herinnering(Gelegenheid g, string naam, int personen) =>
        Begin(naam)
            .Alinea($"Een herinnering: je bent aangemeld voor {g.Titel}.")
            .Feiten(Feiten(g, personen))
            .Alinea("Kun je toch niet? Meld je dan af met de persoonlijke link uit je eerste mail. Dan kan iemand anders je plaats krijgen.")
            .Link("Meer over de activiteit:", "Naar de activiteit", Site.Link($"/activiteiten/{g.Slug}"))
            .Maak($"Herinnering: {g.Titel} op {Tijd.Dag(g.StartUtc)} om {Tijd.Uur(g.StartUtc)}");

    /// <summary>A message from the organiser to everyone signed up for one date. It says who sends it and why the person
    /// gets it, so it does not read as spam.</summary>
    public MailInhoud BerichtVanOrganisator(Gelegenheid g, string naam, bool opWachtlijst, string afzender, string? collectief,
        string onderwerp, string bericht)
    {
        ArgumentNullException.ThrowIfNull(g);
        var van = collectief is null ? afzender : $"{afzender} van {collectief}";
        var waarom = opWachtlijst
            ? $"Je krijgt deze mail omdat je op de wachtlijst staat voor {g.Titel} op {Tijd.Dag(g.StartUtc)}."
            : $"Je krijgt deze mail omdat je je hebt aangemeld voor {g.Titel} op {Tijd.Dag(g.StartUtc)}.";
        return Begin(naam)
            .Alinea($"{van} stuurt je een bericht over {g.Titel} op {Tijd.Dag(g.StartUtc)}:")
            .Bericht(bericht)
            .Feiten(
                ("Wat", g.Titel),
                ("Wanneer", $"{Tijd.Dag(g.StartUtc)}, {Tijd.VanTot(g.StartUtc, g.EindUtc)}"),
                ("Waar", g.Waar),
                ("Vragen aan de organisator", g.Contact))
            .Alinea(waarom)
            .Link(HulpTekst, "Lees over onafhankelijke cliëntondersteuning", Site.Link("/clientondersteuning"))
            .Maak($"{onderwerp} ({g.Titel})");
    }

    private const string HulpTekst = "Heb je vragen over zorg, geld of hulp van de gemeente? Een cliëntondersteuner helpt je gratis en onafhankelijk.";

    private MailOpmaak Begin(string naam) => new MailOpmaak(Site.Naam).Alinea($"Beste {naam},");

    private static (string, string?)[] Feiten(Gelegenheid g, int personen) =>
    [
        ("Wat", g.Titel),
        ("Wanneer", $"{Tijd.Dag(g.StartUtc)}, {Tijd.VanTot(g.StartUtc, g.EindUtc)}"),
        ("Waar", g.Waar),
        ("Aantal personen", personen.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Vragen aan de organisator", g.Contact),
    ];

    private MailBijlage Agenda(Gelegenheid g)
    {
        // The file depends on the date's facts alone, and a rush of sign-ups is for a limited number of dates: writing
        // it once per date spares Ical.Net's time-zone work on every confirmation. The bound (a few MB at most) keeps a
        // long-running server small.
        if (agendas.TryGetValue(g, out var bekend))
        {
            return bekend;
        }

        if (agendas.Count >= 4096)
        {
            agendas.Clear();
        }

        return agendas[g] = MaakAgenda(g);
    }

    private MailBijlage MaakAgenda(Gelegenheid g)
    {
        var reeks = new ActiviteitReeks(g.Slug, g.Titel, null, g.Waar, new Planning.Bron(g.StartUtc, 0, null, [], []), g.StartUtc);
        var ics = AgendaKalender.Eenmalig(reeks, new VoorkomenDatum(g.StartUtc, g.EindUtc, null), Site.Adres.TrimEnd('/'));
        return new MailBijlage("activiteit.ics", "text/calendar", ics);
    }
}

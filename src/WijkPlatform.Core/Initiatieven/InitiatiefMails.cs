using System.Globalization;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>The words of every initiatief mail, in plain Dutch (B1). The link in a mail is only included where the
/// secret is at hand (when it is made); later mails send the applicant to the link they already have, or to the page
/// where a lost link can be asked for again.</summary>
public sealed class InitiatiefMails(IOptions<SiteOptions> site)
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private SiteOptions Site => site.Value;

    public static string Euro(long centen) => (centen / 100m).ToString("C", Nl);

    public MailInhoud GaVerder(Initiatief i, string sleutel) =>
        Begin(i.Naam)
            .Alinea($"Je bent begonnen aan een aanvraag voor een bewonersinitiatief{Over(i)}. Je aanvraag is bewaard, maar nog niet verstuurd.")
            .Link("Met deze link ga je verder waar je was gebleven:", "Ga verder met je aanvraag", Site.Link($"/initiatief/aanvragen/{sleutel}"))
            .Alinea("Bewaar deze mail. De link is persoonlijk: stuur hem niet door.")
            .Link(HulpTekst, "Lees over onafhankelijke cliëntondersteuning", Site.Link("/clientondersteuning"))
            .Maak("Ga verder met je aanvraag voor een bewonersinitiatief");

    public MailInhoud Ontvangen(Initiatief i, string sleutel, string? wijkteam) =>
        Begin(i.Naam)
            .Alinea($"We hebben je aanvraag{Over(i)} goed ontvangen. Dank je wel!")
            .Feiten(("Kenmerk", i.Kenmerk), ("Gevraagd bedrag", Euro(i.GevraagdInCenten)),
                ("Wie bekijkt je aanvraag", wijkteam ?? "Een medewerker zoekt uit bij welk wijkteam je aanvraag hoort"),
                ("Besluit uiterlijk", i.BeslistermijnUtc is { } t ? Tijd.Dag(t) + " " + Tijd.Lokaal(t).Year : null))
            .Link("Op je eigen pagina zie je hoe het met je aanvraag staat. Daar beantwoord je ook vragen en stuur je stukken na.",
                "Bekijk je aanvraag", Site.Link($"/initiatief/status/{sleutel}"))
            .Alinea("Bewaar deze mail. De link is persoonlijk: stuur hem niet door.")
            .Link(HulpTekst, "Lees over onafhankelijke cliëntondersteuning", Site.Link("/clientondersteuning"))
            .Maak($"Aanvraag ontvangen: {i.Titel}");

    public MailInhoud NieuweLink(Initiatief i, string sleutel) =>
        Begin(i.Naam)
            .Alinea($"Je vroeg een nieuwe link voor je aanvraag{Over(i)} (kenmerk {i.Kenmerk}). De oude link werkt niet meer.")
            .Link("Met deze link zie je je aanvraag:", "Bekijk je aanvraag",
                Site.Link(i.Status == InitiatiefStatus.Concept ? $"/initiatief/aanvragen/{sleutel}" : $"/initiatief/status/{sleutel}"))
            .Alinea("Heb jij geen nieuwe link gevraagd? Dan kun je deze mail negeren. Gebruik dan wel deze nieuwe link.")
            .Maak($"Nieuwe link voor je aanvraag {i.Kenmerk}");

    /// <summary>Sent on every status change the applicant can see.</summary>
    public MailInhoud StatusGewijzigd(Initiatief i, string? toelichting)
    {
        var opmaak = Begin(i.Naam)
            .Alinea($"Er is nieuws over je aanvraag{Over(i)} (kenmerk {i.Kenmerk}).")
            .Feiten(("Nieuwe stand", Statusmachine.VoorAanvrager(i.Status)),
                ("Toegekend bedrag", i.Status is InitiatiefStatus.Toegekend or InitiatiefStatus.DeelsToegekend && i.ToegekendBedragInCenten is { } b ? Euro(b) : null),
                ("Uitbetaald", i.Status == InitiatiefStatus.Uitbetaald && i.UitbetaaldBedragInCenten is { } u ? Euro(u) : null),
                ("Besluit uiterlijk", Statusmachine.WachtOpBesluit.Contains(i.Status) && i.BeslistermijnUtc is { } t ? Tijd.Dag(t) : null));
        opmaak.Alinea(Uitleg(i.Status));
        if (!string.IsNullOrWhiteSpace(toelichting))
        {
            opmaak.Alinea("Toelichting van het wijkteam:").Bericht(toelichting);
        }

        return opmaak
            .Link("Bekijk alles op je eigen pagina, met de link uit de mail die je kreeg toen je de aanvraag verstuurde. Link kwijt? Vraag hier een nieuwe aan:",
                "Nieuwe link aanvragen", Site.Link("/initiatief/status"))
            .Link(HulpTekst, "Lees over onafhankelijke cliëntondersteuning", Site.Link("/clientondersteuning"))
            .Maak($"Je aanvraag {i.Kenmerk}: {Statusmachine.VoorAanvrager(i.Status)}");
    }

    public MailInhoud Vraag(Initiatief i, string vraag) =>
        Begin(i.Naam)
            .Alinea($"Het wijkteam heeft een vraag over je aanvraag{Over(i)} (kenmerk {i.Kenmerk}):")
            .Bericht(vraag)
            .Alinea("Geef je antwoord op je eigen pagina. Daar kun je ook stukken meesturen. Zolang we op je antwoord wachten, schuift de datum van het besluit op.")
            .Link("Gebruik de link uit de mail die je kreeg toen je de aanvraag verstuurde. Link kwijt? Vraag hier een nieuwe aan:",
                "Nieuwe link aanvragen", Site.Link("/initiatief/status"))
            .Maak($"Vraag over je aanvraag {i.Kenmerk}");

    public MailInhoud Herinnering(Initiatief i, string wijkteam) =>
        new MailOpmaak(Site.Naam)
            .Alinea($"Beste collega's van {wijkteam},")
            .Alinea($"Over de aanvraag {i.Kenmerk} ({i.Titel}) moet uiterlijk {Tijd.Dag(i.BeslistermijnUtc!.Value)} een besluit zijn.")
            .Feiten(("Stand", Statusmachine.Naam(i.Status)))
            .Link("Bekijk de aanvraag in het beheer.", "Naar de aanvraag", Site.Link($"/beheer/initiatieven/{i.Id}"))
            .Maak($"Herinnering: besluit over {i.Kenmerk} uiterlijk {Tijd.Dag(i.BeslistermijnUtc!.Value)}");

    public MailInhoud Escalatie(Initiatief i, string wijkteam) =>
        new MailOpmaak(Site.Naam)
            .Alinea("Beste coördinator,")
            .Alinea($"De beslistermijn van aanvraag {i.Kenmerk} ({i.Titel}) bij {wijkteam} is verlopen op {Tijd.Dag(i.BeslistermijnUtc!.Value)}. Er is nog geen besluit.")
            .Feiten(("Stand", Statusmachine.Naam(i.Status)))
            .Alinea("Wil je zorgen dat de aanvrager snel een besluit krijgt?")
            .Link("Bekijk de aanvraag in het beheer.", "Naar de aanvraag", Site.Link($"/beheer/initiatieven/{i.Id}"))
            .Maak($"Beslistermijn verlopen: {i.Kenmerk}");

    public MailInhoud NieuwInWachtrij(Initiatief i, string wachtrij) =>
        new MailOpmaak(Site.Naam)
            .Alinea($"Er staat een nieuwe aanvraag voor een bewonersinitiatief in de wachtrij van {wachtrij}.")
            .Feiten(("Kenmerk", i.Kenmerk), ("Titel", i.Titel), ("Gevraagd bedrag", Euro(i.GevraagdInCenten)))
            .Link("Bekijk de aanvraag in het beheer.", "Naar de aanvraag", Site.Link($"/beheer/initiatieven/{i.Id}"))
            .Maak($"Nieuwe aanvraag {i.Kenmerk}: {i.Titel}");

    private const string HulpTekst =
        "Wil je hulp bij je aanvraag of heb je andere vragen? Een onafhankelijke cliëntondersteuner helpt je gratis.";

    private MailOpmaak Begin(string? naam) =>
        new MailOpmaak(Site.Naam).Alinea(string.IsNullOrWhiteSpace(naam) ? "Beste bewoner," : $"Beste {naam},");

    private static string Over(Initiatief i) => string.IsNullOrWhiteSpace(i.Titel) ? "" : $" \u2018{i.Titel}\u2019";

    private static string Uitleg(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.InBehandeling or InitiatiefStatus.BesluitVoorgelegd =>
            "Het wijkteam bekijkt je aanvraag nu. Je hoort het als er een besluit is, of als we iets willen vragen.",
        InitiatiefStatus.VraagAanAanvrager => "Het wijkteam heeft een vraag voor je. Beantwoord die op je eigen pagina.",
        InitiatiefStatus.Toegekend => "Goed nieuws: je aanvraag is toegekend. Het geld wordt zo snel mogelijk overgemaakt.",
        InitiatiefStatus.DeelsToegekend => "Je aanvraag is voor een deel toegekend. In de toelichting lees je waarom.",
        InitiatiefStatus.Afgewezen => "Helaas: je aanvraag is afgewezen. In de toelichting lees je waarom. Wil je er met iemand over praten? Loop binnen bij het wijkteam.",
        InitiatiefStatus.Uitbetaald => "Het geld is overgemaakt. Veel plezier met je initiatief! Vertel ons na afloop op je eigen pagina hoe het ging en wat het kostte (de verantwoording).",
        InitiatiefStatus.Verantwoord => "Dank je wel voor je verantwoording. Het wijkteam kijkt ernaar.",
        InitiatiefStatus.Afgesloten => "Je aanvraag is afgesloten. Dank je wel voor je inzet voor de wijk!",
        _ => "Je ziet de nieuwe stand ook op je eigen pagina.",
    };
}

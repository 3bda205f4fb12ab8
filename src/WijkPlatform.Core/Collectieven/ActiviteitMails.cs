using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Collectieven;

/// <summary>Mails about an activity itself (called off, a word from the redactie), in plain Dutch (B1).</summary>
public sealed class ActiviteitMails(IOptions<SiteOptions> site)
{
    private SiteOptions Site => site.Value;

    public MailInhoud Afgelast(string titel, string slug, DateTime startUtc, string naam, string reden) =>
        new MailOpmaak(Site.Naam)
            .Alinea($"Beste {naam},")
            .Alinea($"Je bent aangemeld voor {titel} op {Tijd.Dag(startUtc)} om {Tijd.Uur(startUtc)}. Helaas gaat dit niet door.")
            .Feiten(("Waarom", reden))
            .Alinea("Je hoeft niets te doen: je aanmelding vervalt vanzelf.")
            .Link("Kijk in de agenda wat er verder te doen is in de wijk.", "Naar de activiteit", Site.Link($"/activiteiten/{slug}"))
            .Maak($"Gaat niet door: {titel} op {Tijd.Dag(startUtc)}");

    public MailInhoud VanRedactie(string titel, string slug, string organisatie, string bericht, string? status) =>
        new MailOpmaak(Site.Naam)
            .Alinea($"Beste vrijwilligers van {organisatie},")
            .Alinea($"De redactie van {Site.Naam} heeft een bericht over jullie activiteit {titel}:")
            .Alinea(bericht)
            .Feiten(("Activiteit", titel), ("Stand", status))
            .Link("Bekijk en wijzig de activiteit in het beheer.", "Naar jullie activiteiten", Site.Link("/beheer/activiteiten"))
            .Alinea($"Vragen? Beantwoord deze mail niet, maar neem contact op met de redactie via de site. Het adres van de activiteit: {Site.Link($"/activiteiten/{slug}")}")
            .Maak($"Bericht van de redactie over {titel}");
}

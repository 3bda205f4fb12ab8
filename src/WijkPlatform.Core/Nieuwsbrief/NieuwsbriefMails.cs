using System.Globalization;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>The words of the nieuwsbrief mails, in plain Dutch (B1).</summary>
public sealed class NieuwsbriefMails(IOptions<SiteOptions> site, IOptions<NieuwsbriefOptions> options)
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private SiteOptions Site => site.Value;

    public string AfmeldUrl(string afmeldCode) => Site.Link($"/nieuwsbrief/afmelden/{afmeldCode}");

    public MailInhoud Bevestigen(string code, IReadOnlyList<string> wijken, IReadOnlyList<(string Wijk, string AfmeldCode)> alActief)
    {
        var mail = Begin()
            .Alinea($"Je hebt je aangemeld voor de nieuwsbrief van {Opsomming(wijken)}. Je krijgt dan één keer per week een mail met de activiteiten van de week erna en het nieuws uit de wijk.")
            .Link("Klopt dat? Bevestig het dan met deze link. Pas daarna sturen we je de nieuwsbrief.",
                "Ja, ik wil de nieuwsbrief", Site.Link($"/nieuwsbrief/bevestigen/{code}"))
            .Alinea($"De link werkt {options.Value.BevestigDagen} dagen.");
        if (alActief.Count > 0)
        {
            mail.Alinea($"De nieuwsbrief van {Opsomming(alActief.Select(a => a.Wijk).ToList())} krijg je al.");
        }

        return mail
            .Alinea($"Heb jij je niet aangemeld? Dan hoef je niets te doen. Zonder bevestiging sturen we niets, en na {options.Value.OnbevestigdBewaarDagen} dagen wissen we je e-mailadres.")
            .Maak("Bevestig je aanmelding voor de nieuwsbrief");
    }

    /// <summary>For an address that asked again for wijken it already gets: the answer on the site is the same for
    /// everyone, so only the owner of the mailbox learns that nothing changed.</summary>
    public MailInhoud AlAangemeld(IReadOnlyList<(string Wijk, string AfmeldCode)> alActief)
    {
        var mail = Begin()
            .Alinea($"Je vroeg de nieuwsbrief van {Opsomming(alActief.Select(a => a.Wijk).ToList())} aan. Die krijg je al: je hoeft niets te doen.");
        foreach (var (wijk, afmeldCode) in alActief)
        {
            mail.Link($"Wil je de nieuwsbrief van {wijk} niet meer krijgen?", $"Afmelden voor de nieuwsbrief van {wijk}", AfmeldUrl(afmeldCode));
        }

        return mail
            .Alinea("Heb jij dit niet gevraagd? Dan hoef je niets te doen.")
            .Maak("Je krijgt de nieuwsbrief al");
    }

    public MailInhoud Weekoverzicht(Weekoverzicht.Inhoud inhoud, string afmeldCode)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var week = $"{inhoud.Week.ToString("d MMMM", Nl)} tot en met {inhoud.Week.AddDays(6).ToString("d MMMM", Nl)}";
        var mail = new MailOpmaak(Site.Naam)
            .Kop($"Nieuws en activiteiten in {inhoud.Wijk}")
            .Alinea($"Dit is er te doen in {inhoud.Wijk} in de week van {week}.");

        if (inhoud.Dagen.Count > 0)
        {
            mail.Alinea("Activiteiten");
            foreach (var dag in inhoud.Dagen)
            {
                mail.Alinea(Hoofdletter(dag.Datum.ToString("dddd d MMMM", Nl)))
                    .Lijst(dag.Activiteiten.Select(a => $"{Tijd.VanTot(a.StartUtc, a.EindUtc)} uur: {a.Titel}{(a.Locatie is null ? "" : $", {a.Locatie}")}"
                        + (a.Toelichting is null ? "" : $". Let op: {a.Toelichting}")));
            }

            if (inhoud.NietGetoond > 0)
            {
                mail.Alinea($"En nog {inhoud.NietGetoond} andere activiteiten.");
            }
        }

        if (inhoud.Inloop.Count > 0)
        {
            mail.Alinea("Zomaar binnenlopen (dagontmoeting)")
                .Lijst(inhoud.Inloop.Select(p => $"{p.Titel}{(p.Locatie is null ? "" : $", {p.Locatie}")}: open {p.Open}"));
        }

        if (inhoud.Dagen.Count > 0 || inhoud.Inloop.Count > 0)
        {
            mail.Link("Meer weten, of aanmelden? Kijk in de agenda:", $"Agenda van {inhoud.Wijk} voor deze week",
                Site.Link(FormattableString.Invariant($"/activiteiten?wijk={inhoud.WijkSlug}&periode=datums&van={inhoud.Week:yyyy-MM-dd}&tot={inhoud.Week.AddDays(6):yyyy-MM-dd}")));
        }

        if (inhoud.Nieuws.Count > 0)
        {
            mail.Alinea("Nieuws");
            foreach (var bericht in inhoud.Nieuws)
            {
                mail.Link(bericht.Samenvatting is null ? bericht.Titel : $"{bericht.Titel}. {bericht.Samenvatting}", $"Lees: {bericht.Titel}",
                    Site.Link($"/nieuws/{bericht.Slug}"));
            }
        }

        var afmelden = AfmeldUrl(afmeldCode);
        var gemaakt = mail
            .Alinea($"Je krijgt deze mail één keer per week, omdat je je hebt aangemeld voor de nieuwsbrief van {inhoud.Wijk}.")
            .Link("Wil je deze nieuwsbrief niet meer krijgen? Met één klik ben je afgemeld:", "Afmelden voor deze nieuwsbrief", afmelden)
            .Maak($"Nieuwsbrief {inhoud.Wijk}: week van {inhoud.Week.ToString("d MMMM", Nl)}");
        return gemaakt with { AfmeldUrl = afmelden };
    }

    private MailOpmaak Begin() => new MailOpmaak(Site.Naam).Alinea("Hallo,");

    private static string Hoofdletter(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Nl) + s[1..];

    public static string Opsomming(IReadOnlyList<string> delen) => delen.Count switch
    {
        0 => "",
        1 => delen[0],
        _ => $"{string.Join(", ", delen.Take(delen.Count - 1))} en {delen[^1]}",
    };
}

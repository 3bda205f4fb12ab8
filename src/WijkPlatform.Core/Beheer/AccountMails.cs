using System.Globalization;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Beheer;

/// <summary>The words of the account mails, in plain Dutch (B1): a new password, an invitation to a collective, and
/// the note that an existing account became a member. Links are built by the caller, which holds the secret.</summary>
public sealed class AccountMails(IOptions<SiteOptions> site)
{
    private SiteOptions Site => site.Value;

    public MailInhoud WachtwoordHerstellen(string naam, string link, TimeSpan geldig) =>
        Begin(naam)
            .Alinea($"Iemand heeft gevraagd om een nieuw wachtwoord voor je account bij {Site.Naam}. Was jij dat? Kies dan een nieuw wachtwoord met deze link.")
            .Link($"De link werkt {Duur(geldig)} en maar één keer.", "Kies een nieuw wachtwoord", link)
            .Alinea("Heb jij dit niet gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.")
            .Maak($"Nieuw wachtwoord kiezen voor {Site.Naam}");

    public MailInhoud Uitnodiging(string naam, string collectief, string door, string link, TimeSpan geldig) =>
        Begin(naam)
            .Alinea($"{door} nodigt je uit als lid van {collectief} op {Site.Naam}. Als lid zie je wie zich aanmeldt voor de activiteiten van {collectief}, en kun je zelf nieuwe leden uitnodigen.")
            .Link($"Kies een wachtwoord om je account te maken. De link werkt {Duur(geldig)}.", "Account maken", link)
            .Alinea($"Ken je {collectief} niet, of wil je geen account? Dan kun je deze mail negeren. Er gebeurt dan niets.")
            .Maak($"{door} nodigt je uit voor {collectief}");

    public MailInhoud NieuwLid(string naam, string collectief, string door) =>
        Begin(naam)
            .Alinea($"{door} heeft je lid gemaakt van {collectief} op {Site.Naam}. Je gebruikt hiervoor je account dat je al hebt.")
            .Link($"Log in om de activiteiten en aanmeldingen van {collectief} te zien.", "Inloggen", Site.Link("/inloggen"))
            .Alinea($"Klopt dit niet? Laat het dan weten aan {door} of aan beheer.")
            .Maak($"Je bent nu lid van {collectief}");

    /// <summary>Beheer made an account for someone: <paramref name="werk"/> says in a few words what they will do with it
    /// ("wijkteam van Ruwaard"). Staff are told that a second sign-in step follows the password.</summary>
    public MailInhoud AccountUitnodiging(string naam, string door, string werk, bool medewerker, string link, TimeSpan geldig)
    {
        var mail = Begin(naam)
            .Alinea($"{door} heeft een account voor je gemaakt op {Site.Naam}. Daarmee werk je op de website als {werk}.")
            .Link($"Kies een wachtwoord om je account te gebruiken. De link werkt {Duur(geldig)}.", "Wachtwoord kiezen", link);
        if (medewerker)
        {
            mail = mail.Alinea("Je ziet op de website persoonlijke gegevens van bewoners. Daarom log je in met twee stappen: na je wachtwoord vul je een code in uit een app op je telefoon. Dat stel je de eerste keer in.");
        }

        return mail
            .Alinea($"Verwacht je deze mail niet? Dan kun je hem negeren. Er gebeurt dan niets. Vragen? Stel ze aan {door}.")
            .Maak($"Je account voor {Site.Naam}");
    }

    private MailOpmaak Begin(string naam) =>
        new MailOpmaak(Site.Naam).Alinea(string.IsNullOrWhiteSpace(naam) ? "Hallo," : $"Beste {naam},");

    /// <summary>"2 uur", "7 dagen": how long a link works, as a person says it.</summary>
    public static string Duur(TimeSpan duur)
    {
        static string Tel(double n, string een, string meer) =>
            string.Create(CultureInfo.InvariantCulture, $"{n:0} {(Math.Round(n) == 1 ? een : meer)}");

        return duur.TotalDays >= 1 && duur.TotalDays == Math.Floor(duur.TotalDays) ? Tel(duur.TotalDays, "dag", "dagen")
            : duur.TotalHours >= 1 ? Tel(Math.Floor(duur.TotalHours), "uur", "uur")
            : Tel(Math.Max(1, Math.Ceiling(duur.TotalMinutes)), "minuut", "minuten");
    }
}

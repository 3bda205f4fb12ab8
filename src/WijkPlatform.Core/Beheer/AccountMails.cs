using System.Globalization;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Beheer;

/// <summary>The words of the account mails, in plain Dutch (B1). Links are built by the caller, which holds the secret.</summary>
public sealed class AccountMails(IOptions<SiteOptions> site)
{
    private SiteOptions Site => site.Value;

    public MailInhoud WachtwoordHerstellen(string naam, string link, TimeSpan geldig) =>
        Begin(naam)
            .Alinea($"Iemand heeft gevraagd om een nieuw wachtwoord voor je account bij {Site.Naam}. Was jij dat? Kies dan een nieuw wachtwoord met deze link.")
            .Link($"De link werkt {Duur(geldig)} en maar één keer.", "Kies een nieuw wachtwoord", link)
            .Alinea("Heb jij dit niet gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.")
            .Maak($"Nieuw wachtwoord kiezen voor {Site.Naam}");

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

using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core.Mail;

public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required(ErrorMessage = "Mail:Afzender ontbreekt.")]
    [EmailAddress(ErrorMessage = "Mail:Afzender moet een e-mailadres zijn.")]
    public string Afzender { get; set; } = "noreply@wijkderuwaard.example.nl";

    [Required(ErrorMessage = "Mail:AfzenderNaam ontbreekt.")]
    public string AfzenderNaam { get; set; } = "Wij(k) de Ruwaard";

    /// <summary>The SMTP server. Empty: mails are written as .eml files to <see cref="PickupMap"/>.</summary>
    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "Mail:SmtpPoort moet tussen 1 en 65535 liggen.")]
    public int SmtpPoort { get; set; } = 587;

    public string? SmtpGebruiker { get; set; }
    public string? SmtpWachtwoord { get; set; }

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or Geen (only for a server on the same machine).</summary>
    [RegularExpression("^(Auto|StartTls|SslOnConnect|Geen)$", ErrorMessage = "Mail:SmtpBeveiliging moet Auto, StartTls, SslOnConnect of Geen zijn.")]
    public string SmtpBeveiliging { get; set; } = "Auto";

    /// <summary>Folder for .eml files when no SMTP host is set; relative to the application's content root.</summary>
    public string PickupMap { get; set; } = Path.Combine("App_Data", "mail");

    /// <summary>After this many failed attempts a message is given up and shown to beheer. The wait between attempts
    /// doubles from 30 seconds up to 30 minutes, so the default keeps trying for about a day.</summary>
    [Range(1, 1000, ErrorMessage = "Mail:MaxPogingen moet tussen 1 en 1000 liggen.")]
    public int MaxPogingen { get; set; } = 60;

    [Range(1, 1000, ErrorMessage = "Mail:PerRonde moet tussen 1 en 1000 liggen.")]
    public int PerRonde { get; set; } = 100;

    /// <summary>At most this many mails a second leave this server (MailTempo). Ask the mail provider what it accepts; a
    /// relay that is sent more refuses or delays it.</summary>
    [Range(1, 10000, ErrorMessage = "Mail:PerSeconde moet tussen 1 en 10000 liggen.")]
    public int PerSeconde { get; set; } = 20;

    /// <summary>How long a server holds a mail it is sending before another may take it over. It must outlast one
    /// send (MailKit waits up to two minutes for a slow server); it is also how long a mail waits after a server died
    /// halfway through sending it.</summary>
    [Range(5, 3600, ErrorMessage = "Mail:ClaimSeconden moet tussen 5 en 3600 liggen.")]
    public int ClaimSeconden { get; set; } = 300;
}

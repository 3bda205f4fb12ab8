using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Infrastructure;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Create one demo account per role at start. Only ever honoured in Development (and the test host).</summary>
    public bool DemoAccounts { get; set; }

    /// <summary>The password of the demo accounts; they exist only on a developer's machine.</summary>
    public string DemoWachtwoord { get; set; } = "Wijk-demo-2026!";

    /// <summary>The authenticator key (Base32) of the demo staff accounts, so whoever tries the site can add it to an
    /// authenticator app and pass the second sign-in step.</summary>
    [RegularExpression("^[A-Z2-7]{16,}$",
        ErrorMessage = "Accounts:DemoAuthenticatorSleutel moet Base32 zijn: minstens 16 tekens, alleen hoofdletters A-Z en cijfers 2-7.")]
    public string DemoAuthenticatorSleutel { get; set; } = "WIJKDEMOSLEUTELRUWAARDOSSTWEESTP";

    /// <summary>How often one address may ask for a new-password mail per hour; each account gets at most
    /// <see cref="HerstelMailsPerUur"/> of those mails whatever the address.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Accounts:HerstelPerAdresPerUur moet 1 of meer zijn.")]
    public int HerstelPerAdresPerUur { get; set; } = 10;

    /// <summary>Sign-in attempts (password, code or recovery code) per client address per hour. The lockout stops
    /// guessing one account's password; this stops one machine trying a few passwords on many accounts. An office
    /// where the whole team signs in behind one address stays far below it.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Accounts:InloggenPerAdresPerUur moet 1 of meer zijn.")]
    public int InloggenPerAdresPerUur { get; set; } = 100;

    [Range(1, 100, ErrorMessage = "Accounts:HerstelMailsPerUur moet tussen 1 en 100 liggen.")]
    public int HerstelMailsPerUur { get; set; } = 3;
}

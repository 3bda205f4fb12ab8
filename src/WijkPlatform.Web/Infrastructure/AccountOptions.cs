namespace WijkPlatform.Web.Infrastructure;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Create one demo account per role at start. Only ever honoured in Development (and the test host).</summary>
    public bool DemoAccounts { get; set; }

    /// <summary>The password of the demo accounts; they exist only on a developer's machine.</summary>
    public string DemoWachtwoord { get; set; } = "Wijk-demo-2026!";
}

using System.Text.RegularExpressions;

namespace WijkPlatform.Browser.Tests;

/// <summary>Signing in as a person does: the password, and for staff the code from their authenticator app, computed
/// here from the demo key (<see cref="Totp"/>).</summary>
internal static partial class InlogHulp
{
    public static async Task LogInAsync(IPage page, string email, string? wachtwoord = null, string? sleutel = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(wachtwoord ?? WijkApp.DemoWachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/inloggen$"));
        if (CodeStap().IsMatch(page.Url))
        {
            await page.GetByLabel("Code uit je app").FillAsync(Totp.Code(sleutel ?? WijkApp.DemoSleutel));
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        }

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/beheer"));
    }

    [GeneratedRegex("/inloggen/code")]
    private static partial Regex CodeStap();
}

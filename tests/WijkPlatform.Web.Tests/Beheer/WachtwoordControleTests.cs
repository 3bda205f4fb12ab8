using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Tests.Beheer;

/// <summary>The password rules as the site has them registered: Identity's length check with the Dutch messages, and
/// the list of common passwords, the e-mail name and the site name.</summary>
public sealed class WachtwoordControleTests(WijkApp app) : IClassFixture<WijkApp>
{
    private const string Email = "fatima.elamrani@example.nl";

    [Theory]
    [InlineData("wachtwoord12345")]
    [InlineData("Wachtwoord123")]
    [InlineData("WACHTWOORD123!")]
    [InlineData("Welkom2024!!!")]
    [InlineData("Zomer2024!!!!")]
    [InlineData("Voetbal123456")]
    [InlineData("Feyenoord1908")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("Iloveyou12345")]
    [InlineData("wacht woord 2026")]
    public async Task Controleer_VeelgebruiktWachtwoord_GeweigerdMetNederlandseMelding(string wachtwoord)
    {
        var fouten = await FoutenAsync(wachtwoord);

        Assert.Contains(WachtwoordControle.VeelGebruikt, fouten);
    }

    [Theory]
    [InlineData("Fatima-is-de-baas-99")]
    [InlineData("ikbenELAMRANIuitOss")]
    public async Task Controleer_BevatEmailNaam_Geweigerd(string wachtwoord)
    {
        Assert.Contains(WachtwoordControle.BevatEmail, await FoutenAsync(wachtwoord));
    }

    [Theory]
    [InlineData("Ik woon in de Ruwaard!")]
    [InlineData("Wij(k) de Ruwaard 2026")]
    public async Task Controleer_BevatSiteNaam_Geweigerd(string wachtwoord)
    {
        Assert.Contains(WachtwoordControle.BevatSiteNaam, await FoutenAsync(wachtwoord));
    }

    [Theory]
    [InlineData("Paarse olifant danst op de dijk")]
    [InlineData("zomer-boterham-lamp-fiets")]
    [InlineData("Wijk-demo-2026!")]
    [InlineData("correct paard batterij nietje")]
    public async Task Controleer_GoedWachtwoord_Toegestaan(string wachtwoord)
    {
        Assert.Empty(await FoutenAsync(wachtwoord));
    }

    [Fact]
    public async Task Controleer_TeKort_NederlandseMelding()
    {
        Assert.Contains("Je wachtwoord is te kort. Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.", await FoutenAsync("kort"));
    }

    [Fact]
    public void Lijst_HeeftEnkeleHonderdenWachtwoorden()
    {
        Assert.True(WachtwoordControle.AantalInLijst >= 500, $"Maar {WachtwoordControle.AantalInLijst} wachtwoorden in de lijst.");
    }

    private async Task<List<string>> FoutenAsync(string wachtwoord)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { Email = Email, NormalizedEmail = users.NormalizeEmail(Email)! };
        var fouten = new List<string>();
        foreach (var controle in users.PasswordValidators)
        {
            var resultaat = await controle.ValidateAsync(users, gebruiker, wachtwoord);
            fouten.AddRange(resultaat.Errors.Select(e => e.Description));
        }

        return fouten;
    }
}

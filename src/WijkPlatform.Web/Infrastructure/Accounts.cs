using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Roles exist everywhere; demo accounts (one per role, plus members of two different collectives and of two
/// wijkteams) only on a developer's machine, so every journey can be tried right after `dotnet run`. Demo staff have
/// two-step sign-in on with the authenticator key from the settings, printed at start beside the password.</summary>
public sealed class Accounts(
    WijkDbContext db,
    UserManager<Gebruiker> users,
    IUserStore<Gebruiker> store,
    RoleManager<Rol> roles,
    IOptions<AccountOptions> options,
    IHostEnvironment environment,
    ILogger<Accounts> logger)
{
    public sealed record Demo(string Email, string Naam, string Rol, string? Collectief = null, string? Wijk = null);

    public static IReadOnlyList<Demo> DemoAccounts { get; } =
    [
        new("lid.wijkraad@example.nl", "Anja (Wijkraad Ruwaard)", Rollen.Collectief, Collectief: "wijkraad-ruwaard"),
        new("lid.rucrea@example.nl", "Bram (Wijkstichting Rucrea)", Rollen.Collectief, Collectief: "wijkstichting-rucrea"),
        new("wijkteam.ruwaard@example.nl", "Carla (wijkteam Ruwaard)", Rollen.Wijkteam, Wijk: "ruwaard"),
        new("wijkteam.ussen@example.nl", "Dirk (wijkteam Ussen)", Rollen.Wijkteam, Wijk: "ussen"),
        new("coordinator.ruwaard@example.nl", "Gerda (coördinator wijkteam Ruwaard)", Rollen.Wijkteam, Wijk: "ruwaard"),
        new("redactie@example.nl", "Esra (redactie)", Rollen.Redactie),
        new("beheer@example.nl", "Frank (beheer)", Rollen.Beheer),
    ];

    public async Task ZorgVoorRollenEnDemoAsync(CancellationToken cancellationToken)
    {
        foreach (var naam in Rollen.Alle)
        {
            if (!await roles.RoleExistsAsync(naam))
            {
                Controleer(await roles.CreateAsync(new Rol { Naam = naam, NormalizedNaam = roles.NormalizeKey(naam)! }), naam);
            }
        }

        if (!options.Value.DemoAccounts || !(environment.IsDevelopment() || environment.IsEnvironment("Test")))
        {
            return;
        }

        var sleutel = options.Value.DemoAuthenticatorSleutel;
        foreach (var demo in DemoAccounts)
        {
            var medewerker = Rollen.Medewerkers.Contains(demo.Rol);
            if (await users.FindByEmailAsync(demo.Email) is { } bestaand)
            {
                // A database from before two-step sign-in: give its demo staff the key too, unless someone set their own.
                if (medewerker && !bestaand.TweeStapsAan)
                {
                    await ZetSleutelAsync(bestaand, sleutel, cancellationToken);
                    Controleer(await users.UpdateAsync(bestaand), demo.Email);
                }

                continue;
            }

            var gebruiker = new Gebruiker
            {
                Email = demo.Email,
                NormalizedEmail = users.NormalizeEmail(demo.Email)!,
                EmailBevestigd = true,
                Naam = demo.Naam,
            };
            if (demo.Collectief is not null)
            {
                var organisatie = await db.Organisaties.SingleAsync(o => o.Slug == demo.Collectief, cancellationToken);
                gebruiker.Lidmaatschappen.Add(new Lidmaatschap { OrganisatieId = organisatie.Id });
            }

            if (demo.Wijk is not null)
            {
                var wijk = await db.Wijken.SingleAsync(w => w.Slug == demo.Wijk, cancellationToken);
                gebruiker.Wijken.Add(new WijkBinding { WijkId = wijk.Id });
            }

            if (medewerker)
            {
                await ZetSleutelAsync(gebruiker, sleutel, cancellationToken);
            }

            Controleer(await users.CreateAsync(gebruiker, options.Value.DemoWachtwoord), demo.Email);
            Controleer(await users.AddToRoleAsync(gebruiker, demo.Rol), demo.Email);
        }

        if (logger.IsEnabled(LogLevel.Warning))
        {
            logger.LogWarning(
                "Demo-accounts (alleen in Development), wachtwoord '{Wachtwoord}', medewerkers loggen in met een code uit een authenticator-app met sleutel '{Sleutel}': {Accounts}",
                options.Value.DemoWachtwoord, sleutel, string.Join(", ", DemoAccounts.Select(d => $"{d.Email} ({d.Rol})")));
        }
    }

    private async Task ZetSleutelAsync(Gebruiker gebruiker, string sleutel, CancellationToken cancellationToken)
    {
        await ((IUserAuthenticatorKeyStore<Gebruiker>)store).SetAuthenticatorKeyAsync(gebruiker, sleutel, cancellationToken);
        gebruiker.TweeStapsAan = true;
    }

    private static void Controleer(IdentityResult resultaat, string wat)
    {
        if (!resultaat.Succeeded)
        {
            throw new InvalidOperationException($"Account of rol '{wat}' aanmaken mislukte: " +
                string.Join("; ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;
using static WijkPlatform.Web.Tests.Beheer.GebruikersHulp;

namespace WijkPlatform.Web.Tests.Beheer;

/// <summary>A fixture of its own, where the demo account is the only beheer that can sign in: the site always keeps
/// one. Through the pages this cannot even be tried (only beheer reaches them and cannot change itself), so the use
/// cases are called as a beheer whose own role was taken away a moment ago would call them.</summary>
public sealed class LaatsteBeheerTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task RolAfnemenOfUitschakelen_LaatsteBeheer_WordtGeweigerd()
    {
        var beheerId = (await AccountIdAsync(app, BeheerEmail))!.Value;
        var redactie = (await AccountIdAsync(app, "redactie@example.nl"))!.Value;
        var door = new Beheerder(redactie, "Esra (redactie)", [], true);

        await using var scope = app.CreateScope();
        var stempel = await app.MetDbAsync(db => db.Gebruikers.Where(g => g.Id == beheerId).Select(g => g.ConcurrencyStamp).SingleAsync());
        var rol = await scope.ServiceProvider.GetRequiredService<WijzigAccount.Handler>()
            .HandleAsync(new(door, beheerId, stempel, new AccountToegang([Rollen.Redactie], [], [])), TestContext.Current.CancellationToken);
        var uit = await scope.ServiceProvider.GetRequiredService<SchakelAccount.Handler>()
            .HandleAsync(new(door, beheerId, stempel, Uitschakelen: true), TestContext.Current.CancellationToken);

        Assert.Equal(WijzigAccount.Status.LaatsteBeheer, rol.Status);
        Assert.Equal(SchakelAccount.Status.LaatsteBeheer, uit);
        Assert.Null((await AccountHulp.GebruikerAsync(app, BeheerEmail)).UitgeschakeldUtc);
        Assert.Empty(await AuditOverAsync(app, beheerId));
    }

    [Fact]
    public async Task Uitnodiging_TeltNietAlsTweedeBeheer()
    {
        var beheerId = (await AccountIdAsync(app, BeheerEmail))!.Value;
        using var beheer = await app.IngelogdAsync(BeheerEmail);
        await UitnodigenAsync(beheer, "Nog Geen Wachtwoord", UniekEmail("beheer-uitgenodigd"), [Rollen.Beheer]);
        var door = new Beheerder((await AccountIdAsync(app, "redactie@example.nl"))!.Value, "Esra (redactie)", [], true);

        await using var scope = app.CreateScope();
        var stempel = await app.MetDbAsync(db => db.Gebruikers.Where(g => g.Id == beheerId).Select(g => g.ConcurrencyStamp).SingleAsync());
        var uit = await scope.ServiceProvider.GetRequiredService<SchakelAccount.Handler>()
            .HandleAsync(new(door, beheerId, stempel, Uitschakelen: true), TestContext.Current.CancellationToken);

        Assert.Equal(SchakelAccount.Status.LaatsteBeheer, uit);
    }
}

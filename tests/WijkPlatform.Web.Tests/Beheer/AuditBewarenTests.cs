using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Tests.Beheer;

/// <summary>A fixture of its own: the cleanup counts every old row in the database, so no other test may add any.</summary>
public sealed class AuditBewarenTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Opschonen_VerwijdertAlleenRegelsOuderDanDeTermijnEnLogtHoeveel()
    {
        var nu = app.Klok.Nu.UtcDateTime;
        await app.MetDbAsync(db =>
        {
            db.AuditLog.AddRange(
                new AuditRegel { TijdUtc = nu.AddDays(-731), Wie = "oud", Actie = "test-bewaren", Onderwerp = "bewaren:1" },
                new AuditRegel { TijdUtc = nu.AddDays(-2000), Wie = "heel oud", Actie = "test-bewaren", Onderwerp = "bewaren:2" },
                new AuditRegel { TijdUtc = nu.AddDays(-729), Wie = "net niet oud", Actie = "test-bewaren", Onderwerp = "bewaren:3" },
                new AuditRegel { TijdUtc = nu.AddDays(-1), Wie = "nieuw", Actie = "test-bewaren", Onderwerp = "bewaren:4" });
            return db.SaveChangesAsync();
        });

        int verwijderd;
        await using (var scope = app.CreateScope())
        {
            verwijderd = await scope.ServiceProvider.GetRequiredService<AuditBewaren>().OpschonenAsync(TestContext.Current.CancellationToken);
        }

        var over = await app.MetDbAsync(db => db.AuditLog.AsNoTracking().Where(r => r.Actie == "test-bewaren").Select(r => r.Onderwerp).OrderBy(o => o).ToListAsync());
        var log = await app.MetDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(r => r.Actie == AuditBewaren.Actie));
        Assert.Equal(2, verwijderd);
        Assert.Equal(["bewaren:3", "bewaren:4"], over);
        Assert.Equal(AuditBewaren.Systeem, log.Wie);
        Assert.Equal(nu, log.TijdUtc);
        Assert.StartsWith("2 regels verwijderd van voor 2024-11-24", log.Details, StringComparison.Ordinal);
        Assert.EndsWith("(bewaartermijn 730 dagen)", log.Details, StringComparison.Ordinal);
    }
}

/// <summary>The retention period has a floor: a typo in the setting must not wipe the log.</summary>
public sealed class AuditBewaarTermijnTests
{
    [Theory]
    [InlineData("10")]
    [InlineData("29")]
    public void Start_BewaarDagenOnderDertig_StoptMetDuidelijkeMelding(string dagen)
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Test");
            b.UseSetting("ConnectionStrings:Wijk", $"Data Source={Path.Combine(Path.GetTempPath(), $"wijk-config-{Guid.NewGuid():N}.db")}");
            b.UseSetting("Audit:BewaarDagen", dagen);
        });

        var fout = Assert.Throws<OptionsValidationException>(() => app.Server);

        Assert.Contains("Audit:BewaarDagen moet tussen 30 en 36500 liggen", fout.Message, StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class TakenConfiguratieTests
{
    [Theory]
    [InlineData("Taken:Opslag", "Redis", "Taken:Opslag moet Geheugen of PostgreSql zijn.")]
    [InlineData("Taken:Opslag", "PostgreSql", "Taken:Opslag PostgreSql kan alleen met Database:Provider Postgres")]
    [InlineData("Mail:SmtpBeveiliging", "Tls", "Mail:SmtpBeveiliging moet Auto, StartTls, SslOnConnect of Geen zijn.")]
    public void Start_FouteInstelling_StoptMetDuidelijkeMelding(string sleutel, string waarde, string melding)
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"wijk-config-{Guid.NewGuid():N}.db");
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Test");
            b.UseSetting("ConnectionStrings:Wijk", $"Data Source={bestand}");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting(sleutel, waarde);
        });

        try
        {
            var fout = Assert.Throws<OptionsValidationException>(() => app.Server);

            Assert.Contains(melding, fout.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(bestand);
        }
    }
}

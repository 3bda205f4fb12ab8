using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace WijkPlatform.Web.Tests.Pages;

public sealed class ConfiguratieTests
{
    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider must be 'Sqlite' or 'Postgres'.")]
    [InlineData("Site:Naam", "", "Site:Naam ontbreekt.")]
    [InlineData("Zoeken:IndexMap", "", "Zoeken:IndexMap ontbreekt")]
    public void Start_FouteInstelling_StoptMetDuidelijkeMelding(string sleutel, string waarde, string melding)
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Test");
            b.UseSetting("ConnectionStrings:Wijk", $"Data Source={Path.Combine(Path.GetTempPath(), $"wijk-config-{Guid.NewGuid():N}.db")}");
            b.UseSetting(sleutel, waarde);
        });

        var fout = Assert.Throws<OptionsValidationException>(() => app.Server);

        Assert.Contains(melding, fout.Message, StringComparison.Ordinal);
    }
}

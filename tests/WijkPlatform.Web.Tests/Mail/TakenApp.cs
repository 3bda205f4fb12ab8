using Microsoft.AspNetCore.Hosting;
using WijkPlatform.Web.Adapters.Taken;

namespace WijkPlatform.Web.Tests.Mail;

/// <summary>The site with a real SMTP server and everything Hangfire does, including the schedule, on PostgreSQL
/// storage when the tests run on PostgreSQL.</summary>
public sealed class TakenApp : WijkApp
{
    protected override bool MetSmtpServer => true;

    protected override bool MetTerugkerendeTaken => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Taken:Opslag", Database.IsPostgres ? TakenOptions.PostgreSql : TakenOptions.Geheugen);
    }
}

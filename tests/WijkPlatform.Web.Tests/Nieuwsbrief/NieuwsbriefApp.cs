using Microsoft.AspNetCore.Hosting;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

/// <summary>The site with the nieuwsbrief's limit per client address lifted: every request of the test host comes from
/// one address. The limit itself has a test of its own.</summary>
public class NieuwsbriefApp : WijkApp
{
    protected override void Instellingen(IWebHostBuilder builder) =>
        builder.UseSetting("Nieuwsbrief:PostsPerAdresPerUur", "1000000");
}

/// <summary>The same, with a real SMTP server on 127.0.0.1, so a test can read the message as a mail program gets it.</summary>
public sealed class NieuwsbriefSmtpApp : NieuwsbriefApp
{
    protected override bool MetSmtpServer => true;
}

namespace WijkPlatform.Web.Tests.Mail;

/// <summary>The site with a real SMTP server on 127.0.0.1 instead of the pickup folder.</summary>
public sealed class SmtpApp : WijkApp
{
    protected override bool MetSmtpServer => true;
}

using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Mail;

/// <summary>Sends each message over its own SMTP connection: connect, authenticate when a user is set, send, QUIT.</summary>
public sealed class SmtpVerzender(IOptions<MailOptions> options) : IMailVerzender
{
    private const int TimeoutMs = 15_000;

    public async Task VerzendAsync(OutboxBericht bericht, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var host = o.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost ontbreekt.");
        using var message = MimeBericht.Maak(bericht, o);
        using var client = new SmtpClient { Timeout = TimeoutMs };
        await client.ConnectAsync(host, o.SmtpPoort, Beveiliging(o.SmtpBeveiliging), cancellationToken);
        if (!string.IsNullOrEmpty(o.SmtpGebruiker))
        {
            await client.AuthenticateAsync(o.SmtpGebruiker, o.SmtpWachtwoord ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);

        // Once SendAsync returns the server has the message. A QUIT that fails or is cancelled must not make it look
        // unsent, or the outbox would send it again.
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or SocketException or TimeoutException or ProtocolException or CommandException)
        {
        }
    }

    private static SecureSocketOptions Beveiliging(string beveiliging) => beveiliging switch
    {
        "StartTls" => SecureSocketOptions.StartTls,
        "SslOnConnect" => SecureSocketOptions.SslOnConnect,
        "Geen" => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };
}

namespace WijkPlatform.Core.Mail;

/// <summary>Hands one message to the outside world: an SMTP server, or a pickup folder when none is configured.
/// Throws when the message was not accepted; the outbox then tries again later.</summary>
public interface IMailVerzender
{
    Task VerzendAsync(OutboxBericht bericht, CancellationToken cancellationToken);
}

/// <summary>Told after a commit that put mail in the outbox, so it goes out now instead of at the next scheduled round.</summary>
public interface IOutboxSignaal
{
    void NieuweBerichten();
}

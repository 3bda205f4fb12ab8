using Microsoft.Extensions.Options;

namespace WijkPlatform.Core.Mail;

/// <summary>Lets mail leave this server at <see cref="MailOptions.PerSeconde"/> at most, for every run of the sender
/// together. A mail server or relay limits how fast it takes mail and refuses or delays the rest; and a rush of sign-ups
/// would otherwise spend half its time writing its own confirmations instead of taking the next sign-up. The outbox keeps
/// what waits, so nothing is lost: a rush's mail leaves over the minutes after (ADR 23). A quiet server can send up to a
/// second's worth at once.</summary>
public sealed class MailTempo(TimeProvider clock, IOptions<MailOptions> options)
{
    private readonly Lock slot = new();
    private double tegoed = double.NaN;
    private long vorige;

    /// <summary>How long to wait before the next mail may go; that mail's turn is taken at once, so callers that ask
    /// together wait one after the other.</summary>
    public TimeSpan Beurt()
    {
        var perSeconde = (double)options.Value.PerSeconde;
        lock (slot)
        {
            var nu = clock.GetTimestamp();
            tegoed = double.IsNaN(tegoed)
                ? perSeconde
                : Math.Min(perSeconde, tegoed + clock.GetElapsedTime(vorige, nu).TotalSeconds * perSeconde);
            vorige = nu;
            tegoed -= 1;
            return tegoed >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tegoed / perSeconde);
        }
    }

    public Task WachtAsync(CancellationToken cancellationToken)
    {
        var wacht = Beurt();
        return wacht <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wacht, clock, cancellationToken);
    }
}

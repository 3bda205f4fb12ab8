using Hangfire;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Taken;

/// <summary>Starts a mail run as soon as a commit put mail in the outbox, without a job per message: while a run is
/// queued and has not yet read the outbox, it will see the new message too, so no second one is queued. A queued run
/// that has not started after a few seconds (lost, or all workers busy) no longer counts, and the schedule's run every
/// minute catches anything left.</summary>
public sealed partial class HangfireOutboxSignaal(IBackgroundJobClient jobs, ILogger<HangfireOutboxSignaal> logger) : IOutboxSignaal
{
    private const long GeenWachtend = 0;
    private static readonly long MaxWachtMs = (long)TimeSpan.FromSeconds(5).TotalMilliseconds;

    private long wachtendSinds = GeenWachtend;

    public void NieuweBerichten()
    {
        var nu = Math.Max(Environment.TickCount64, 1);
        var vorige = Interlocked.Read(ref wachtendSinds);
        if (vorige != GeenWachtend && nu - vorige < MaxWachtMs)
        {
            return;
        }

        // Whoever loses this race saw another caller queue a run (or a run start) after its own commit: that run reads
        // the outbox later and sends this message as well.
        if (Interlocked.CompareExchange(ref wachtendSinds, nu, vorige) != vorige)
        {
            return;
        }

        try
        {
            jobs.Enqueue<Achtergrondtaken>(t => t.VerstuurMailAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            // Called after a commit the resident has been told about: whatever goes wrong here must not become an
            // error page for a sign-up that was stored.
            Interlocked.CompareExchange(ref wachtendSinds, GeenWachtend, nu);
            LogNietGestart(logger, e);
        }
    }

    /// <summary>Called by the run itself before it reads the outbox.</summary>
    public void Opgepakt() => Interlocked.Exchange(ref wachtendSinds, GeenWachtend);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail versturen kon niet worden gestart; de geplande ronde verstuurt de mail.")]
    private static partial void LogNietGestart(ILogger logger, Exception e);
}

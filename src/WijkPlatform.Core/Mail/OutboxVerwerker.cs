using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Mail;

/// <summary>Sends what is due in the outbox. Each message is claimed with a conditional UPDATE before it is sent,
/// so two servers (or two overlapping runs) never send the same message; a failure schedules the next attempt with a
/// doubling wait. A process killed between sending and recording leaves the claim to expire, after which the message
/// is sent again: at least once, and exactly once unless a crash hits that narrow window.</summary>
public sealed partial class OutboxVerwerker(WijkDbContext db, IMailVerzender verzender, TimeProvider clock,
    IOptions<MailOptions> options, ILogger<OutboxVerwerker> logger, SchrijfPoort poort)
{

    /// <summary>Sends due messages until none are left or one fails (then the server is probably down: the rest waits
    /// for the next round). Returns how many were sent.</summary>
    public async Task<int> VerwerkAsync(CancellationToken cancellationToken)
    {
        var verzonden = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var nu = clock.GetUtcNow().UtcDateTime;
            var ids = await db.Outbox.AsNoTracking()
                .Where(m => m.VerzondenUtc == null && m.OpgegevenUtc == null && m.VolgendePogingUtc <= nu
                    && (m.BezigTotUtc == null || m.BezigTotUtc < nu))
                .OrderBy(m => m.Id)
                .Select(m => m.Id)
                .Take(options.Value.PerRonde)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return verzonden;
            }

            foreach (var id in ids)
            {
                switch (await VerzendAsync(id, cancellationToken))
                {
                    case true:
                        verzonden++;
                        break;
                    case false:
                        return verzonden;
                }
            }
        }

        return verzonden;
    }

    /// <summary>True: sent. False: failed. Null: someone else has it or it was sent meanwhile.</summary>
    private async Task<bool?> VerzendAsync(long id, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var claim = TimeSpan.FromSeconds(options.Value.ClaimSeconden);
        // Through the write gate, so a mail's bookkeeping shares a commit with the sign-ups that caused it (ADR 23).
        var geclaimd = await poort.SchrijfAsync(db, (w, ct) => w.Outbox
            .Where(m => m.Id == id && m.VerzondenUtc == null && m.OpgegevenUtc == null && (m.BezigTotUtc == null || m.BezigTotUtc < nu))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BezigTotUtc, nu + claim), ct), cancellationToken);
        if (geclaimd == 0)
        {
            return null;
        }

        var bericht = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await verzender.VerzendAsync(bericht, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var pogingen = bericht.Pogingen + 1;
            var opgegeven = pogingen >= options.Value.MaxPogingen;
            var fout = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await poort.SchrijfAsync(db, (w, ct) => w.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Pogingen, pogingen)
                .SetProperty(m => m.VolgendePogingUtc, nu + Wachttijd(pogingen))
                .SetProperty(m => m.BezigTotUtc, (DateTime?)null)
                .SetProperty(m => m.LaatsteFout, fout)
                .SetProperty(m => m.OpgegevenUtc, opgegeven ? nu : null), ct), CancellationToken.None);
            if (opgegeven)
            {
                LogOpgegeven(logger, e, id, bericht.Soort, pogingen);
            }
            else
            {
                LogMislukt(logger, id, bericht.Soort, pogingen, e.Message);
            }

            return false;
        }

        // Recorded even when the caller is stopping: the message has left, so it must not go again.
        var verzonden = clock.GetUtcNow().UtcDateTime;
        await poort.SchrijfAsync(db, (w, ct) => w.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.VerzondenUtc, verzonden)
            .SetProperty(m => m.Pogingen, m => m.Pogingen + 1)
            .SetProperty(m => m.BezigTotUtc, (DateTime?)null)
            .SetProperty(m => m.LaatsteFout, (string?)null), ct), CancellationToken.None);
        return true;
    }

    /// <summary>30 s, 1 min, 2 min, … up to 30 min between attempts.</summary>
    public static TimeSpan Wachttijd(int pogingen) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Clamp(pogingen - 1, 0, 20)), 1800));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Soort}) is niet verstuurd (poging {Pogingen}): {Fout}. Later opnieuw.")]
    private static partial void LogMislukt(ILogger logger, long id, string soort, int pogingen, string fout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} ({Soort}) is na {Pogingen} pogingen opgegeven.")]
    private static partial void LogOpgegeven(ILogger logger, Exception e, long id, string soort, int pogingen);
}

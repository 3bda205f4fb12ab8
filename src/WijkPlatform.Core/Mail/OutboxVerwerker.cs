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

            var (aantal, doorgaan) = await VerzendRondeAsync(ids, nu, cancellationToken);
            verzonden += aantal;
            if (!doorgaan)
            {
                return verzonden;
            }
        }

        return verzonden;
    }

    /// <summary>Claims a round of messages in one write, sends them and records each as sent. Claims and records go
    /// through the write gate, so under a rush of sign-ups they share commits with them (ADR 23) instead of waiting for
    /// two commits of their own per mail.</summary>
    private async Task<(int Verzonden, bool Doorgaan)> VerzendRondeAsync(List<long> ids, DateTime nu, CancellationToken cancellationToken)
    {
        var tot = nu + TimeSpan.FromSeconds(options.Value.ClaimSeconden);
        // One conditional UPDATE per message, so each claim is known to be ours even with another server at work.
        var geclaimd = await poort.SchrijfAsync(db, async (w, ct) =>
        {
            var eigen = new List<long>(ids.Count);
            foreach (var id in ids)
            {
                if (await w.Outbox
                        .Where(m => m.Id == id && m.VerzondenUtc == null && m.OpgegevenUtc == null && (m.BezigTotUtc == null || m.BezigTotUtc < nu))
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.BezigTotUtc, tot), ct) == 1)
                {
                    eigen.Add(id);
                }
            }

            return eigen;
        }, cancellationToken);
        if (geclaimd.Count == 0)
        {
            return (0, true);
        }

        var berichten = await db.Outbox.AsNoTracking().Where(m => geclaimd.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var vastleggen = new Vastlegging(this);
        var verzonden = 0;
        var klaar = 0;
        try
        {
            foreach (var bericht in berichten)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await verzender.VerzendAsync(bericht, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    await vastleggen.AfrondenAsync();
                    klaar++;
                    await MisluktAsync(bericht, nu, e);
                    return (verzonden, false);
                }

                klaar++;
                verzonden++;
                await vastleggen.VerzondenAsync(bericht.Id);
            }

            await vastleggen.AfrondenAsync();
            return (verzonden, true);
        }
        finally
        {
            // Stopped or failed halfway: what was not sent is handed back at once instead of waiting for the claim to
            // run out. Recorded even when the caller is stopping: what has left must not go again.
            await vastleggen.AfrondenAsync();
            var terug = berichten.Skip(klaar).Select(m => m.Id).ToList();
            if (terug.Count > 0)
            {
                await poort.SchrijfAsync(db, (w, ct) => w.Outbox.Where(m => terug.Contains(m.Id) && m.VerzondenUtc == null && m.BezigTotUtc == tot)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.BezigTotUtc, (DateTime?)null), ct), CancellationToken.None);
            }
        }
    }

    private async Task MisluktAsync(OutboxBericht bericht, DateTime nu, Exception e)
    {
        var id = bericht.Id;
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
    }

    private Task<int> VastleggenAsync(List<long> ids)
    {
        var verzonden = clock.GetUtcNow().UtcDateTime;
        return poort.SchrijfAsync(db, (w, ct) => w.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.VerzondenUtc, verzonden)
            .SetProperty(m => m.Pogingen, m => m.Pogingen + 1)
            .SetProperty(m => m.BezigTotUtc, (DateTime?)null)
            .SetProperty(m => m.LaatsteFout, (string?)null), ct), CancellationToken.None);
    }

    /// <summary>Records sent messages while the next ones go out: one write at a time, taking every message sent while
    /// the previous write ran. A message waits at most one commit to be recorded, so a crash can still send again only
    /// what left in that moment; waiting for each write before the next mail would make the mail as slow as the disk.</summary>
    private sealed class Vastlegging(OutboxVerwerker verwerker)
    {
        private List<long> wachtend = [];
        private Task? lopend;

        public async Task VerzondenAsync(long id)
        {
            wachtend.Add(id);
            if (lopend is null || lopend.IsCompleted)
            {
                await Volgende();
            }
        }

        public async Task AfrondenAsync()
        {
            while (lopend is not null || wachtend.Count > 0)
            {
                await Volgende();
            }
        }

        private async Task Volgende()
        {
            var vorig = lopend;
            lopend = null;
            if (vorig is not null)
            {
                await vorig;
            }

            if (wachtend.Count > 0)
            {
                lopend = verwerker.VastleggenAsync(wachtend);
                wachtend = [];
            }
        }
    }

    /// <summary>30 s, 1 min, 2 min, … up to 30 min between attempts.</summary>
    public static TimeSpan Wachttijd(int pogingen) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Clamp(pogingen - 1, 0, 20)), 1800));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Soort}) is niet verstuurd (poging {Pogingen}): {Fout}. Later opnieuw.")]
    private static partial void LogMislukt(ILogger logger, long id, string soort, int pogingen, string fout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} ({Soort}) is na {Pogingen} pogingen opgegeven.")]
    private static partial void LogOpgegeven(ILogger logger, Exception e, long id, string soort, int pogingen);
}

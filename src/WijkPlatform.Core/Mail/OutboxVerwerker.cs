using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Mail;

/// <summary>Sends what is due in the outbox. Each message is claimed with a conditional UPDATE before it is sent,
/// so two servers (or two overlapping runs) never send the same message; a failure schedules the next attempt with a
/// doubling wait. A process killed between sending and recording leaves the claim to expire, after which the message
/// is sent again: at least once, and exactly once unless a crash hits that narrow window.</summary>
public sealed partial class OutboxVerwerker(WijkDbContext db, IMailVerzender verzender, TimeProvider clock,
    IOptions<MailOptions> options, ILogger<OutboxVerwerker> logger, SchrijfPoort poort, MailTempo tempo)
{

    /// <summary>A round claims no more than it can send well within its claim at the pace MailTempo keeps.</summary>
    private int PerRonde => Math.Max(1, Math.Min(options.Value.PerRonde, options.Value.PerSeconde * options.Value.ClaimSeconden / 4));

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
                .Take(PerRonde)
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
        var geclaimd = await poort.SchrijfAsync(db, (w, ct) => ClaimAsync(w, ids, nu, tot, ct), cancellationToken);
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
                await tempo.WachtAsync(cancellationToken);
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

    /// <summary>Claims what is still free of <paramref name="ids"/> in one statement and returns what it claimed. The
    /// statement's own condition decides, row by row, so with another server at work each message is claimed once.
    /// Plain SQL, because only it can say which rows it changed (RETURNING, on SQLite and PostgreSQL alike).</summary>
    private static async Task<List<long>> ClaimAsync(WijkDbContext db, List<long> ids, DateTime nu, DateTime tot,
        CancellationToken cancellationToken)
    {
        var verbinding = db.Database.GetDbConnection();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var namen = new string[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            namen[i] = $"@id{i}";
            Parameter(opdracht, namen[i], ids[i]);
        }

        Parameter(opdracht, "@nu", nu);
        Parameter(opdracht, "@tot", tot);
        opdracht.CommandText = $"""
            UPDATE "Outbox" SET "BezigTotUtc" = @tot
            WHERE "Id" IN ({string.Join(", ", namen)}) AND "VerzondenUtc" IS NULL AND "OpgegevenUtc" IS NULL
              AND ("BezigTotUtc" IS NULL OR "BezigTotUtc" < @nu)
            RETURNING "Id"
            """;
        var geclaimd = new List<long>(ids.Count);
        await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
        while (await lezer.ReadAsync(cancellationToken))
        {
            geclaimd.Add(lezer.GetInt64(0));
        }

        return geclaimd;
    }

    private static void Parameter(DbCommand opdracht, string naam, object waarde)
    {
        var p = opdracht.CreateParameter();
        p.ParameterName = naam;
        p.Value = waarde;
        opdracht.Parameters.Add(p);
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

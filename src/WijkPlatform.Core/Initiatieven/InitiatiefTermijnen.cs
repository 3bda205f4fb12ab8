using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>Watches the beslistermijn of every request that waits for a decision: a reminder to the reviewer (or the
/// wijkteam) <see cref="InitiatiefOptions.HerinneringDagenVooraf"/> days before it ends, and an escalation to the
/// coordinator once it has passed. Each mark is a conditional UPDATE in the same transaction as the mail, so a run that
/// is repeated, or runs on two servers at once, sends each mail once.</summary>
public sealed class InitiatiefTermijnen(WijkDbContext db, TimeProvider clock, IOptions<InitiatiefOptions> options, InitiatiefMails mails,
    IOutboxSignaal signaal, ILogger<InitiatiefTermijnen> logger)
{
    public const string Systeem = "termijnbewaking";

    public sealed record Resultaat(int Herinneringen, int Escalaties);

    public async Task<Resultaat> ControleerAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var herinnerGrens = nu.AddDays(options.Value.HerinneringDagenVooraf);
        var wachtend = Statusmachine.WachtOpBesluit.ToArray();
        var kandidaten = await db.Initiatieven.AsNoTracking()
            .Where(i => wachtend.Contains(i.Status) && i.BeslistermijnUtc != null
                && ((i.HerinneringUtc == null && i.BeslistermijnUtc <= herinnerGrens) || (i.GeescaleerdUtc == null && i.BeslistermijnUtc <= nu)))
            .OrderBy(i => i.BeslistermijnUtc)
            .Select(i => i.Id)
            .Take(500)
            .ToListAsync(cancellationToken);

        var herinneringen = 0;
        var escalaties = 0;
        foreach (var id in kandidaten)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            // Past the deadline the escalation says it all; the reminder is then marked as done without a mail of its own.
            var verlopen = await db.Initiatieven
                .Where(i => i.Id == id && wachtend.Contains(i.Status) && i.GeescaleerdUtc == null && i.BeslistermijnUtc <= nu)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.GeescaleerdUtc, nu)
                    .SetProperty(i => i.HerinneringUtc, i => i.HerinneringUtc ?? nu), cancellationToken) == 1;
            var herinnering = !verlopen && await db.Initiatieven
                .Where(i => i.Id == id && wachtend.Contains(i.Status) && i.HerinneringUtc == null && i.BeslistermijnUtc <= herinnerGrens)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.HerinneringUtc, nu), cancellationToken) == 1;
            if (!verlopen && !herinnering)
            {
                await transactie.RollbackAsync(cancellationToken);
                continue;
            }

            var i = await db.Initiatieven.AsNoTracking().Include(x => x.Wijk).SingleAsync(x => x.Id == id, cancellationToken);
            i.BeslistermijnUtc = DateTime.SpecifyKind(i.BeslistermijnUtc!.Value, DateTimeKind.Utc);
            var team = i.WijkId is int wijkId
                ? await db.Wijkteams.AsNoTracking().Where(t => t.WijkId == wijkId)
                    .Select(t => new { t.Naam, t.Email, t.CoordinatorEmail }).FirstOrDefaultAsync(cancellationToken)
                : null;
            var teamNaam = team?.Naam ?? (i.Wijk is { } w ? $"Wijkteam {w.Naam}" : "de centrale wachtrij");
            string? aan;
            string tekst;
            if (verlopen)
            {
                aan = team?.CoordinatorEmail ?? team?.Email;
                tekst = aan is null
                    ? "Beslistermijn verlopen. Er is niemand om naar te escaleren: de aanvraag staat in de centrale wachtrij."
                    : $"Beslistermijn verlopen; de coördinator ({aan}) is gemaild.";
                if (aan is not null)
                {
                    db.Outbox.Add(OutboxBericht.Nieuw("initiatief-escalatie", aan, "coördinator " + teamNaam, mails.Escalatie(i, teamNaam), nu));
                }
                else
                {
                    logger.LogWarning("Beslistermijn van aanvraag {Kenmerk} in de centrale wachtrij is verlopen; er is geen coördinator om te mailen.", i.Kenmerk);
                }

                escalaties++;
            }
            else
            {
                var beoordelaar = i.BeoordelaarId is int bid
                    ? await db.Gebruikers.AsNoTracking().Where(g => g.Id == bid).Select(g => g.Email).SingleOrDefaultAsync(cancellationToken)
                    : null;
                aan = beoordelaar ?? team?.Email;
                tekst = aan is null
                    ? "Herinnering: de beslistermijn loopt bijna af. Er is niemand om te mailen: de aanvraag staat in de centrale wachtrij."
                    : $"Herinnering gestuurd aan {(beoordelaar is null ? teamNaam : "de beoordelaar")}: de beslistermijn loopt bijna af.";
                if (aan is not null)
                {
                    db.Outbox.Add(OutboxBericht.Nieuw("initiatief-herinnering", aan, teamNaam, mails.Herinnering(i, teamNaam), nu));
                }
                else
                {
                    logger.LogWarning("Beslistermijn van aanvraag {Kenmerk} in de centrale wachtrij loopt bijna af; er is niemand om te herinneren.", i.Kenmerk);
                }

                herinneringen++;
            }

            db.InitiatiefGebeurtenissen.Add(new InitiatiefGebeurtenis
            {
                InitiatiefId = id,
                TijdUtc = nu,
                Soort = verlopen ? GebeurtenisSoort.Escalatie : GebeurtenisSoort.Herinnering,
                Tekst = tekst,
                Door = "het systeem",
                Intern = true,
            });
            db.SchrijfAlsSysteem(Systeem, verlopen ? "initiatief-escalatie" : "initiatief-herinnering", InitiatiefStappen.Onderwerp(id), aan, nu);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        // Nobody gets a mail for the central queue; the log lists its overdue requests on every run until someone acts.
        var centraal = await db.Initiatieven.AsNoTracking()
            .Where(i => i.WijkId == null && wachtend.Contains(i.Status) && i.BeslistermijnUtc <= nu)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.Jaar, i.AangemaaktUtc }).Take(100).ToListAsync(cancellationToken);
        if (centraal.Count > 0)
        {
            var kenmerken = string.Join(", ", centraal.Select(c => $"{c.Jaar ?? c.AangemaaktUtc.Year}-{c.Id:0000}"));
            logger.LogWarning("Aanvragen in de centrale wachtrij met een verlopen beslistermijn: {Kenmerken}.", kenmerken);
        }

        if (herinneringen + escalaties > 0)
        {
            signaal.NieuweBerichten();
        }

        if (herinneringen + escalaties > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Beslistermijnen: {Herinneringen} herinneringen en {Escalaties} escalaties.", herinneringen, escalaties);
        }

        return new Resultaat(herinneringen, escalaties);
    }
}

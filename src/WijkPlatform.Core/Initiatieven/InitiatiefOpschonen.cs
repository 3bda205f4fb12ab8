using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Initiatieven;

/// <summary>Removes personal data <see cref="InitiatiefOptions.BewaarDagenNaAfsluiten"/> days after a request closed:
/// contact details, the free texts that may name people, the questions and answers in the timeline, and every
/// attachment. What stays is the financial record: amounts, wijk, year, title, status and dates (and the short
/// description only when the applicant agreed to publication); the ledger is not touched. Unsent concepts are deleted
/// <see cref="InitiatiefOptions.ConceptBewaarDagen"/> days after they were last saved.</summary>
public sealed class InitiatiefOpschonen(WijkDbContext db, TimeProvider clock, IOptions<InitiatiefOptions> options, BijlagenOpslag opslag,
    ILogger<InitiatiefOpschonen> logger)
{
    public const string Systeem = "opschonen";

    public sealed record Resultaat(int Gewist, int ConceptenVerwijderd, int BijlagenVerwijderd);

    private static readonly GebeurtenisSoort[] PersoonlijkeRegels =
        [GebeurtenisSoort.Vraag, GebeurtenisSoort.Antwoord, GebeurtenisSoort.Notitie, GebeurtenisSoort.Bericht, GebeurtenisSoort.Bijlage];

    public async Task<Resultaat> OpschonenAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var afsluitGrens = nu.AddDays(-options.Value.BewaarDagenNaAfsluiten);
        var conceptGrens = nu.AddDays(-options.Value.ConceptBewaarDagen);

        var teWissen = await db.Initiatieven.AsNoTracking()
            .Where(i => i.Status == InitiatiefStatus.Afgesloten && i.GewistUtc == null && i.AfgeslotenUtc != null && i.AfgeslotenUtc < afsluitGrens)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(500).ToListAsync(cancellationToken);

        // The schema has no "last saved" column for a concept: its last sign of life is the latest of its creation, a
        // timeline line and an upload.
        var concepten = await db.Initiatieven.AsNoTracking()
            .Where(i => i.Status == InitiatiefStatus.Concept && i.AangemaaktUtc < conceptGrens
                && !i.Gebeurtenissen.Any(g => g.TijdUtc >= conceptGrens) && !i.Bijlagen.Any(b => b.GeuploadUtc >= conceptGrens))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(500).ToListAsync(cancellationToken);

        var gewist = 0;
        var bestanden = new List<string>();
        foreach (var id in teWissen)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            // A fresh random hash: the old link stops working, and the unique index stays satisfied.
            var (_, hash) = Sleutel.Nieuw();
            var geclaimd = await db.Initiatieven
                .Where(i => i.Id == id && i.GewistUtc == null && i.Status == InitiatiefStatus.Afgesloten)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Naam, (string?)null)
                    .SetProperty(i => i.Email, (string?)null)
                    .SetProperty(i => i.Telefoon, (string?)null)
                    .SetProperty(i => i.Postcode, (string?)null)
                    .SetProperty(i => i.Huisnummer, (string?)null)
                    .SetProperty(i => i.VoorWie, (string?)null)
                    .SetProperty(i => i.Wanneer, (string?)null)
                    .SetProperty(i => i.Waar, (string?)null)
                    .SetProperty(i => i.IkWil, (string?)null)
                    .SetProperty(i => i.IkKan, (string?)null)
                    .SetProperty(i => i.IkHebNodig, (string?)null)
                    .SetProperty(i => i.WieDoenMee, (string?)null)
                    .SetProperty(i => i.AndereFinancieringToelichting, (string?)null)
                    .SetProperty(i => i.VerantwoordingTekst, (string?)null)
                    .SetProperty(i => i.Wat, i => i.ToestemmingPubliceren ? i.Wat : null)
                    .SetProperty(i => i.SleutelHash, hash)
                    .SetProperty(i => i.GewistUtc, nu)
                    .SetProperty(i => i.Versie, i => i.Versie + 1), cancellationToken);
            if (geclaimd == 0)
            {
                await transactie.RollbackAsync(cancellationToken);
                continue;
            }

            await db.InitiatiefGebeurtenissen.Where(g => g.InitiatiefId == id && PersoonlijkeRegels.Contains(g.Soort))
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.Tekst, (string?)null), cancellationToken);
            bestanden.AddRange(await db.InitiatiefBijlagen.Where(b => b.InitiatiefId == id).Select(b => b.Opslag).ToListAsync(cancellationToken));
            await db.InitiatiefBijlagen.Where(b => b.InitiatiefId == id).ExecuteDeleteAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            gewist++;
        }

        var verwijderd = 0;
        foreach (var id in concepten)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var opgeslagen = await db.InitiatiefBijlagen.Where(b => b.InitiatiefId == id).Select(b => b.Opslag).ToListAsync(cancellationToken);
            // Deleted explicitly rather than through the cascade, so nothing depends on how each engine's foreign keys are set.
            await db.InitiatiefBijlagen.Where(b => b.InitiatiefId == id).ExecuteDeleteAsync(cancellationToken);
            await db.InitiatiefGebeurtenissen.Where(g => g.InitiatiefId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<BegrotingsRegel>().Where(r => r.InitiatiefId == id).ExecuteDeleteAsync(cancellationToken);
            var weg = await db.Initiatieven.Where(i => i.Id == id && i.Status == InitiatiefStatus.Concept && i.AangemaaktUtc < conceptGrens)
                .ExecuteDeleteAsync(cancellationToken);
            if (weg == 0)
            {
                await transactie.RollbackAsync(cancellationToken);
                continue;
            }

            await transactie.CommitAsync(cancellationToken);
            bestanden.AddRange(opgeslagen);
            verwijderd++;
        }

        // After the commit: a file whose row is gone can never be served again, so a failed delete only leaves an orphan.
        foreach (var bestand in bestanden)
        {
            try
            {
                opslag.Verwijder(bestand);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Bijlage {Opslag} kon niet worden verwijderd.", bestand);
            }
            catch (UnauthorizedAccessException e)
            {
                logger.LogWarning(e, "Bijlage {Opslag} kon niet worden verwijderd.", bestand);
            }
        }

        if (gewist + verwijderd > 0)
        {
            db.SchrijfAlsSysteem(Systeem, "initiatief-opgeschoond", "initiatieven",
                $"{gewist} afgesloten aanvragen zonder persoonsgegevens, {verwijderd} oude concepten verwijderd, {bestanden.Count} bijlagen verwijderd", nu);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Resultaat(gewist, verwijderd, bestanden.Count);
    }
}

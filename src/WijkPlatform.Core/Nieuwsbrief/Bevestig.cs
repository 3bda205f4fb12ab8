using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>The second step of the double opt-in: the code from the confirmation mail turns the subscriptions it was
/// sent for into active ones. Reading (for the page a GET shows) and confirming (on the POST of its button) are apart,
/// because mail scanners open every link in a mail.</summary>
public static class Bevestig
{
    public enum Status
    {
        /// <summary>Read only: the code is valid and waits for the button.</summary>
        Wacht,
        Bevestigd,
        AlBevestigd,
        Verlopen,
        NietGevonden,
    }

    public sealed record Resultaat(Status Status, IReadOnlyList<string> Wijken);

    public sealed class Handler(WijkDbContext db, TimeProvider clock, IOptions<NieuwsbriefOptions> options)
    {
        public Task<Resultaat> LeesAsync(string? code, CancellationToken cancellationToken) => VerwerkAsync(code, false, cancellationToken);

        public Task<Resultaat> BevestigAsync(string? code, CancellationToken cancellationToken) => VerwerkAsync(code, true, cancellationToken);

        private async Task<Resultaat> VerwerkAsync(string? code, bool bevestigen, CancellationToken cancellationToken)
        {
            if (!NieuwsbriefCode.IsGeldig(code))
            {
                return new(Status.NietGevonden, []);
            }

            var wijkIds = await db.Wijken.AsNoTracking().Select(w => w.Id).ToListAsync(cancellationToken);
            var hashes = wijkIds.Select(id => NieuwsbriefCode.BevestigHash(code!, id)).ToList();
            var abonnementen = await db.NieuwsbriefAbonnementen
                .Include(a => a.Wijk)
                .Where(a => a.BevestigCodeHash != null && hashes.Contains(a.BevestigCodeHash) && a.Status != AbonnementStatus.Afgemeld)
                .ToListAsync(cancellationToken);
            if (abonnementen.Count == 0)
            {
                return new(Status.NietGevonden, []);
            }

            var wijken = abonnementen.OrderBy(a => a.Wijk!.Volgorde).ThenBy(a => a.Wijk!.Naam).Select(a => a.Wijk!.Naam).ToList();
            var wachtend = abonnementen.Where(a => a.Status == AbonnementStatus.Onbevestigd).ToList();
            if (wachtend.Count == 0)
            {
                return new(Status.AlBevestigd, wijken);
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            var grens = nu.AddDays(-options.Value.BevestigDagen);
            if (wachtend.All(a => a.AangevraagdUtc < grens))
            {
                return new(Status.Verlopen, wijken);
            }

            if (!bevestigen)
            {
                return new(Status.Wacht, wijken);
            }

            foreach (var abonnement in wachtend.Where(a => a.AangevraagdUtc >= grens))
            {
                abonnement.Status = AbonnementStatus.Actief;
                abonnement.BevestigdUtc = nu;
            }

            await db.SaveChangesAsync(cancellationToken);
            return new(Status.Bevestigd, wijken);
        }
    }
}

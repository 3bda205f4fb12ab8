using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>Ends one subscription with the code from its unsubscribe link. Idempotent: a second click, or a mail
/// program's one-click request after the button, finds it already ended.</summary>
public static class SchrijfUit
{
    public enum Status
    {
        /// <summary>Read only: the subscription runs and the button can end it.</summary>
        Aangemeld,
        Afgemeld,
        AlAfgemeld,
        NietGevonden,
    }

    public sealed record Resultaat(Status Status, string? Wijk);

    public sealed class Handler(WijkDbContext db, TimeProvider clock)
    {
        public async Task<Resultaat> LeesAsync(string? code, CancellationToken cancellationToken)
        {
            var gevonden = await ZoekAsync(code, cancellationToken);
            return gevonden is null
                ? new(Status.NietGevonden, null)
                : new(gevonden.Status == AbonnementStatus.Afgemeld ? Status.AlAfgemeld : Status.Aangemeld, gevonden.Wijk);
        }

        public async Task<Resultaat> SchrijfUitAsync(string? code, CancellationToken cancellationToken)
        {
            if (!NieuwsbriefCode.IsGeldig(code))
            {
                return new(Status.NietGevonden, null);
            }

            var nu = clock.GetUtcNow().UtcDateTime;
            // One conditional UPDATE: of two clicks at once only one changes the row. The confirmation code goes too, so
            // an old confirmation mail cannot switch the nieuwsbrief back on.
            var gewijzigd = await db.NieuwsbriefAbonnementen
                .Where(a => a.AfmeldCode == code && a.Status != AbonnementStatus.Afgemeld)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AbonnementStatus.Afgemeld)
                    .SetProperty(a => a.AfgemeldUtc, nu)
                    .SetProperty(a => a.BevestigCodeHash, (string?)null), cancellationToken);
            var gevonden = await ZoekAsync(code, cancellationToken);
            return gevonden is null
                ? new(Status.NietGevonden, null)
                : new(gewijzigd == 1 ? Status.Afgemeld : Status.AlAfgemeld, gevonden.Wijk);
        }

        private async Task<Gevonden?> ZoekAsync(string? code, CancellationToken cancellationToken) =>
            !NieuwsbriefCode.IsGeldig(code)
                ? null
                : await db.NieuwsbriefAbonnementen.AsNoTracking()
                    .Where(a => a.AfmeldCode == code)
                    .Select(a => new Gevonden(a.Status, a.Wijk!.Naam))
                    .SingleOrDefaultAsync(cancellationToken);

        private sealed record Gevonden(AbonnementStatus Status, string Wijk);
    }
}

using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Collectieven;

/// <summary>Sets or clears the calendar URL of an organisation. Membership is checked here, on every change, not only
/// by the page that shows the form.</summary>
public static class KoppelAgenda
{
    public sealed record Command(int GebruikerId, string Slug, string? Url);

    public enum Status
    {
        Gekoppeld,
        Losgekoppeld,
        Ongewijzigd,
        OngeldigAdres,
        NietGevonden,
    }

    public sealed record Result(Status Status, string? Fout = null);

    public sealed class Handler(WijkDbContext db, AgendaAdres adressen, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var wie = await AgendaImportQueries.BeheerderAsync(db, command.GebruikerId, cancellationToken);
            var organisatie = await db.Organisaties.SingleOrDefaultAsync(o => o.Slug == command.Slug, cancellationToken);
            if (wie is null || organisatie is null || !wie.MagBeheren(organisatie.Id))
            {
                return new(Status.NietGevonden);
            }

            var controle = adressen.Controleer(command.Url);
            if (controle.Fout is not null)
            {
                return new(Status.OngeldigAdres, controle.Fout);
            }

            if (controle.Url == organisatie.AgendaUrl)
            {
                return new(Status.Ongewijzigd);
            }

            // The time and the message of the last import were about the old address.
            organisatie.AgendaUrl = controle.Url;
            organisatie.AgendaGeimporteerdUtc = null;
            organisatie.AgendaFout = null;
            // Only the host goes into the log: a calendar's secret address holds its key in the path.
            db.Schrijf(wie, controle.Url is null ? "agenda-losgekoppeld" : "agenda-gekoppeld", $"organisatie:{organisatie.Id}:{organisatie.Slug}",
                controle.Url is null ? null : $"Agenda op {new Uri(controle.Url).Host}", clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return new(controle.Url is null ? Status.Losgekoppeld : Status.Gekoppeld);
        }
    }
}

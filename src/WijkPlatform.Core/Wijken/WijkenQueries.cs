using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Wijken;

public sealed record WijkKaart(string Slug, string Naam, string? Omschrijving);

public sealed record WijkteamKaart(
    string Naam,
    string Wijk,
    string? Omschrijving,
    string? Telefoon,
    string? Email,
    string? Inloop,
    string? ContactpuntNaam,
    string? ContactpuntAdres);

public sealed class WijkenQueries(WijkDbContext db)
{
    public async Task<IReadOnlyList<WijkKaart>> ActieveWijkenAsync(CancellationToken cancellationToken) =>
        await db.Wijken.AsNoTracking()
            .Where(w => w.Actief)
            .OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => new WijkKaart(w.Slug, w.Naam, w.Omschrijving))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WijkteamKaart>> WijkteamsAsync(CancellationToken cancellationToken)
    {
        var teams = await db.Wijkteams.AsNoTracking()
            .OrderBy(t => t.Wijk!.Volgorde)
            .Select(t => new
            {
                t.Naam,
                Wijk = t.Wijk!.Naam,
                t.Omschrijving,
                t.Telefoon,
                t.Email,
                t.Inloop,
                LocatieNaam = t.Locatie!.Naam,
                t.Locatie.Straat,
                t.Locatie.Postcode,
                t.Locatie.Plaats,
            })
            .ToListAsync(cancellationToken);
        return teams.Select(t => new WijkteamKaart(t.Naam, t.Wijk, t.Omschrijving, t.Telefoon, t.Email, t.Inloop, t.LocatieNaam,
                t.Straat is null ? null : $"{t.Straat}, {t.Postcode} {t.Plaats}".Replace(",  ", ", ", StringComparison.Ordinal)))
            .ToList();
    }
}

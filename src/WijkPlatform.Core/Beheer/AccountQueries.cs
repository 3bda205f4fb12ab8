using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>Uitgenodigd: the account has no password yet, so the person has not used the invitation.</summary>
public enum AccountStatus { Actief, Uitgenodigd, Uitgeschakeld }

public sealed record AccountRegel(int Id, string Naam, string Email, IReadOnlyList<string> Rollen, IReadOnlyList<string> Wijken,
    IReadOnlyList<string> Collectieven, AccountStatus Status, DateTime? LaatstIngelogdUtc);

public sealed record AccountLijst(IReadOnlyList<AccountRegel> Regels, int Totaal, int Pagina, int AantalPaginas);

public sealed record AccountDetail(int Id, string Naam, string Email, string ConcurrencyStamp, AccountStatus Status, bool TweeStapsAan,
    DateTime? AangemaaktUtc, DateTime? UitgeschakeldUtc, DateTime? LaatstIngelogdUtc, AccountToegang Toegang);

/// <summary>The accounts as beheer sees them. Beheer only: these pages show every e-mail address.</summary>
public sealed class AccountQueries(WijkDbContext db)
{
    public const int PerPagina = 25;
    public const int MaxZoek = 200;

    public static string Naam(AccountStatus status) => status switch
    {
        AccountStatus.Actief => "Actief",
        AccountStatus.Uitgenodigd => "Uitgenodigd (nog geen wachtwoord)",
        _ => "Uitgeschakeld",
    };

    public async Task<AccountLijst> LijstAsync(string? zoek, string? rol, AccountStatus? status, int pagina, CancellationToken cancellationToken)
    {
        var accounts = db.Gebruikers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            // Upper case on both sides: SQLite and PostgreSQL compare text case-sensitively by default.
            var z = zoek.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // runs in the database as upper(); .NET culture rules do not apply there
            accounts = accounts.Where(g => g.NormalizedEmail.Contains(z) || g.Naam.ToUpper().Contains(z));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrEmpty(rol))
        {
            accounts = accounts.Where(g => g.Rollen.Any(r => r.Rol!.Naam == rol));
        }

        accounts = status switch
        {
            AccountStatus.Uitgeschakeld => accounts.Where(g => g.UitgeschakeldUtc != null),
            AccountStatus.Uitgenodigd => accounts.Where(g => g.UitgeschakeldUtc == null && g.WachtwoordHash == null),
            AccountStatus.Actief => accounts.Where(g => g.UitgeschakeldUtc == null && g.WachtwoordHash != null),
            _ => accounts,
        };

        var totaal = await accounts.CountAsync(cancellationToken);
        var aantalPaginas = Math.Max(1, (totaal + PerPagina - 1) / PerPagina);
        pagina = Math.Clamp(pagina, 1, aantalPaginas);
        var rijen = await accounts
            .OrderBy(g => g.Naam).ThenBy(g => g.NormalizedEmail)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina)
            .Select(g => new { g.Id, g.Naam, g.Email, g.UitgeschakeldUtc, Wachtwoord = g.WachtwoordHash != null, g.LaatstIngelogdUtc })
            .ToListAsync(cancellationToken);
        var ids = rijen.Select(r => r.Id).ToList();
        // Three small queries instead of one with three collections: no cartesian product, no split-query setting.
        var rollen = (await db.Set<GebruikerRol>().AsNoTracking().Where(r => ids.Contains(r.GebruikerId))
            .Select(r => new { r.GebruikerId, r.Rol!.Naam }).ToListAsync(cancellationToken)).ToLookup(r => r.GebruikerId, r => r.Naam);
        var wijken = (await db.WijkBindingen.AsNoTracking().Where(w => ids.Contains(w.GebruikerId))
            .Select(w => new { w.GebruikerId, w.Wijk!.Naam }).ToListAsync(cancellationToken)).ToLookup(w => w.GebruikerId, w => w.Naam);
        var collectieven = (await db.Lidmaatschappen.AsNoTracking().Where(l => ids.Contains(l.GebruikerId))
            .Select(l => new { l.GebruikerId, l.Organisatie!.Naam }).ToListAsync(cancellationToken)).ToLookup(l => l.GebruikerId, l => l.Naam);
        var regels = rijen.Select(r => new AccountRegel(r.Id, r.Naam, r.Email,
                rollen[r.Id].Order(StringComparer.Ordinal).ToList(),
                wijken[r.Id].Order(StringComparer.CurrentCultureIgnoreCase).ToList(),
                collectieven[r.Id].Order(StringComparer.CurrentCultureIgnoreCase).ToList(),
                StatusVan(r.UitgeschakeldUtc, r.Wachtwoord), r.LaatstIngelogdUtc))
            .ToList();
        return new AccountLijst(regels, totaal, pagina, aantalPaginas);
    }

    public async Task<AccountDetail?> DetailAsync(int id, CancellationToken cancellationToken)
    {
        var g = await db.Gebruikers.AsNoTracking()
            .Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id,
                x.Naam,
                x.Email,
                x.ConcurrencyStamp,
                x.UitgeschakeldUtc,
                Wachtwoord = x.WachtwoordHash != null,
                x.TweeStapsAan,
                x.AangemaaktUtc,
                x.LaatstIngelogdUtc,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (g is null)
        {
            return null;
        }

        var toegang = new AccountToegang(
            await db.Set<GebruikerRol>().Where(r => r.GebruikerId == id).Select(r => r.Rol!.Naam).ToListAsync(cancellationToken),
            await db.WijkBindingen.Where(w => w.GebruikerId == id).Select(w => w.WijkId).ToListAsync(cancellationToken),
            await db.Lidmaatschappen.Where(l => l.GebruikerId == id).Select(l => l.OrganisatieId).ToListAsync(cancellationToken));
        return new AccountDetail(g.Id, g.Naam, g.Email, g.ConcurrencyStamp, StatusVan(g.UitgeschakeldUtc, g.Wachtwoord), g.TweeStapsAan,
            g.AangemaaktUtc, g.UitgeschakeldUtc, g.LaatstIngelogdUtc, toegang);
    }

    private static AccountStatus StatusVan(DateTime? uitgeschakeldUtc, bool wachtwoord) =>
        uitgeschakeldUtc is not null ? AccountStatus.Uitgeschakeld
        : wachtwoord ? AccountStatus.Actief
        : AccountStatus.Uitgenodigd;

    /// <summary>Enabled accounts with a password and the role Beheer, other than <paramref name="behalve"/>: the site must keep at least
    /// one, or nobody can manage accounts any more.</summary>
    internal static Task<bool> ErIsAndereBeheerAsync(WijkDbContext db, int behalve, CancellationToken cancellationToken) =>
        db.Gebruikers.AnyAsync(g => g.Id != behalve && g.UitgeschakeldUtc == null && g.WachtwoordHash != null
            && g.Rollen.Any(r => r.Rol!.Naam == Rollen.Beheer), cancellationToken);
}

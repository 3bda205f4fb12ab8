using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Informatie;

public sealed record MenuLink(string Titel, string Url);

public sealed record MenuInhoud(IReadOnlyList<MenuLink> Hoofdmenu, IReadOnlyList<MenuLink> Voettekst)
{
    public static MenuInhoud Leeg { get; } = new([], []);
}

/// <summary>The menus as every page shows them, kept in memory: the layout asks on every request. A change by the
/// redactie clears it at once on this server (<see cref="Vergeet"/>); other servers read again after
/// <see cref="Bewaartijd"/>.</summary>
public sealed class MenuCache
{
    public static readonly TimeSpan Bewaartijd = TimeSpan.FromMinutes(2);

    private volatile Stand? stand;

    internal sealed record Stand(MenuInhoud Inhoud, DateTimeOffset Tot);

    internal MenuInhoud? Lees(DateTimeOffset nu) => stand is { } s && nu < s.Tot ? s.Inhoud : null;

    internal MenuInhoud? LaatstBekend => stand?.Inhoud;

    internal void Bewaar(MenuInhoud inhoud, DateTimeOffset nu) => stand = new Stand(inhoud, nu + Bewaartijd);

    public void Vergeet() => stand = null;
}

public sealed class Menus(WijkDbContext db, MenuCache cache, TimeProvider clock, ILogger<Menus> logger)
{
    public async Task<MenuInhoud> HaalAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow();
        if (cache.Lees(nu) is { } bewaard)
        {
            return bewaard;
        }

        try
        {
            var items = await db.MenuItems.AsNoTracking()
                .OrderBy(m => m.Menu).ThenBy(m => m.Volgorde).ThenBy(m => m.Id)
                .Select(m => new { m.Menu, m.Titel, m.Url })
                .ToListAsync(cancellationToken);
            var inhoud = new MenuInhoud(
                items.Where(m => m.Menu == MenuPlek.Hoofdmenu).Select(m => new MenuLink(m.Titel, m.Url)).ToList(),
                items.Where(m => m.Menu == MenuPlek.Voettekst).Select(m => new MenuLink(m.Titel, m.Url)).ToList());
            cache.Bewaar(inhoud, nu);
            return inhoud;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The layout is also the error page's layout: without the database it shows the last known menu, or none.
            logger.LogError(e, "Het menu kon niet uit de database worden gelezen.");
            return cache.LaatstBekend ?? MenuInhoud.Leeg;
        }
    }
}

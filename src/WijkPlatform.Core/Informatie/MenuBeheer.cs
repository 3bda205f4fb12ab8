using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Informatie;

public sealed record MenuRegel(int Id, MenuPlek Menu, string Titel, string Url, int Volgorde);

/// <summary>The redactie edits the main menu and the footer's list: add, rename, move, remove. Links stay on this site
/// (<see cref="MenuRegels.IsLokaalPad"/>). Every change is an audit row and clears the <see cref="MenuCache"/>.</summary>
public sealed class MenuBeheer(WijkDbContext db, MenuCache cache, TimeProvider clock)
{
    public const int MaxTitel = 60;

    public async Task<IReadOnlyList<MenuRegel>> LijstAsync(CancellationToken cancellationToken) =>
        await db.MenuItems.AsNoTracking()
            .OrderBy(m => m.Menu).ThenBy(m => m.Volgorde).ThenBy(m => m.Id)
            .Select(m => new MenuRegel(m.Id, m.Menu, m.Titel, m.Url, m.Volgorde))
            .ToListAsync(cancellationToken);

    public async Task<BeheerUitkomst> ToevoegenAsync(Beheerder wie, MenuPlek menu, string? titel, string? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        if (!wie.IsRedactie || !Enum.IsDefined(menu))
        {
            return BeheerUitkomst.NietGevonden;
        }

        (titel, url) = (titel?.Trim() ?? "", url?.Trim() ?? "");
        if (Controleer(titel, url) is { } fout)
        {
            return fout;
        }

        var laatste = await db.MenuItems.Where(m => m.Menu == menu).MaxAsync(m => (int?)m.Volgorde, cancellationToken) ?? 0;
        var item = new MenuItem
        {
            Key = Guid.NewGuid(),
            Slug = await VrijeSlugAsync(menu, titel, cancellationToken),
            Menu = menu,
            Titel = titel,
            Url = url,
            Volgorde = laatste + 10,
        };
        db.MenuItems.Add(item);
        return await KlaarAsync(wie, "menu-toegevoegd", item, $"{menu}: {titel} → {url}", cancellationToken);
    }

    public async Task<BeheerUitkomst> WijzigenAsync(Beheerder wie, int id, string? titel, string? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var item = wie.IsRedactie ? await db.MenuItems.FindAsync([id], cancellationToken) : null;
        if (item is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        (titel, url) = (titel?.Trim() ?? "", url?.Trim() ?? "");
        if (Controleer(titel, url) is { } fout)
        {
            return fout with { Id = id };
        }

        var details = $"{item.Titel} → {item.Url} wordt {titel} → {url}";
        item.Titel = titel;
        item.Url = url;
        return await KlaarAsync(wie, "menu-gewijzigd", item, details, cancellationToken);
    }

    /// <summary>Swaps the item with its neighbour; the numbers are renumbered 10, 20, 30 so they stay apart.</summary>
    public async Task<BeheerUitkomst> VerplaatsAsync(Beheerder wie, int id, bool omhoog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var item = wie.IsRedactie ? await db.MenuItems.FindAsync([id], cancellationToken) : null;
        if (item is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        var rij = await db.MenuItems.Where(m => m.Menu == item.Menu).OrderBy(m => m.Volgorde).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var plek = rij.IndexOf(item);
        var buur = omhoog ? plek - 1 : plek + 1;
        if (buur < 0 || buur >= rij.Count)
        {
            return new BeheerUitkomst(BeheerStatus.Gelukt, id);
        }

        (rij[plek], rij[buur]) = (rij[buur], rij[plek]);
        for (var i = 0; i < rij.Count; i++)
        {
            rij[i].Volgorde = (i + 1) * 10;
        }

        return await KlaarAsync(wie, "menu-verplaatst", item, omhoog ? "omhoog" : "omlaag", cancellationToken);
    }

    public async Task<BeheerUitkomst> VerwijderAsync(Beheerder wie, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        var item = wie.IsRedactie ? await db.MenuItems.FindAsync([id], cancellationToken) : null;
        if (item is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        db.MenuItems.Remove(item);
        return await KlaarAsync(wie, "menu-verwijderd", item, $"{item.Menu}: {item.Titel} → {item.Url}", cancellationToken);
    }

    public static BeheerUitkomst? Controleer(string titel, string url)
    {
        ArgumentNullException.ThrowIfNull(titel);
        if (titel.Length == 0 || titel.Length > MaxTitel || titel.Any(char.IsControl))
        {
            return BeheerUitkomst.Geweigerd($"Vul de tekst van de link in (hoogstens {MaxTitel} tekens).", "Titel");
        }

        return url.Length > 200 || !MenuRegels.IsLokaalPad(url)
            ? BeheerUitkomst.Geweigerd("Vul een adres op deze website in dat met / begint, zoals /activiteiten. Links naar andere websites kunnen niet in het menu.", "Url")
            : null;
    }

    private async Task<BeheerUitkomst> KlaarAsync(Beheerder wie, string actie, MenuItem item, string details, CancellationToken cancellationToken)
    {
        db.Schrijf(wie, actie, $"menu:{item.Slug}", details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        cache.Vergeet();
        return new BeheerUitkomst(BeheerStatus.Gelukt, item.Id);
    }

    private async Task<string> VrijeSlugAsync(MenuPlek menu, string titel, CancellationToken cancellationToken)
    {
        var basis = $"{menu.ToString().ToLowerInvariant()}-{PaginaRegels.SlugUit(titel)}".TrimEnd('-');
        if (basis.Length > 70)
        {
            basis = basis[..70].TrimEnd('-');
        }

        var slug = basis;
        for (var n = 2; await db.MenuItems.AnyAsync(m => m.Slug == slug, cancellationToken); n++)
        {
            slug = string.Create(CultureInfo.InvariantCulture, $"{basis}-{n}");
        }

        return slug;
    }
}

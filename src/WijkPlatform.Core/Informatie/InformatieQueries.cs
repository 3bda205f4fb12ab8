using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Informatie;

public sealed record PaginaWeergave(string Slug, string Titel, string? Samenvatting, string Inhoud, string? EenvoudigeSamenvatting = null,
    PaginaSoort Soort = PaginaSoort.Pagina, DateTime? GepubliceerdUtc = null, string? Wijk = null);

public sealed record NieuwsKaart(string Slug, string Titel, string? Samenvatting, DateTime? GepubliceerdUtc, string? Wijk);

public sealed record NieuwsLijst(IReadOnlyList<NieuwsKaart> Berichten, int Pagina, int AantalPaginas, int Totaal);

public sealed record OrganisatieKaart(string Slug, string Naam, OrganisatieSoort Soort, string? Wijk, string? Omschrijving,
    string? Email, string? Telefoon, string? Website, string? Logo = null);

public sealed record KomendeActiviteit(string Slug, string Titel, DateTime StartUtc);

/// <summary>An organisation with what it offers soon: how many different activities in the coming weeks and the
/// first few of them, each with its next date.</summary>
public sealed record OrganisatieAanbod(OrganisatieKaart Organisatie, int AantalActiviteiten, IReadOnlyList<KomendeActiviteit> Volgende);

public sealed class InformatieQueries(WijkDbContext db, TimeProvider clock)
{
    public const int NieuwsPerPagina = 10;

    public Task<PaginaWeergave?> PaginaAsync(string slug, CancellationToken cancellationToken) =>
        ZichtbaarAsync(PaginaSoort.Pagina, slug, cancellationToken);

    public Task<PaginaWeergave?> NieuwsberichtAsync(string slug, CancellationToken cancellationToken) =>
        ZichtbaarAsync(PaginaSoort.Nieuws, slug, cancellationToken);

    /// <summary>Visible news, newest first; with <paramref name="wijkSlug"/> the news of that wijk plus news for every
    /// wijk. <paramref name="pagina"/> counts from 1 and is kept within the pages there are.</summary>
    public async Task<NieuwsLijst> NieuwsAsync(string? wijkSlug, int pagina, CancellationToken cancellationToken)
    {
        var vraag = db.Paginas.AsNoTracking()
            .Where(Pagina.Zichtbaar(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Soort == PaginaSoort.Nieuws);
        if (!string.IsNullOrEmpty(wijkSlug))
        {
            vraag = vraag.Where(p => p.WijkId == null || p.Wijk!.Slug == wijkSlug);
        }

        var totaal = await vraag.CountAsync(cancellationToken);
        var aantalPaginas = Math.Max(1, (totaal + NieuwsPerPagina - 1) / NieuwsPerPagina);
        pagina = Math.Clamp(pagina, 1, aantalPaginas);
        var berichten = await vraag
            .OrderByDescending(p => p.GepubliceerdUtc ?? p.PublicerenVanafUtc).ThenByDescending(p => p.Id)
            .Skip((pagina - 1) * NieuwsPerPagina).Take(NieuwsPerPagina)
            .Select(p => new NieuwsKaart(p.Slug, p.Titel, p.Samenvatting, p.GepubliceerdUtc ?? p.PublicerenVanafUtc, p.Wijk!.Naam))
            .ToListAsync(cancellationToken);
        return new NieuwsLijst(berichten.Select(b => b with { GepubliceerdUtc = Utc(b.GepubliceerdUtc) }).ToList(), pagina, aantalPaginas, totaal);
    }

    private async Task<PaginaWeergave?> ZichtbaarAsync(PaginaSoort soort, string slug, CancellationToken cancellationToken)
    {
        var pagina = await db.Paginas.AsNoTracking()
            .Where(Pagina.Zichtbaar(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Slug == slug && p.Soort == soort)
            .Select(p => new PaginaWeergave(p.Slug, p.Titel, p.Samenvatting, p.Inhoud, p.EenvoudigeSamenvatting, p.Soort,
                p.GepubliceerdUtc ?? p.PublicerenVanafUtc, p.Wijk!.Naam))
            .SingleOrDefaultAsync(cancellationToken);
        return pagina is null ? null : pagina with { GepubliceerdUtc = Utc(pagina.GepubliceerdUtc) };
    }

    private static DateTime? Utc(DateTime? t) => t is { } w ? DateTime.SpecifyKind(w, DateTimeKind.Utc) : null;

    public async Task<IReadOnlyList<OrganisatieKaart>> OrganisatiesAsync(CancellationToken cancellationToken) =>
        await db.Organisaties.AsNoTracking()
            .OrderBy(o => o.Soort).ThenBy(o => o.Naam)
            .Select(o => new OrganisatieKaart(o.Slug, o.Naam, o.Soort, o.Wijk!.Naam, o.Omschrijving, o.Email, o.Telefoon, o.Website, o.Logo))
            .ToListAsync(cancellationToken);

    public Task<OrganisatieKaart?> OrganisatieAsync(string slug, CancellationToken cancellationToken) =>
        db.Organisaties.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new OrganisatieKaart(o.Slug, o.Naam, o.Soort, o.Wijk!.Naam, o.Omschrijving, o.Email, o.Telefoon, o.Website, o.Logo))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>How far ahead the organisation overview looks, the same as an organisation's own page.</summary>
    public const int AanbodDagen = 60;

    /// <summary>The organisations, optionally of one kind and active in one wijk, with what they offer there.
    /// Active in a wijk: based there, or organising something there soon. A partner working in the whole municipality
    /// without anything in that wijk's agenda is left out: the filter answers "who does something here".</summary>
    public async Task<IReadOnlyList<OrganisatieAanbod>> OrganisatieAanbodAsync(string? wijkSlug, OrganisatieSoort? soort,
        CancellationToken cancellationToken, int volgende = 3)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var tot = nu.AddDays(AanbodDagen);
        var voorkomens = db.Voorkomens.AsNoTracking()
            .Where(v => v.EindUtc > nu && v.StartUtc < tot && !v.Afgelast && v.Activiteit!.OrganisatieId != null)
            .Where(v => v.Activiteit!.Status == ActiviteitStatus.Gepubliceerd);
        if (wijkSlug is not null)
        {
            voorkomens = voorkomens.Where(v => v.Activiteit!.Wijk!.Slug == wijkSlug);
        }

        // The first date of each activity; a weekly series counts once, however many dates it has in the window.
        var eerste = (await voorkomens
                .GroupBy(v => new { OrganisatieId = v.Activiteit!.OrganisatieId!.Value, v.Activiteit.Slug, v.Activiteit.Titel })
                .Select(g => new { g.Key.OrganisatieId, g.Key.Slug, g.Key.Titel, StartUtc = g.Min(v => v.StartUtc) })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.OrganisatieId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.StartUtc).ThenBy(a => a.Titel, StringComparer.Ordinal)
                .Select(a => new KomendeActiviteit(a.Slug, a.Titel, AgendaQueries.Utc(a.StartUtc))).ToList());

        var organisaties = db.Organisaties.AsNoTracking();
        if (soort is { } s)
        {
            organisaties = organisaties.Where(o => o.Soort == s);
        }

        if (wijkSlug is not null)
        {
            var actief = eerste.Keys.ToList();
            organisaties = organisaties.Where(o => o.Wijk!.Slug == wijkSlug || actief.Contains(o.Id));
        }

        var rijen = await organisaties
            .OrderBy(o => o.Soort).ThenBy(o => o.Naam)
            .Select(o => new { o.Id, Kaart = new OrganisatieKaart(o.Slug, o.Naam, o.Soort, o.Wijk!.Naam, o.Omschrijving, o.Email, o.Telefoon, o.Website, o.Logo) })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => eerste.TryGetValue(r.Id, out var lijst)
                ? new OrganisatieAanbod(r.Kaart, lijst.Count, lijst.Take(volgende).ToList())
                : new OrganisatieAanbod(r.Kaart, 0, []))
            .ToList();
    }
}

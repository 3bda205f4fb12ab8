using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Informatie;

/// <summary>What an editor asks for with the buttons under the form; each also saves what is in the form.</summary>
public enum PaginaActie
{
    /// <summary>Save; the page is (or goes back to) concept and nobody but the redactie sees it.</summary>
    Concept,

    /// <summary>Save and show it now.</summary>
    Publiceren,

    /// <summary>Save and show it from a moment in the future.</summary>
    Inplannen,

    /// <summary>Save and take it off the site (<see cref="PaginaStatus.Ingetrokken"/>).</summary>
    OfflineHalen,
}

public sealed record PaginaInvoer(string Titel, string Slug, string? Samenvatting, string? EenvoudigeSamenvatting, string Inhoud, int? WijkId = null);

public sealed record PaginaRegel(int Id, PaginaSoort Soort, string Slug, string Titel, PaginaStatus Status, DateTime? PublicerenVanafUtc,
    DateTime? GepubliceerdUtc, DateTime GewijzigdUtc, string? LaatstDoor, bool Zichtbaar, string? Wijk);

public sealed record VersieRegel(int Nummer, DateTime OpgeslagenUtc, string Door, string? Toelichting, string Titel);

public sealed record PaginaDetail(int Id, PaginaSoort Soort, PaginaInvoer Invoer, PaginaStatus Status, DateTime? PublicerenVanafUtc,
    DateTime? GepubliceerdUtc, int Versie, bool Zichtbaar, IReadOnlyList<VersieRegel> Versies);

/// <summary>The redactie's work on pages and news: writing, scheduling, publishing, taking offline and rolling back. Every
/// save adds a <see cref="PaginaVersie"/> (versions are never changed or removed) and an audit row in the same
/// transaction; a save made on an older version than the one stored is refused instead of overwriting a colleague.
/// Visibility of a scheduled item is decided when it is read (<see cref="Pagina.Zichtbaar"/>), so no job is needed.</summary>
public sealed class PaginaBeheer(WijkDbContext db, TimeProvider clock)
{
    public const string AndereWijziging =
        "Iemand anders heeft deze pagina intussen gewijzigd. Je wijziging is niet opgeslagen. Open de pagina opnieuw, kijk wat er veranderd is en doe je wijziging dan nog een keer.";

    public async Task<IReadOnlyList<PaginaRegel>> LijstAsync(PaginaSoort soort, CancellationToken cancellationToken)
    {
        var nu = Nu();
        var zichtbaar = Pagina.Zichtbaar(nu);
        var zichtbareIds = await db.Paginas.AsNoTracking().Where(p => p.Soort == soort).Where(zichtbaar).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var lijst = await db.Paginas.AsNoTracking()
            .Where(p => p.Soort == soort)
            .OrderBy(p => p.Titel)
            .Select(p => new PaginaRegel(p.Id, p.Soort, p.Slug, p.Titel, p.Status, p.PublicerenVanafUtc, p.GepubliceerdUtc, p.GewijzigdUtc,
                db.PaginaVersies.Where(v => v.PaginaId == p.Id).OrderByDescending(v => v.Nummer).Select(v => v.Door).FirstOrDefault(),
                false, p.Wijk!.Naam))
            .ToListAsync(cancellationToken);
        return lijst
            .Select(p => p with
            {
                PublicerenVanafUtc = Utc(p.PublicerenVanafUtc),
                GepubliceerdUtc = Utc(p.GepubliceerdUtc),
                GewijzigdUtc = Utc(p.GewijzigdUtc),
                Zichtbaar = zichtbareIds.Contains(p.Id),
            })
            .OrderByDescending(p => soort == PaginaSoort.Nieuws ? p.GewijzigdUtc : DateTime.MinValue)
            .ThenBy(p => p.Titel, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    public async Task<PaginaDetail?> LeesAsync(PaginaSoort soort, int id, CancellationToken cancellationToken)
    {
        var pagina = await db.Paginas.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.Soort == soort, cancellationToken);
        if (pagina is null)
        {
            return null;
        }

        var versies = await db.PaginaVersies.AsNoTracking()
            .Where(v => v.PaginaId == id)
            .OrderByDescending(v => v.Nummer)
            .Select(v => new VersieRegel(v.Nummer, v.OpgeslagenUtc, v.Door, v.Toelichting, v.Titel))
            .ToListAsync(cancellationToken);
        var zichtbaar = await db.Paginas.AsNoTracking().Where(p => p.Id == id).Where(Pagina.Zichtbaar(Nu())).AnyAsync(cancellationToken);
        return new PaginaDetail(pagina.Id, pagina.Soort,
            new PaginaInvoer(pagina.Titel, pagina.Slug, pagina.Samenvatting, pagina.EenvoudigeSamenvatting, pagina.Inhoud, pagina.WijkId),
            pagina.Status, Utc(pagina.PublicerenVanafUtc), Utc(pagina.GepubliceerdUtc), pagina.Versie, zichtbaar,
            versies.Select(v => v with { OpgeslagenUtc = DateTime.SpecifyKind(v.OpgeslagenUtc, DateTimeKind.Utc) }).ToList());
    }

    /// <summary>Creates (<paramref name="id"/> null) or saves a page or news item and applies <paramref name="actie"/>.
    /// <paramref name="versie"/> is the version the editor started from.</summary>
    public async Task<BeheerUitkomst> OpslaanAsync(Beheerder wie, PaginaSoort soort, int? id, PaginaInvoer invoer, int versie,
        PaginaActie actie, DateTime? vanafUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        ArgumentNullException.ThrowIfNull(invoer);
        if (!wie.IsRedactie)
        {
            return BeheerUitkomst.NietGevonden;
        }

        Pagina? pagina = null;
        if (id is int bestaand)
        {
            pagina = await db.Paginas.SingleOrDefaultAsync(p => p.Id == bestaand && p.Soort == soort, cancellationToken);
            if (pagina is null)
            {
                return BeheerUitkomst.NietGevonden;
            }

            if (pagina.Versie != versie)
            {
                return BeheerUitkomst.Geweigerd(AndereWijziging);
            }
        }

        invoer = Schoon(invoer, soort);
        var nu = Nu();
        if (await ControleerAsync(invoer, pagina, soort, cancellationToken) is { } fout)
        {
            return fout;
        }

        if (actie == PaginaActie.Inplannen)
        {
            if (vanafUtc is null)
            {
                return BeheerUitkomst.Geweigerd("Vul een datum en tijd in waarop de pagina op de website komt.", "Vanaf");
            }

            if (vanafUtc <= nu)
            {
                return BeheerUitkomst.Geweigerd("Kies een moment in de toekomst. Wil je de pagina nu laten zien? Kies dan Publiceren.", "Vanaf");
            }
        }

        var nieuw = pagina is null;
        pagina ??= new Pagina { Key = Guid.NewGuid(), Slug = invoer.Slug, Titel = invoer.Titel, Soort = soort, Status = PaginaStatus.Concept };
        var slugVoor = nieuw ? null : pagina.Slug;
        pagina.Titel = invoer.Titel;
        pagina.Slug = invoer.Slug;
        pagina.Samenvatting = invoer.Samenvatting;
        pagina.EenvoudigeSamenvatting = invoer.EenvoudigeSamenvatting;
        pagina.Inhoud = invoer.Inhoud;
        pagina.WijkId = invoer.WijkId;
        var toelichting = ZetStatus(pagina, actie, vanafUtc, nu);
        if (slugVoor is not null && slugVoor != pagina.Slug)
        {
            toelichting += $" Adres gewijzigd van /{slugVoor} naar /{pagina.Slug}.";
        }

        return await BewaarAsync(wie, pagina, nieuw, toelichting, Actie(actie), cancellationToken);
    }

    /// <summary>Rolls back by saving version <paramref name="nummer"/>'s text again as the newest version; the status
    /// stays as it is, and the versions in between stay in the history.</summary>
    public async Task<BeheerUitkomst> TerugzettenAsync(Beheerder wie, PaginaSoort soort, int id, int nummer, int versie,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wie);
        if (!wie.IsRedactie)
        {
            return BeheerUitkomst.NietGevonden;
        }

        var pagina = await db.Paginas.SingleOrDefaultAsync(p => p.Id == id && p.Soort == soort, cancellationToken);
        var oud = await db.PaginaVersies.AsNoTracking().SingleOrDefaultAsync(v => v.PaginaId == id && v.Nummer == nummer, cancellationToken);
        if (pagina is null || oud is null)
        {
            return BeheerUitkomst.NietGevonden;
        }

        if (pagina.Versie != versie)
        {
            return BeheerUitkomst.Geweigerd(AndereWijziging);
        }

        pagina.Titel = oud.Titel;
        pagina.Samenvatting = oud.Samenvatting;
        pagina.EenvoudigeSamenvatting = oud.EenvoudigeSamenvatting;
        pagina.Inhoud = oud.Inhoud;
        return await BewaarAsync(wie, pagina, nieuw: false, $"Versie {nummer} teruggezet.", "teruggezet", cancellationToken);
    }

    private async Task<BeheerUitkomst> BewaarAsync(Beheerder wie, Pagina pagina, bool nieuw, string toelichting, string actie,
        CancellationToken cancellationToken)
    {
        var nu = Nu();
        var door = await db.Gebruikers.AsNoTracking().Where(g => g.Id == wie.GebruikerId).Select(g => g.Email).SingleAsync(cancellationToken);
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            if (nieuw)
            {
                db.Paginas.Add(pagina);
            }

            // Versie is the concurrency token: of two saves started from the same version only one UPDATE matches.
            pagina.Versie++;
            await db.SaveChangesAsync(cancellationToken);
            db.PaginaVersies.Add(new PaginaVersie
            {
                PaginaId = pagina.Id,
                Nummer = pagina.Versie,
                Titel = pagina.Titel,
                Samenvatting = pagina.Samenvatting,
                EenvoudigeSamenvatting = pagina.EenvoudigeSamenvatting,
                Inhoud = pagina.Inhoud,
                OpgeslagenUtc = nu,
                Door = door,
                Toelichting = toelichting.Length > 500 ? toelichting[..500] : toelichting,
            });
            db.Schrijf(wie, $"{Soortnaam(pagina.Soort)}-{(nieuw ? "nieuw" : actie)}", Onderwerp(pagina),
                $"versie {pagina.Versie}: {toelichting}", nu);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            return new BeheerUitkomst(BeheerStatus.Gelukt, pagina.Id);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // A colleague saved in the same instant (a stale Versie, or the same new version number), or took the slug.
            return await db.Paginas.AsNoTracking().AnyAsync(p => p.Slug == pagina.Slug && p.Id != pagina.Id, cancellationToken)
                ? BeheerUitkomst.Geweigerd("Dit adres heeft al een andere pagina of een ander nieuwsbericht. Kies een ander adres.", "Slug")
                : BeheerUitkomst.Geweigerd(AndereWijziging);
        }
    }

    /// <summary>Sets the status for <paramref name="actie"/> and says in words what happened, for the history. The first
    /// moment an item is visible is kept in <see cref="Pagina.GepubliceerdUtc"/>; a moment that has not come yet (a
    /// schedule that was changed or called off) is not a publication and is replaced.</summary>
    private static string ZetStatus(Pagina pagina, PaginaActie actie, DateTime? vanafUtc, DateTime nu)
    {
        var ooitZichtbaar = pagina.GepubliceerdUtc is { } eerder && eerder <= nu;
        switch (actie)
        {
            case PaginaActie.Publiceren:
                pagina.Status = PaginaStatus.Gepubliceerd;
                pagina.PublicerenVanafUtc = null;
                if (!ooitZichtbaar)
                {
                    pagina.GepubliceerdUtc = nu;
                }

                return "Gepubliceerd.";
            case PaginaActie.Inplannen:
                pagina.Status = PaginaStatus.Gepland;
                pagina.PublicerenVanafUtc = vanafUtc;
                if (!ooitZichtbaar)
                {
                    pagina.GepubliceerdUtc = vanafUtc;
                }

                return $"Ingepland voor {Agenda.Tijd.Dag(vanafUtc!.Value)} {Agenda.Tijd.Uur(vanafUtc.Value)}.";
            case PaginaActie.OfflineHalen:
                pagina.Status = PaginaStatus.Ingetrokken;
                break;
            default:
                pagina.Status = PaginaStatus.Concept;
                break;
        }

        pagina.PublicerenVanafUtc = null;
        if (!ooitZichtbaar)
        {
            pagina.GepubliceerdUtc = null;
        }

        return actie == PaginaActie.OfflineHalen ? "Offline gehaald." : "Opgeslagen als concept.";
    }

    private async Task<BeheerUitkomst?> ControleerAsync(PaginaInvoer invoer, Pagina? pagina, PaginaSoort soort, CancellationToken cancellationToken)
    {
        if (invoer.Titel.Length == 0)
        {
            return BeheerUitkomst.Geweigerd("Vul een titel in.", "Titel");
        }

        if (invoer.Titel.Length > 200)
        {
            return BeheerUitkomst.Geweigerd("Maak de titel korter: hoogstens 200 tekens.", "Titel");
        }

        // A page that already has a fixed address (such as the starter page /initiatief) keeps it; only a new or
        // changed address must be free.
        if (invoer.Slug != pagina?.Slug)
        {
            if (PaginaRegels.Controleer(invoer.Slug) is { } slugFout)
            {
                return BeheerUitkomst.Geweigerd(slugFout, "Slug");
            }

            if (await db.Paginas.AsNoTracking().AnyAsync(p => p.Slug == invoer.Slug, cancellationToken))
            {
                return BeheerUitkomst.Geweigerd("Dit adres heeft al een andere pagina of een ander nieuwsbericht. Kies een ander adres.", "Slug");
            }
        }

        if (invoer.Samenvatting?.Length > 500)
        {
            return BeheerUitkomst.Geweigerd("Maak de samenvatting korter: hoogstens 500 tekens.", "Samenvatting");
        }

        if (invoer.EenvoudigeSamenvatting?.Length > 2000)
        {
            return BeheerUitkomst.Geweigerd("Maak de samenvatting in gewone taal korter: hoogstens 2000 tekens.", "EenvoudigeSamenvatting");
        }

        if (invoer.Inhoud.Length > 100_000)
        {
            return BeheerUitkomst.Geweigerd("De tekst is te lang: hoogstens 100.000 tekens. Verdeel hem over meer pagina's.", "Inhoud");
        }

        if (soort == PaginaSoort.Nieuws && invoer.WijkId is int wijk && !await db.Wijken.AnyAsync(w => w.Id == wijk, cancellationToken))
        {
            return BeheerUitkomst.Geweigerd("Kies een wijk uit de lijst, of 'Alle wijken'.", "WijkId");
        }

        return null;
    }

    /// <summary>Trims, turns empty optional fields into null and drops control characters (a null byte would stop
    /// PostgreSQL); a page has no wijk, only news does.</summary>
    private static PaginaInvoer Schoon(PaginaInvoer invoer, PaginaSoort soort) => new(
        ZonderStuurtekens(invoer.Titel).Trim(),
        ZonderStuurtekens(invoer.Slug).Trim(),
        Leeg(invoer.Samenvatting),
        Leeg(invoer.EenvoudigeSamenvatting),
        ZonderStuurtekens(invoer.Inhoud).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd(),
        soort == PaginaSoort.Nieuws ? invoer.WijkId : null);

    private static string? Leeg(string? tekst) =>
        string.IsNullOrWhiteSpace(tekst) ? null : ZonderStuurtekens(tekst).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string ZonderStuurtekens(string? tekst) =>
        tekst is null ? "" : string.Concat(tekst.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'));

    private static string Actie(PaginaActie actie) => actie switch
    {
        PaginaActie.Publiceren => "gepubliceerd",
        PaginaActie.Inplannen => "ingepland",
        PaginaActie.OfflineHalen => "offline",
        _ => "concept",
    };

    private static string Soortnaam(PaginaSoort soort) => soort == PaginaSoort.Nieuws ? "nieuws" : "pagina";

    public static string Onderwerp(Pagina pagina)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        return string.Create(CultureInfo.InvariantCulture, $"{Soortnaam(pagina.Soort)}:{pagina.Id}:{pagina.Slug}");
    }

    private DateTime Nu() => clock.GetUtcNow().UtcDateTime;

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? t) => t is { } w ? Utc(w) : null;
}

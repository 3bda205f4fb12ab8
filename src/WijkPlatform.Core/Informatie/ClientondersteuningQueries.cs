using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Core.Informatie;

public sealed record WerkgebiedKaart(string WijkSlug, string WijkNaam, string? Inloop);

public sealed record ClientondersteunerKaart(
    string Slug,
    string Naam,
    string? Organisatie,
    string? Omschrijving,
    string? Telefoon,
    string? Email,
    string? Website,
    string? Talen,
    string? Toegankelijkheid,
    IReadOnlyList<WerkgebiedKaart> Werkgebieden)
{
    /// <summary>Without wijken of its own it serves everyone in the municipality.</summary>
    public bool HeleGemeente => Werkgebieden.Count == 0;

    public bool Bedient(string wijkSlug) => HeleGemeente || Werkgebieden.Any(w => w.WijkSlug == wijkSlug);

    /// <summary>The walk-in hours in this wijk; null: by appointment.</summary>
    public string? InloopIn(string wijkSlug) => Werkgebieden.FirstOrDefault(w => w.WijkSlug == wijkSlug)?.Inloop;
}

/// <summary>Where residents of one wijk can walk in, call or mail the wijkteam.</summary>
public sealed record Contactpunt(
    string Naam,
    string? Plek,
    string? Adres,
    string? Inloop,
    string? Telefoon,
    string? Email,
    string? Omschrijving);

/// <summary>Everyone who helps in one wijk: its wijkteam contact points and the cliëntondersteuners serving it, those for
/// this wijk first, then those for the whole municipality.</summary>
public sealed record WijkHulp(
    string WijkSlug,
    string WijkNaam,
    IReadOnlyList<Contactpunt> Contactpunten,
    IReadOnlyList<ClientondersteunerKaart> Clientondersteuners);

public sealed record ClientondersteuningOverzicht(
    IReadOnlyList<ClientondersteunerKaart> Alle,
    IReadOnlyList<WijkHulp> Wijken)
{
    public IReadOnlyList<ClientondersteunerKaart> HeleGemeente => Alle.Where(c => c.HeleGemeente).ToList();
}

/// <summary>The editable words of the page, kept as the uSync page <c>clientondersteuning</c> so redactie can change them.</summary>
public sealed record ClientondersteuningTekst(string Titel, string? Samenvatting, string? EenvoudigeSamenvatting, string Inhoud);

public enum WieHelptMijUitkomst
{
    /// <summary>The postcode lies in a wijk with a wijkteam.</summary>
    Gevonden,

    /// <summary>A real postcode, but outside every wijk on this site.</summary>
    GeenWijk,

    /// <summary>Not a Dutch postcode.</summary>
    Ongeldig,

    /// <summary>Nothing was filled in.</summary>
    Leeg,
}

/// <summary>The answer to "wie helpt mij?". Every outcome carries the municipality-wide cliëntondersteuners, so a
/// resident never leaves without someone to call.</summary>
public sealed record WieHelptMijAntwoord(
    WieHelptMijUitkomst Uitkomst,
    string? Postcode,
    WijkHulp? Wijk,
    IReadOnlyList<ClientondersteunerKaart> HeleGemeente);

public sealed class ClientondersteuningQueries(WijkDbContext db, TimeProvider clock)
{
    public const string PaginaSlug = "clientondersteuning";

    public Task<ClientondersteuningTekst?> TekstAsync(CancellationToken cancellationToken) =>
        db.Paginas.AsNoTracking()
            .Where(Pagina.Zichtbaar(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Slug == PaginaSlug && p.Soort == PaginaSoort.Pagina)
            .Select(p => new ClientondersteuningTekst(p.Titel, p.Samenvatting, p.EenvoudigeSamenvatting, p.Inhoud))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Everyone who offers cliëntondersteuning, with the wijken they serve.</summary>
    public async Task<IReadOnlyList<ClientondersteunerKaart>> AlleAsync(CancellationToken cancellationToken)
    {
        var wijken = await db.Wijken.AsNoTracking()
            .Select(w => new { w.Id, w.Slug, w.Naam, w.Volgorde })
            .ToDictionaryAsync(w => w.Id, cancellationToken);

        // A few rows with their wijken as JSON; reading them whole keeps the JSON out of the SQL on both engines.
        var rijen = await db.Clientondersteuners.AsNoTracking()
            .OrderBy(c => c.Volgorde).ThenBy(c => c.Naam)
            .ToListAsync(cancellationToken);
        return rijen.Select(c => new ClientondersteunerKaart(c.Slug, c.Naam, c.Organisatie, c.Omschrijving, c.Telefoon, c.Email,
                c.Website, c.Talen, c.Toegankelijkheid,
                c.Werkgebieden.Where(w => wijken.ContainsKey(w.WijkId))
                    .Select(w => (Wijk: wijken[w.WijkId], w.Inloop))
                    .OrderBy(w => w.Wijk.Volgorde).ThenBy(w => w.Wijk.Naam)
                    .Select(w => new WerkgebiedKaart(w.Wijk.Slug, w.Wijk.Naam, w.Inloop))
                    .ToList()))
            .ToList();
    }

    /// <summary>The directory, and per active wijk its contact points and cliëntondersteuners.</summary>
    public async Task<ClientondersteuningOverzicht> OverzichtAsync(CancellationToken cancellationToken)
    {
        var alle = await AlleAsync(cancellationToken);
        var wijken = await db.Wijken.AsNoTracking()
            .Where(w => w.Actief)
            .OrderBy(w => w.Volgorde).ThenBy(w => w.Naam)
            .Select(w => new { w.Id, w.Slug, w.Naam })
            .ToListAsync(cancellationToken);
        var punten = await ContactpuntenAsync(null, cancellationToken);
        return new ClientondersteuningOverzicht(alle, wijken
            .Select(w => Hulp(w.Slug, w.Naam, punten.Where(p => p.WijkId == w.Id).Select(p => p.Punt).ToList(), alle))
            .Where(h => h.Contactpunten.Count > 0 || h.Clientondersteuners.Any(c => !c.HeleGemeente))
            .ToList());
    }

    /// <summary>The help for one wijk by its slug; null for an unknown or inactive wijk.</summary>
    public async Task<WijkHulp?> VoorWijkAsync(string wijkSlug, CancellationToken cancellationToken)
    {
        var wijk = await db.Wijken.AsNoTracking()
            .Where(w => w.Actief && w.Slug == wijkSlug)
            .Select(w => new { w.Id, w.Slug, w.Naam })
            .SingleOrDefaultAsync(cancellationToken);
        return wijk is null ? null : await HulpAsync(wijk.Id, wijk.Slug, wijk.Naam, cancellationToken);
    }

    /// <summary>"Wie helpt mij?": postcode → wijk (<see cref="PostcodeRouting"/>, the same table that routes initiatief
    /// requests) → the contact points and cliëntondersteuners of that wijk. Any input gives an answer, never an error.</summary>
    public async Task<WieHelptMijAntwoord> WieHelptMijAsync(string? postcode, CancellationToken cancellationToken)
    {
        var alle = await AlleAsync(cancellationToken);
        var heleGemeente = alle.Where(c => c.HeleGemeente).ToList();
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return new(WieHelptMijUitkomst.Leeg, null, null, heleGemeente);
        }

        if (PostcodeRouting.Normaliseer(postcode) is not { } pc)
        {
            return new(WieHelptMijUitkomst.Ongeldig, null, null, heleGemeente);
        }

        var netjes = $"{pc[..4]} {pc[4..]}";
        if (await PostcodeRouting.WijkVoorAsync(db, pc, cancellationToken) is not { } wijkId)
        {
            return new(WieHelptMijUitkomst.GeenWijk, netjes, null, heleGemeente);
        }

        var wijk = await db.Wijken.AsNoTracking().Where(w => w.Id == wijkId).Select(w => new { w.Slug, w.Naam })
            .SingleAsync(cancellationToken);
        var punten = await ContactpuntenAsync(wijkId, cancellationToken);
        return new(WieHelptMijUitkomst.Gevonden, netjes, Hulp(wijk.Slug, wijk.Naam, punten.Select(p => p.Punt).ToList(), alle),
            heleGemeente);
    }

    private async Task<WijkHulp> HulpAsync(int wijkId, string slug, string naam, CancellationToken cancellationToken)
    {
        var alle = await AlleAsync(cancellationToken);
        var punten = await ContactpuntenAsync(wijkId, cancellationToken);
        return Hulp(slug, naam, punten.Select(p => p.Punt).ToList(), alle);
    }

    private static WijkHulp Hulp(string slug, string naam, IReadOnlyList<Contactpunt> punten, IReadOnlyList<ClientondersteunerKaart> alle) =>
        new(slug, naam, punten, alle.Where(c => c.Bedient(slug)).OrderBy(c => c.HeleGemeente).ToList());

    private async Task<List<(int WijkId, Contactpunt Punt)>> ContactpuntenAsync(int? wijkId, CancellationToken cancellationToken)
    {
        var teams = await db.Wijkteams.AsNoTracking()
            .Where(t => wijkId == null || t.WijkId == wijkId)
            .OrderBy(t => t.Naam)
            .Select(t => new
            {
                t.WijkId,
                t.Naam,
                Plek = t.Locatie!.Naam,
                t.Locatie.Straat,
                t.Locatie.Postcode,
                t.Locatie.Plaats,
                t.Inloop,
                t.Telefoon,
                t.Email,
                t.Omschrijving,
            })
            .ToListAsync(cancellationToken);
        return teams.Select(t => (t.WijkId, new Contactpunt(t.Naam, t.Plek, Adres(t.Straat, t.Postcode, t.Plaats), t.Inloop, t.Telefoon,
                t.Email, t.Omschrijving)))
            .ToList();
    }

    private static string? Adres(string? straat, string? postcode, string? plaats) =>
        straat is null ? null : string.Join(", ", new[] { straat, string.Join(' ', new[] { postcode, plaats }.Where(s => !string.IsNullOrWhiteSpace(s))) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}

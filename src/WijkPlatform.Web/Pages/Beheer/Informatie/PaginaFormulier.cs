using System.ComponentModel.DataAnnotations;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Beheer.Informatie;

/// <summary>The page and news form as posted. Checks that need the database or the rules of a page are in
/// <see cref="PaginaBeheer"/>; this only carries the values back and forth.</summary>
public sealed class PaginaFormulier
{
    [Display(Name = "Titel")]
    public string? Titel { get; set; }

    [Display(Name = "Adres op de website")]
    public string? Slug { get; set; }

    [Display(Name = "Samenvatting (één of twee zinnen)")]
    public string? Samenvatting { get; set; }

    [Display(Name = "In het kort, in gewone taal")]
    public string? EenvoudigeSamenvatting { get; set; }

    [Display(Name = "Tekst")]
    public string? Inhoud { get; set; }

    [Display(Name = "Wijk")]
    public int? WijkId { get; set; }

    /// <summary>The version the editor started from; a save on an older one is refused.</summary>
    public int Versie { get; set; }

    [Display(Name = "Datum")]
    public DateOnly? Datum { get; set; }

    [Display(Name = "Tijd")]
    public TimeOnly? Tijd { get; set; }

    public PaginaInvoer NaarInvoer() => new(Titel ?? "", Slug ?? "", Samenvatting, EenvoudigeSamenvatting, Inhoud ?? "", WijkId);

    /// <summary>The moment to publish, read as a wall-clock time in Amsterdam.</summary>
    public DateTime? VanafUtc => Datum is { } d && Tijd is { } t ? Herhaling.NaarUtc(d.ToDateTime(t)) : null;

    public static PaginaFormulier Uit(PaginaDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var vanaf = detail.Status == PaginaStatus.Gepland && detail.PublicerenVanafUtc is { } v ? Herhaling.NaarLokaal(v) : (DateTime?)null;
        return new PaginaFormulier
        {
            Titel = detail.Invoer.Titel,
            Slug = detail.Invoer.Slug,
            Samenvatting = detail.Invoer.Samenvatting,
            EenvoudigeSamenvatting = detail.Invoer.EenvoudigeSamenvatting,
            Inhoud = detail.Invoer.Inhoud,
            WijkId = detail.Invoer.WijkId,
            Versie = detail.Versie,
            Datum = vanaf is { } l ? DateOnly.FromDateTime(l) : null,
            Tijd = vanaf is { } m ? TimeOnly.FromDateTime(m) : null,
        };
    }

    /// <summary>What the public page would show with these values: the preview renders this with the public partial.</summary>
    public PaginaWeergave NaarWeergave(PaginaSoort soort, DateTime nuUtc, string? wijk) => new(
        Slug ?? "", string.IsNullOrWhiteSpace(Titel) ? "(nog zonder titel)" : Titel.Trim(), Leeg(Samenvatting), Inhoud ?? "",
        Leeg(EenvoudigeSamenvatting), soort, VanafUtc ?? nuUtc, wijk);

    /// <summary>The title is the page's first heading, so it counts as a sentence of its own.</summary>
    public TaaltoetsUitslag Taaltoets() =>
        Core.Informatie.Taaltoets.Controleer("# " + Titel, Samenvatting, EenvoudigeSamenvatting, Inhoud);

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}

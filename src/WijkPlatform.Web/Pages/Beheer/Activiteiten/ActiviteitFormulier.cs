using System.ComponentModel.DataAnnotations;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Web.Pages.Beheer.Activiteiten;

/// <summary>The activity form as a volunteer fills it in: a date and times instead of a start and a duration, a choice
/// of repeat instead of a rule, euros instead of cents.</summary>
public sealed class ActiviteitFormulier
{
    [Required(ErrorMessage = "Vul een titel in.")]
    [StringLength(200, ErrorMessage = "Maak de titel korter: hoogstens 200 tekens.")]
    [Display(Name = "Titel")]
    public string Titel { get; set; } = "";

    [StringLength(300, ErrorMessage = "Maak de korte omschrijving korter: hoogstens 300 tekens.")]
    [Display(Name = "Korte omschrijving (één of twee zinnen)")]
    public string? Samenvatting { get; set; }

    [StringLength(20000, ErrorMessage = "Maak de omschrijving korter: hoogstens 20.000 tekens.")]
    [Display(Name = "Wat gaan jullie doen?")]
    public string? Omschrijving { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Kies jullie collectief.")]
    [Display(Name = "Collectief")]
    public int OrganisatieId { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Kies wat voor activiteit het is.")]
    [Display(Name = "Soort activiteit")]
    public int CategorieId { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Kies de wijk.")]
    [Display(Name = "Wijk")]
    public int WijkId { get; set; }

    [Display(Name = "Plek")]
    public int? LocatieId { get; set; }

    [StringLength(400, ErrorMessage = "Deze link is te lang.")]
    [Display(Name = "Link om online mee te doen (als dat kan)")]
    public string? OnlineLink { get; set; }

    [Display(Name = "Voor wie")]
    public Doelgroep Doelgroep { get; set; }

    [Required(ErrorMessage = "Vul de datum in, zoals 15-12-2026.")]
    [Display(Name = "Datum (de eerste keer)")]
    public DateOnly? Datum { get; set; }

    [Display(Name = "Begintijd")]
    public TimeOnly? Van { get; set; }

    [Display(Name = "Eindtijd")]
    public TimeOnly? Tot { get; set; }

    [Display(Name = "Hoe vaak?")]
    public HerhaalSoort Herhaling { get; set; }

    [Display(Name = "Tot en met (leeg: geen einddatum)")]
    public DateOnly? TotEnMet { get; set; }

    /// <summary>A rule set elsewhere (uSync, an imported calendar) that the choices cannot show; kept unless changed.</summary>
    [StringLength(500)]
    public string? EigenRegel { get; set; }

    public List<OpenDag> Open { get; set; } = [];

    [Range(0, 1000, ErrorMessage = "Vul een bedrag in tussen 0 en 1000 euro.")]
    [Display(Name = "Kosten per persoon in euro (0 is gratis)")]
    public decimal? Kosten { get; set; }

    [Display(Name = "Mensen moeten zich aanmelden")]
    public bool AanmeldenNodig { get; set; }

    [Range(1, 10000, ErrorMessage = "Vul een aantal plaatsen in tussen 1 en 10.000, of laat het leeg.")]
    [Display(Name = "Aantal plaatsen (leeg: geen grens)")]
    public int? Capaciteit { get; set; }

    [Range(1, 20, ErrorMessage = "Vul een aantal in tussen 1 en 20.")]
    [Display(Name = "Hoeveel personen mag iemand meenemen, zichzelf meegeteld?")]
    public int MaxPersonen { get; set; } = 4;

    [StringLength(300, ErrorMessage = "Maak dit korter: hoogstens 300 tekens.")]
    [Display(Name = "Contact voor vragen (naam, telefoon of e-mail)")]
    public string? Contact { get; set; }

    [Display(Name = "Rolstoeltoegankelijk")]
    public bool Rolstoeltoegankelijk { get; set; }

    [Display(Name = "Ringleiding voor mensen met een gehoorapparaat")]
    public bool Ringleiding { get; set; }

    [Display(Name = "Prikkelarm: rustig, weinig geluid en licht")]
    public bool Prikkelarm { get; set; }

    /// <summary>The photo already stored (on an earlier try or before), so a form shown again keeps it.</summary>
    [StringLength(300)]
    public string? AfbeeldingPad { get; set; }

    [StringLength(300, ErrorMessage = "Maak de beschrijving van de foto korter: hoogstens 300 tekens.")]
    [Display(Name = "Wat staat er op de foto?")]
    public string? AfbeeldingAlt { get; set; }

    [Display(Name = "Foto weghalen")]
    public bool FotoWeg { get; set; }

    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public sealed class OpenDag
    {
        public DayOfWeek Dag { get; set; }
        public TimeOnly? Van { get; set; }
        public TimeOnly? Tot { get; set; }
    }

    public void VulDagen()
    {
        Open = Week.Select(d => Open.FirstOrDefault(o => o.Dag == d) ?? new OpenDag { Dag = d }).ToList();
    }

    public static ActiviteitFormulier Uit(ActiviteitInvoer i)
    {
        ArgumentNullException.ThrowIfNull(i);
        var (soort, totEnMet) = HerhalingKeuze.Lees(i.Herhaling);
        var f = new ActiviteitFormulier
        {
            Titel = i.Titel,
            Samenvatting = i.Samenvatting,
            Omschrijving = i.Omschrijving,
            OrganisatieId = i.OrganisatieId,
            CategorieId = i.CategorieId,
            WijkId = i.WijkId,
            LocatieId = i.LocatieId,
            OnlineLink = i.OnlineLink,
            Doelgroep = i.Doelgroep,
            Datum = DateOnly.FromDateTime(i.StartLokaal),
            Van = TimeOnly.FromDateTime(i.StartLokaal),
            Tot = TimeOnly.FromDateTime(i.StartLokaal.AddMinutes(i.DuurMinuten)),
            Herhaling = soort,
            TotEnMet = totEnMet,
            EigenRegel = soort == HerhaalSoort.Eigen ? i.Herhaling : null,
            Open = i.Openingstijden.Select(o => new OpenDag { Dag = o.Dag, Van = o.Van, Tot = o.Tot }).ToList(),
            Kosten = i.KostenInCenten / 100m,
            AanmeldenNodig = i.AanmeldenNodig,
            Capaciteit = i.Capaciteit,
            MaxPersonen = i.MaxPersonen,
            Contact = i.Contact,
            Rolstoeltoegankelijk = i.Rolstoeltoegankelijk,
            Ringleiding = i.Ringleiding,
            Prikkelarm = i.Prikkelarm,
            AfbeeldingPad = i.Afbeelding,
            AfbeeldingAlt = i.AfbeeldingAlt,
        };
        f.VulDagen();
        return f;
    }

    public bool HeeftOpeningstijden => Open.Any(o => o.Van is not null || o.Tot is not null);

    public ActiviteitInvoer NaarInvoer()
    {
        var open = Open.Where(o => o.Van is not null && o.Tot is not null)
            .Select(o => new Openingstijd { Dag = o.Dag, Van = o.Van!.Value, Tot = o.Tot!.Value }).ToList();
        var van = open.Count > 0 ? open.Min(o => o.Van) : Van!.Value;
        var duur = open.Count > 0 ? 0 : (int)(Tot!.Value - Van!.Value).TotalMinutes;
        return new ActiviteitInvoer
        {
            Titel = Titel,
            Samenvatting = Samenvatting,
            Omschrijving = Omschrijving,
            OrganisatieId = OrganisatieId,
            CategorieId = CategorieId,
            WijkId = WijkId,
            LocatieId = LocatieId,
            OnlineLink = OnlineLink,
            Doelgroep = Doelgroep,
            StartLokaal = Datum!.Value.ToDateTime(van),
            DuurMinuten = Math.Max(duur, open.Count > 0 ? 60 : 1),
            Herhaling = open.Count > 0 ? null : HerhalingKeuze.Maak(Herhaling, Datum.Value, TotEnMet, EigenRegel),
            Openingstijden = open,
            KostenInCenten = (int)Math.Round((Kosten ?? 0) * 100m),
            AanmeldenNodig = AanmeldenNodig,
            Capaciteit = Capaciteit,
            MaxPersonen = MaxPersonen,
            Contact = Contact,
            Rolstoeltoegankelijk = Rolstoeltoegankelijk,
            Ringleiding = Ringleiding,
            Prikkelarm = Prikkelarm,
            Afbeelding = FotoWeg ? null : AfbeeldingPad,
            AfbeeldingAlt = FotoWeg ? null : AfbeeldingAlt,
        };
    }
}

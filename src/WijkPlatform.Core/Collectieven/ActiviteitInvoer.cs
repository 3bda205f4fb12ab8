using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Core.Collectieven;

/// <summary>What an organiser fills in for an activity in the back office. The Web form checks the fields a person can
/// correct; <see cref="ActiviteitBeheer"/> checks what only the server knows (membership, references, the rule).</summary>
public sealed class ActiviteitInvoer
{
    public string Titel { get; set; } = "";
    public string? Samenvatting { get; set; }
    public string? Omschrijving { get; set; }
    public int OrganisatieId { get; set; }
    public int CategorieId { get; set; }
    public int WijkId { get; set; }
    public int? LocatieId { get; set; }
    public string? OnlineLink { get; set; }
    public Doelgroep Doelgroep { get; set; }
    public DateTime StartLokaal { get; set; }
    public int DuurMinuten { get; set; }
    public string? Herhaling { get; set; }
    public List<Openingstijd> Openingstijden { get; set; } = [];
    public int KostenInCenten { get; set; }
    public bool AanmeldenNodig { get; set; }
    public int? Capaciteit { get; set; }
    public int MaxPersonen { get; set; } = 4;
    public string? Contact { get; set; }
    public bool Rolstoeltoegankelijk { get; set; }
    public bool Ringleiding { get; set; }
    public bool Prikkelarm { get; set; }
    public string? Afbeelding { get; set; }
    public string? AfbeeldingAlt { get; set; }

    public static ActiviteitInvoer Van(Activiteit a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ActiviteitInvoer
        {
            Titel = a.Titel,
            Samenvatting = a.Samenvatting,
            Omschrijving = a.Omschrijving,
            OrganisatieId = a.OrganisatieId ?? 0,
            CategorieId = a.CategorieId,
            WijkId = a.WijkId,
            LocatieId = a.LocatieId,
            OnlineLink = a.OnlineLink,
            Doelgroep = a.Doelgroep,
            StartLokaal = a.StartLokaal,
            DuurMinuten = a.DuurMinuten,
            Herhaling = a.Herhaling,
            Openingstijden = a.Openingstijden.Select(o => new Openingstijd { Dag = o.Dag, Van = o.Van, Tot = o.Tot }).ToList(),
            KostenInCenten = a.KostenInCenten,
            AanmeldenNodig = a.AanmeldenNodig,
            Capaciteit = a.Capaciteit,
            MaxPersonen = a.MaxPersonenPerAanmelding,
            Contact = a.Contact,
            Rolstoeltoegankelijk = a.Rolstoeltoegankelijk,
            Ringleiding = a.Ringleiding,
            Prikkelarm = a.Prikkelarm,
            Afbeelding = a.Afbeelding,
            AfbeeldingAlt = a.AfbeeldingAlt,
        };
    }

    internal void Naar(Activiteit a)
    {
        a.Titel = Titel.Trim();
        a.Samenvatting = Leeg(Samenvatting);
        a.Omschrijving = Leeg(Omschrijving);
        a.OrganisatieId = OrganisatieId;
        a.CategorieId = CategorieId;
        a.WijkId = WijkId;
        a.LocatieId = LocatieId;
        a.OnlineLink = Leeg(OnlineLink);
        a.Doelgroep = Doelgroep;
        a.StartLokaal = StartLokaal;
        a.DuurMinuten = DuurMinuten;
        a.Herhaling = Openingstijden.Count > 0 ? null : Agenda.Herhaling.Controleer(Herhaling);
        a.Openingstijden = Openingstijden.Select(o => new Openingstijd { Dag = o.Dag, Van = o.Van, Tot = o.Tot }).ToList();
        a.KostenInCenten = KostenInCenten;
        a.AanmeldenNodig = AanmeldenNodig;
        a.Capaciteit = AanmeldenNodig ? Capaciteit : null;
        a.MaxPersonenPerAanmelding = MaxPersonen;
        a.Contact = Leeg(Contact);
        a.Rolstoeltoegankelijk = Rolstoeltoegankelijk;
        a.Ringleiding = Ringleiding;
        a.Prikkelarm = Prikkelarm;
        a.Afbeelding = Leeg(Afbeelding);
        a.AfbeeldingAlt = a.Afbeelding is null ? null : Leeg(AfbeeldingAlt);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}

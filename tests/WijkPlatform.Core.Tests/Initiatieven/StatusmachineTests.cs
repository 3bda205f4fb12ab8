using System.Reflection;
using WijkPlatform.Core.Initiatieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Initiatieven;

public sealed class StatusmachineTests
{
    private static readonly DateTime Nu = new(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Termijn = TimeSpan.FromDays(42);
    private static readonly DateTime Eerder = Nu.AddDays(-20);

    /// <summary>The table as the issue describes it, written out apart from the code, so a step added to (or dropped
    /// from) <see cref="Statusmachine"/> by accident makes a test fail.</summary>
    private static readonly (InitiatiefStatus Van, InitiatiefStatus Naar, Actor[] Actoren)[] Toegestaan =
    [
        (InitiatiefStatus.Concept, InitiatiefStatus.Ingediend, [Actor.Aanvrager]),
        (InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling, [Actor.Wijkteam]),
        (InitiatiefStatus.Ingediend, InitiatiefStatus.VraagAanAanvrager, [Actor.Wijkteam]),
        (InitiatiefStatus.Ingediend, InitiatiefStatus.Afgesloten, [Actor.Aanvrager]),
        (InitiatiefStatus.InBehandeling, InitiatiefStatus.VraagAanAanvrager, [Actor.Wijkteam]),
        (InitiatiefStatus.InBehandeling, InitiatiefStatus.BesluitVoorgelegd, [Actor.Wijkteam]),
        (InitiatiefStatus.InBehandeling, InitiatiefStatus.Toegekend, [Actor.Wijkteam]),
        (InitiatiefStatus.InBehandeling, InitiatiefStatus.DeelsToegekend, [Actor.Wijkteam]),
        (InitiatiefStatus.InBehandeling, InitiatiefStatus.Afgewezen, [Actor.Wijkteam]),
        (InitiatiefStatus.InBehandeling, InitiatiefStatus.Afgesloten, [Actor.Aanvrager]),
        (InitiatiefStatus.VraagAanAanvrager, InitiatiefStatus.InBehandeling, [Actor.Aanvrager, Actor.Wijkteam]),
        (InitiatiefStatus.VraagAanAanvrager, InitiatiefStatus.Afgesloten, [Actor.Aanvrager]),
        (InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.InBehandeling, [Actor.Wijkteam]),
        (InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.Toegekend, [Actor.Wijkteam]),
        (InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.DeelsToegekend, [Actor.Wijkteam]),
        (InitiatiefStatus.BesluitVoorgelegd, InitiatiefStatus.Afgewezen, [Actor.Wijkteam]),
        (InitiatiefStatus.Toegekend, InitiatiefStatus.Uitbetaald, [Actor.Wijkteam]),
        (InitiatiefStatus.DeelsToegekend, InitiatiefStatus.Uitbetaald, [Actor.Wijkteam]),
        (InitiatiefStatus.Afgewezen, InitiatiefStatus.Afgesloten, [Actor.Wijkteam, Actor.Systeem]),
        (InitiatiefStatus.Uitbetaald, InitiatiefStatus.Verantwoord, [Actor.Aanvrager]),
        (InitiatiefStatus.Verantwoord, InitiatiefStatus.Uitbetaald, [Actor.Wijkteam]),
        (InitiatiefStatus.Verantwoord, InitiatiefStatus.Afgesloten, [Actor.Wijkteam]),
    ];

    private static bool IsToegestaan(InitiatiefStatus van, InitiatiefStatus naar, Actor actor) =>
        Toegestaan.Any(s => s.Van == van && s.Naar == naar && s.Actoren.Contains(actor));

    public static TheoryData<InitiatiefStatus, InitiatiefStatus, Actor> Geldig()
    {
        var data = new TheoryData<InitiatiefStatus, InitiatiefStatus, Actor>();
        foreach (var (van, naar, actoren) in Toegestaan)
        {
            foreach (var actor in actoren)
            {
                data.Add(van, naar, actor);
            }
        }

        return data;
    }

    public static TheoryData<InitiatiefStatus, InitiatiefStatus, Actor> Ongeldig()
    {
        var data = new TheoryData<InitiatiefStatus, InitiatiefStatus, Actor>();
        foreach (var van in Enum.GetValues<InitiatiefStatus>())
        {
            foreach (var naar in Enum.GetValues<InitiatiefStatus>())
            {
                foreach (var actor in Enum.GetValues<Actor>())
                {
                    if (!IsToegestaan(van, naar, actor))
                    {
                        data.Add(van, naar, actor);
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<InitiatiefStatus, Actor> ElkeStatusEnActor()
    {
        var data = new TheoryData<InitiatiefStatus, Actor>();
        foreach (var status in Enum.GetValues<InitiatiefStatus>())
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                data.Add(status, actor);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Geldig))]
    public void Zet_ToegestaneStap_ZetStatusDatumEnTijdlijn(InitiatiefStatus van, InitiatiefStatus naar, Actor actor)
    {
        var initiatief = Aanvraag(van);

        var regel = Statusmachine.Zet(initiatief, naar, actor, 7, "Wijkteam Ruwaard", "toelichting", Nu, Termijn);

        Assert.True(Statusmachine.Mag(van, naar, actor));
        Assert.Equal(naar, initiatief.Status);
        Assert.Same(regel, Assert.Single(initiatief.Gebeurtenissen));
        Assert.Equal((GebeurtenisSoort.Status, van, naar, Nu, 7, "toelichting"), (regel.Soort, regel.Van, regel.Naar, regel.TijdUtc, regel.DoorId, regel.Tekst));
        switch (naar)
        {
            case InitiatiefStatus.Ingediend:
                Assert.Equal(Nu, initiatief.IngediendUtc);
                Assert.Equal(Nu + Termijn, initiatief.BeslistermijnUtc);
                Assert.Equal(2026, initiatief.Jaar);
                break;
            case InitiatiefStatus.VraagAanAanvrager:
                Assert.Equal(Nu, initiatief.VraagGesteldUtc);
                break;
            case InitiatiefStatus.Toegekend or InitiatiefStatus.DeelsToegekend or InitiatiefStatus.Afgewezen:
                Assert.Equal(Nu, initiatief.BesluitUtc);
                break;
            case InitiatiefStatus.Uitbetaald when van == InitiatiefStatus.Verantwoord:
                Assert.Equal(Eerder, initiatief.UitbetaaldUtc);
                break;
            case InitiatiefStatus.Uitbetaald:
                Assert.Equal(Nu, initiatief.UitbetaaldUtc);
                break;
            case InitiatiefStatus.Verantwoord:
                Assert.Equal(Nu, initiatief.VerantwoordUtc);
                break;
            case InitiatiefStatus.Afgesloten:
                Assert.Equal(Nu, initiatief.AfgeslotenUtc);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Ongeldig))]
    public void Zet_StapBuitenDeTabel_GooitEnLaatDeAanvraagOngemoeid(InitiatiefStatus van, InitiatiefStatus naar, Actor actor)
    {
        var initiatief = Aanvraag(van);
        var voor = Momentopname(initiatief);

        var fout = Assert.Throws<OngeldigeStapException>(() =>
            Statusmachine.Zet(initiatief, naar, actor, 7, "iemand", "tekst", Nu, Termijn));

        Assert.False(Statusmachine.Mag(van, naar, actor));
        Assert.Equal((van, naar), (fout.Van, fout.Naar));
        Assert.Contains("kan niet naar", fout.Message, StringComparison.Ordinal);
        Assert.Equal(voor, Momentopname(initiatief));
        Assert.Empty(initiatief.Gebeurtenissen);
    }

    [Fact]
    public void Matrix_DektElkeCombinatie()
    {
        var aantal = Enum.GetValues<InitiatiefStatus>().Length * Enum.GetValues<InitiatiefStatus>().Length * Enum.GetValues<Actor>().Length;

        Assert.Equal(aantal, Geldig().Count + Ongeldig().Count);
    }

    [Theory]
    [MemberData(nameof(ElkeStatusEnActor))]
    public void Volgende_GeeftPreciesDeToegestaneStappen(InitiatiefStatus van, Actor actor)
    {
        var verwacht = Enum.GetValues<InitiatiefStatus>().Where(naar => IsToegestaan(van, naar, actor)).Order();

        Assert.Equal(verwacht, Statusmachine.Volgende(van, actor));
    }

    [Fact]
    public void Zet_AntwoordOpVraag_SchuiftBeslistermijnOpMetDeWachttijd()
    {
        var initiatief = Aanvraag(InitiatiefStatus.Concept);
        Statusmachine.Zet(initiatief, InitiatiefStatus.Ingediend, Actor.Aanvrager, null, "de aanvrager", null, Nu, Termijn);
        Statusmachine.Zet(initiatief, InitiatiefStatus.InBehandeling, Actor.Wijkteam, 7, "Wijkteam", null, Nu.AddDays(3), Termijn);
        Statusmachine.Zet(initiatief, InitiatiefStatus.VraagAanAanvrager, Actor.Wijkteam, 7, "Wijkteam", null, Nu.AddDays(5), Termijn);
        initiatief.HerinneringUtc = Nu.AddDays(35);

        Statusmachine.Zet(initiatief, InitiatiefStatus.InBehandeling, Actor.Aanvrager, null, "de aanvrager", null,
            Nu.AddDays(5).AddHours(100), Termijn);

        Assert.Equal(Nu + Termijn + TimeSpan.FromHours(100), initiatief.BeslistermijnUtc);
        Assert.Null(initiatief.VraagGesteldUtc);
        Assert.Null(initiatief.HerinneringUtc);
    }

    [Fact]
    public void Zet_VraagTerugGenomenDoorWijkteam_SchuiftTermijnOokOp()
    {
        var initiatief = Aanvraag(InitiatiefStatus.Concept);
        Statusmachine.Zet(initiatief, InitiatiefStatus.Ingediend, Actor.Aanvrager, null, "de aanvrager", null, Nu, Termijn);
        Statusmachine.Zet(initiatief, InitiatiefStatus.VraagAanAanvrager, Actor.Wijkteam, 7, "Wijkteam", null, Nu.AddDays(1), Termijn);

        Statusmachine.Zet(initiatief, InitiatiefStatus.InBehandeling, Actor.Wijkteam, 7, "Wijkteam", null, Nu.AddDays(11), Termijn);

        Assert.Equal(Nu + Termijn + TimeSpan.FromDays(10), initiatief.BeslistermijnUtc);
    }

    [Fact]
    public void Zet_IngediendOpOudjaarsavondLaatInUtc_TeltVoorHetNieuweJaarInOss()
    {
        var initiatief = Aanvraag(InitiatiefStatus.Concept);

        Statusmachine.Zet(initiatief, InitiatiefStatus.Ingediend, Actor.Aanvrager, null, "de aanvrager", null,
            new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc), Termijn);

        Assert.Equal(2027, initiatief.Jaar);
    }

    [Fact]
    public void VoorAanvrager_BesluitVoorgelegd_VerbergtDeTweedeBeoordelaar()
    {
        var tekst = Statusmachine.VoorAanvrager(InitiatiefStatus.BesluitVoorgelegd);

        Assert.Equal("in behandeling", tekst);
        Assert.NotEqual(Statusmachine.Naam(InitiatiefStatus.BesluitVoorgelegd), tekst);
    }

    [Fact]
    public void VoorAanvrager_AndereStatussen_GelijkAanNaamEnNederlands()
    {
        foreach (var status in Enum.GetValues<InitiatiefStatus>().Where(s => s != InitiatiefStatus.BesluitVoorgelegd))
        {
            Assert.Equal(Statusmachine.Naam(status), Statusmachine.VoorAanvrager(status));
            Assert.NotEqual(status.ToString(), Statusmachine.Naam(status));
        }
    }

    /// <summary>A request that already went through the steps before <paramref name="status"/>, with its dates set to
    /// <see cref="Eerder"/>, so a test can tell a date that was stamped now from one that stayed.</summary>
    private static Initiatief Aanvraag(InitiatiefStatus status) => new()
    {
        Id = 42,
        WijkId = 1,
        SleutelHash = new byte[32],
        Status = status,
        Email = "aanvrager@example.nl",
        AangemaaktUtc = Eerder.AddDays(-1),
        IngediendUtc = status == InitiatiefStatus.Concept ? null : Eerder,
        Jaar = status == InitiatiefStatus.Concept ? null : 2026,
        BeslistermijnUtc = status == InitiatiefStatus.Concept ? null : Eerder + Termijn,
        VraagGesteldUtc = status == InitiatiefStatus.VraagAanAanvrager ? Eerder : null,
        UitbetaaldUtc = status is InitiatiefStatus.Uitbetaald or InitiatiefStatus.Verantwoord ? Eerder : null,
        VerantwoordUtc = status == InitiatiefStatus.Verantwoord ? Eerder : null,
    };

    private static string Momentopname(Initiatief initiatief) =>
        string.Join("|", typeof(Initiatief).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string)
                || Nullable.GetUnderlyingType(p.PropertyType) is not null)
            .Select(p => $"{p.Name}={p.GetValue(initiatief)}"));
}

using WijkPlatform.Core.Initiatieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Initiatieven;

public sealed class AanvraagInvoerTests
{
    private const long Maximum = 2500_00;

    [Theory]
    [InlineData("12,50", 1250)]
    [InlineData("12,5", 1250)]
    [InlineData("12.50", 1250)]
    [InlineData("1250", 125000)]
    [InlineData("1.250", 125000)]
    [InlineData("1.250,75", 125075)]
    [InlineData("€ 25,-", 2500)]
    [InlineData(" 0 ", 0)]
    [InlineData("-3", -300)]
    public void LeesBedrag_NederlandseSchrijfwijze_GeeftCenten(string tekst, long centen)
    {
        Assert.Equal(centen, AanvraagInvoer.LeesBedrag(tekst));
    }

    [Theory]
    [InlineData("")]
    [InlineData("twaalf")]
    [InlineData("12,505")]
    [InlineData("12,5x")]
    [InlineData("1,250,00")]
    [InlineData("12.5.0")]
    public void LeesBedrag_GeenBedrag_GeeftNull(string tekst)
    {
        Assert.Null(AanvraagInvoer.LeesBedrag(tekst));
    }

    [Fact]
    public void Controleer_ContactFout_GeeftMeldingPerVeld()
    {
        var invoer = new AanvraagInvoer { Naam = " ", Email = "fatima@", Telefoon = "bel me", Postcode = "53 44VA", Huisnummer = "" };

        var fouten = invoer.Controleer(AanvraagInvoer.StapContact, Maximum);

        Assert.Equal(["Naam", "Email", "Telefoon", "Postcode", "Huisnummer"], fouten.Select(f => f.Veld));
        Assert.Equal("Vul een postcode in zoals 5344 VA.", fouten.Single(f => f.Veld == "Postcode").Melding);
    }

    [Fact]
    public void ZetOp_Contact_NormaliseertPostcodeEnEmail()
    {
        var invoer = new AanvraagInvoer { Naam = " Fatima ", Email = "Fatima@Example.nl", Postcode = "5344 va", Huisnummer = "12a" };
        var initiatief = new Initiatief { SleutelHash = new byte[32] };

        Assert.Empty(invoer.Controleer(AanvraagInvoer.StapContact, Maximum));
        invoer.ZetOp(initiatief, AanvraagInvoer.StapContact);

        Assert.Equal(("Fatima", "fatima@example.nl", "5344VA", "12A"), (initiatief.Naam, initiatief.Email, initiatief.Postcode, initiatief.Huisnummer));
        Assert.Equal("5344 VA", AanvraagInvoer.Van(initiatief).Postcode);
    }

    [Fact]
    public void Controleer_BegrotingMetLegeRegel_NegeertDieEnTeltTotaal()
    {
        var invoer = Begroting(("Boodschappen", "12,50"), ("", " "), ("Zaal", "150"));
        var initiatief = new Initiatief { SleutelHash = new byte[32] };

        Assert.Empty(invoer.Controleer(AanvraagInvoer.StapBegroting, Maximum));
        invoer.ZetOp(initiatief, AanvraagInvoer.StapBegroting);

        Assert.Equal(16250, invoer.TotaalInCenten);
        Assert.Equal([(1, "Boodschappen", 1250L), (2, "Zaal", 15000L)], initiatief.Begroting.Select(r => (r.Volgorde, r.Omschrijving, r.BedragInCenten)));
    }

    [Fact]
    public void Controleer_BegrotingFouten_NoemtDeRegel()
    {
        var invoer = Begroting(("", "10"), ("Zaal", "-1"), ("Podium", "100000,01"));

        var fouten = invoer.Controleer(AanvraagInvoer.StapBegroting, Maximum);

        Assert.Equal(["Regels[0].Omschrijving", "Regels[1].Bedrag", "Regels[2].Bedrag"], fouten.Select(f => f.Veld));
        Assert.Equal("Regel 3: een bedrag kan hoogstens € 100.000 zijn.", fouten[2].Melding);
    }

    [Fact]
    public void Controleer_GeenRegels_VraagtOmEenRegel()
    {
        var fouten = new AanvraagInvoer().Controleer(AanvraagInvoer.StapBegroting, Maximum);

        Assert.Equal("Regels[0].Omschrijving", Assert.Single(fouten).Veld);
    }

    [Fact]
    public void Controleer_TeveelRegels_Geweigerd()
    {
        var invoer = Begroting([.. Enumerable.Range(1, InitiatiefRegels.MaxRegels + 1).Select(n => ($"Post {n}", "1"))]);

        var fouten = invoer.Controleer(AanvraagInvoer.StapBegroting, Maximum);

        Assert.Contains(fouten, f => f.Veld == "Regels" && f.Melding.Contains("hoogstens 30 regels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2500", null, true)]
    [InlineData("2500,01", null, false)]
    [InlineData("3000", "500", true)]
    [InlineData("3000", "499,99", false)]
    public void Controleer_GevraagdBovenMaximum_Geweigerd(string kosten, string? eigen, bool goed)
    {
        var invoer = Begroting(("Zaal", kosten));
        invoer.EigenBijdrage = eigen;

        var fouten = invoer.Controleer(AanvraagInvoer.StapBegroting, Maximum);

        Assert.Equal(goed, fouten.Count == 0);
        Assert.All(fouten, f => Assert.Contains("hoogstens € 2.500,00", f.Melding.Replace('\u00A0', ' '), StringComparison.Ordinal));
    }

    [Fact]
    public void Controleer_AnderGeldZonderToelichting_VraagtWaarvandaan()
    {
        var invoer = Begroting(("Zaal", "300"));
        invoer.AndereFinanciering = "100";

        var fouten = invoer.Controleer(AanvraagInvoer.StapBegroting, Maximum);

        Assert.Equal("AndereFinancieringToelichting", Assert.Single(fouten).Veld);
    }

    [Fact]
    public void Controleer_EigenGeldDektAlles_GeenVraagAanWijkbudget()
    {
        var invoer = Begroting(("Zaal", "300"));
        invoer.EigenBijdrage = "300";

        var fouten = invoer.Controleer(AanvraagInvoer.StapBegroting, Maximum);

        Assert.Contains("geen geld uit het wijkbudget", Assert.Single(fouten).Melding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20", true)]
    [InlineData("0", false)]
    [InlineData("twintig", false)]
    [InlineData("-5", false)]
    [InlineData("", false)]
    public void Controleer_VerwachteDeelnemers_AlleenEenPositiefGetal(string aantal, bool goed)
    {
        var invoer = new AanvraagInvoer { WieDoenMee = "Buren", VerwachteDeelnemers = aantal };

        Assert.Equal(goed, invoer.Controleer(AanvraagInvoer.StapDeelnemers, Maximum).Count == 0);
    }

    [Fact]
    public void Controleer_IdeeTeLangOfMetStuurtekens_Geweigerd()
    {
        var invoer = new AanvraagInvoer
        {
            Titel = new string('a', InitiatiefRegels.MaxTitel + 1),
            Wat = "Koken\u202Eneko",
            VoorWie = "Buren",
            Wanneer = "Woensdag",
            Waar = "Wijkhuis",
            IkWil = "Samen eten\nmet buren",
        };

        var fouten = invoer.Controleer(AanvraagInvoer.StapIdee, Maximum);

        Assert.Equal(["Titel", "Wat"], fouten.Select(f => f.Veld));
    }

    [Fact]
    public void Controleer_ZonderToestemmingGegevens_Geweigerd()
    {
        var invoer = new AanvraagInvoer { ToestemmingPubliceren = true };

        Assert.Equal("ToestemmingGegevens", Assert.Single(invoer.Controleer(AanvraagInvoer.StapToestemming, Maximum)).Veld);
    }

    private static AanvraagInvoer Begroting(params (string Omschrijving, string Bedrag)[] regels) => new()
    {
        Regels = [.. regels.Select(r => new RegelInvoer { Omschrijving = r.Omschrijving, Bedrag = r.Bedrag })],
    };
}

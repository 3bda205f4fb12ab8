using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using Xunit;

namespace WijkPlatform.Core.Tests.Aanmelden;

public sealed class AanmeldMailsTests
{
    private static readonly Gelegenheid Lunch = new(1, "buurtlunch", "Buurtlunch <b>gezellig</b>", new DateTime(2026, 12, 2, 11, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 12, 2, 13, 0, 0, DateTimeKind.Utc), "Wijkhuis De Haard, Brederostraat 46, Oss", "info@example.nl", true, 20, 4, null);

    private static readonly AanmeldMails Mails = new(Options.Create(new SiteOptions { Adres = "https://wijk.example.nl/" }));

    [Fact]
    public void Bevestiging_ZegtWatWanneerWaarMetLinkEnAgenda()
    {
        var mail = Mails.Bevestiging(Lunch, "Fatima", 2, "SLEUTEL");

        Assert.Equal("Je bent aangemeld: Buurtlunch <b>gezellig</b> op woensdag 2 december", mail.Onderwerp);
        Assert.Contains("woensdag 2 december, 12:00–14:00", mail.Tekst, StringComparison.Ordinal);
        Assert.Contains("https://wijk.example.nl/aanmelding/SLEUTEL", mail.Tekst, StringComparison.Ordinal);
        Assert.Contains("href=\"https://wijk.example.nl/aanmelding/SLEUTEL\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", mail.Html, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20261202T120000", mail.Bijlage!.Inhoud, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_CodeertWatMensenIntypen()
    {
        var mail = Mails.Bevestiging(Lunch, "<img src=x onerror=alert(1)>", 1, "S");

        Assert.DoesNotContain("<img", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>gezellig", mail.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Wachtlijst_NoemtDePlaatsEnGeenAgendabestand()
    {
        var mail = Mails.Wachtlijst(Lunch, "Kees", 1, "S", plaats: 3);

        Assert.Contains("op plaats 3", mail.Tekst, StringComparison.Ordinal);
        Assert.Null(mail.Bijlage);
    }

    [Theory]
    [InlineData("0612345678", true)]
    [InlineData("06 - 12 34 56 78", true)]
    [InlineData("0412 123456", true)]
    [InlineData("+31 6 12345678", true)]
    [InlineData("0031612345678", true)]
    [InlineData("12345", false)]
    [InlineData("bel me", false)]
    [InlineData("06123456789", false)]
    [InlineData("<script>", false)]
    public void IsTelefoon(string nummer, bool geldig) => Assert.Equal(geldig, AanmeldRegels.IsTelefoon(nummer));

    [Theory]
    [InlineData("Fatima el Amrani", true)]
    [InlineData("Zoë O'Neill-Ştefan", true)]
    [InlineData("Jan\u0000Klaassen", false)]
    [InlineData("\u202Enamuh", false)]
    [InlineData("a\u2066b", false)]
    public void IsLeesbaar(string naam, bool leesbaar) => Assert.Equal(leesbaar, AanmeldRegels.IsLeesbaar(naam));

    [Fact]
    public void Sleutel_256BitsUrlVeiligEnAlleenDeHashWordtBewaard()
    {
        var (a, hashA) = Sleutel.Nieuw();
        var (b, _) = Sleutel.Nieuw();

        Assert.NotEqual(a, b);
        Assert.True(Sleutel.IsGeldig(a));
        Assert.Equal(Sleutel.Lengte, a.Length);
        Assert.Equal(hashA, Sleutel.Hash(a));
        Assert.False(Sleutel.IsGeldig("../../etc/passwd"));
        Assert.False(Sleutel.IsGeldig(a + "x"));
    }
}

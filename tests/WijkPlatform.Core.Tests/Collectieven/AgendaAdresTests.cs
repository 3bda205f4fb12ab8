using System.Net;
using WijkPlatform.Core.Collectieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Collectieven;

public sealed class AgendaAdresTests
{
    private static readonly AgendaAdres Productie = new(lokaalToegestaan: false);
    private static readonly AgendaAdres Lokaal = new(lokaalToegestaan: true);

    [Theory]
    [InlineData("https://calendar.google.com/calendar/ical/x/basic.ics", "https://calendar.google.com/calendar/ical/x/basic.ics")]
    [InlineData("  webcal://p01-caldav.icloud.com/published/2/abc  ", "https://p01-caldav.icloud.com/published/2/abc")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void Controleer_GeldigOfLeeg_GeeftAdres(string invoer, string? verwacht)
    {
        var uitkomst = Productie.Controleer(invoer);

        Assert.Null(uitkomst.Fout);
        Assert.Equal(verwacht, uitkomst.Url);
    }

    [Theory]
    [InlineData("http://agenda.example.nl/a.ics", "https://")]
    [InlineData("http://127.0.0.1:8080/a.ics", "https://")]
    [InlineData("ftp://agenda.example.nl/a.ics", "volledig webadres")]
    [InlineData("file:///etc/passwd", "volledig webadres")]
    [InlineData("agenda.example.nl", "volledig webadres")]
    [InlineData("https://anja:geheim@agenda.example.nl/a.ics", "wachtwoord")]
    public void Controleer_NietToegestaan_GeeftFout(string invoer, string fout)
    {
        var uitkomst = Productie.Controleer(invoer);

        Assert.Null(uitkomst.Url);
        Assert.Contains(fout, uitkomst.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_TeLang_GeeftFout()
    {
        var uitkomst = Productie.Controleer("https://agenda.example.nl/" + new string('a', AgendaAdres.MaxLengte));

        Assert.Contains("te lang", uitkomst.Fout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/a.ics", true)]
    [InlineData("http://localhost:8080/a.ics", true)]
    [InlineData("http://agenda.example.nl/a.ics", false)]
    public void Controleer_HttpOpDezeMachine_AlleenAlsLokaalMag(string invoer, bool toegestaan)
    {
        Assert.Equal(toegestaan, Lokaal.Controleer(invoer).Fout is null);
        Assert.NotNull(Productie.Controleer(invoer).Fout);
    }

    [Theory]
    [InlineData("93.184.216.34", true)]
    [InlineData("2a00:1450:400e:80f::200e", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    public void IsOpenbaar_AlleenInternetadressen(string adres, bool openbaar)
    {
        Assert.Equal(openbaar, AgendaAdres.IsOpenbaar(IPAddress.Parse(adres)));
    }

    [Fact]
    public void MagVerbinden_Loopback_AlleenAlsLokaalMag()
    {
        Assert.True(Lokaal.MagVerbinden(IPAddress.Loopback));
        Assert.False(Productie.MagVerbinden(IPAddress.Loopback));
        Assert.False(Lokaal.MagVerbinden(IPAddress.Parse("192.168.1.10")));
    }
}

using Microsoft.Extensions.Options;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class MailTempoTests
{
    [Fact]
    public void StilleServer_StuurtEenSecondeAanMailMeteen_DaarnaOpTempo()
    {
        var klok = new LopendeKlok();
        var tempo = Tempo(klok, perSeconde: 4);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(TimeSpan.Zero, tempo.Beurt());
        }

        // Asked at the same moment: each next one waits a quarter of a second longer than the one before.
        Assert.Equal(TimeSpan.FromMilliseconds(250), tempo.Beurt());
        Assert.Equal(TimeSpan.FromMilliseconds(500), tempo.Beurt());
    }

    [Fact]
    public void NaEenPauze_NooitMeerDanEenSecondeTegoed()
    {
        var klok = new LopendeKlok();
        var tempo = Tempo(klok, perSeconde: 2);
        tempo.Beurt();
        tempo.Beurt();

        klok.Verder(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.Zero, tempo.Beurt());
        Assert.Equal(TimeSpan.Zero, tempo.Beurt());
        Assert.Equal(TimeSpan.FromMilliseconds(500), tempo.Beurt());
    }

    [Fact]
    public void TegoedGroeitMetDeTijd()
    {
        var klok = new LopendeKlok();
        var tempo = Tempo(klok, perSeconde: 10);
        for (var i = 0; i < 10; i++)
        {
            tempo.Beurt();
        }

        klok.Verder(TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.Zero, tempo.Beurt());
        Assert.Equal(TimeSpan.Zero, tempo.Beurt());
        Assert.Equal(TimeSpan.Zero, tempo.Beurt());
        Assert.Equal(TimeSpan.FromMilliseconds(100), tempo.Beurt());
    }

    private static MailTempo Tempo(TimeProvider klok, int perSeconde) =>
        new(klok, Options.Create(new MailOptions { PerSeconde = perSeconde }));

    /// <summary>A clock whose time moves only when the test moves it.</summary>
    private sealed class LopendeKlok : TimeProvider
    {
        private long ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Verder(TimeSpan tijd) => ticks += tijd.Ticks;
    }
}

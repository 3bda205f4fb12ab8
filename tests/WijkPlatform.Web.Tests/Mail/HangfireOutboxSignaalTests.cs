using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Logging.Abstractions;
using WijkPlatform.Web.Adapters.Taken;

namespace WijkPlatform.Web.Tests.Mail;

public sealed class HangfireOutboxSignaalTests
{
    [Fact]
    public void NieuweBerichten_VaakAchterElkaar_ZetEenTaakKlaar()
    {
        var jobs = new TelJobs();
        var signaal = new HangfireOutboxSignaal(jobs, NullLogger<HangfireOutboxSignaal>.Instance);

        for (var i = 0; i < 50; i++)
        {
            signaal.NieuweBerichten();
        }

        var taak = Assert.Single(jobs.Gemaakt);
        Assert.Equal(nameof(Achtergrondtaken.VerstuurMailAsync), taak.Method.Name);
    }

    [Fact]
    public void NieuweBerichten_NadatTaakIsOpgepakt_ZetNieuweTaakKlaar()
    {
        var jobs = new TelJobs();
        var signaal = new HangfireOutboxSignaal(jobs, NullLogger<HangfireOutboxSignaal>.Instance);
        signaal.NieuweBerichten();

        signaal.Opgepakt();
        signaal.NieuweBerichten();
        signaal.NieuweBerichten();

        Assert.Equal(2, jobs.Gemaakt.Count);
    }

    [Fact]
    public void NieuweBerichten_VeleDradenTegelijk_ZetPreciesEenTaakKlaar()
    {
        var jobs = new TelJobs();
        var signaal = new HangfireOutboxSignaal(jobs, NullLogger<HangfireOutboxSignaal>.Instance);

        Parallel.For(0, 200, _ => signaal.NieuweBerichten());

        Assert.Single(jobs.Gemaakt);
    }

    [Fact]
    public void NieuweBerichten_OpslagWeigert_GooitNietEnProbeertHetDeVolgendeKeerOpnieuw()
    {
        var jobs = new TelJobs { Weiger = true };
        var signaal = new HangfireOutboxSignaal(jobs, NullLogger<HangfireOutboxSignaal>.Instance);
        signaal.NieuweBerichten();

        jobs.Weiger = false;
        signaal.NieuweBerichten();

        Assert.Single(jobs.Gemaakt);
        Assert.Equal(2, jobs.Pogingen);
    }

    private sealed class TelJobs : IBackgroundJobClient
    {
        private readonly List<Job> gemaakt = [];
        private int pogingen;

        public bool Weiger { get; set; }

        public int Pogingen => pogingen;

        public IReadOnlyList<Job> Gemaakt
        {
            get
            {
                lock (gemaakt)
                {
                    return [.. gemaakt];
                }
            }
        }

        public string Create(Job job, IState state)
        {
            Interlocked.Increment(ref pogingen);
            if (Weiger)
            {
                throw new BackgroundJobClientException("De opslag is weg.", new InvalidOperationException());
            }

            lock (gemaakt)
            {
                gemaakt.Add(job);
                return gemaakt.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}

namespace WijkPlatform.Core.Agenda;

/// <summary>The named periods of the agenda filter, as a resident in Oss means them (Europe/Amsterdam days).</summary>
public enum Periode
{
    Komend,
    Vandaag,
    Morgen,
    DezeWeek,
    Weekend,
    Datums,
}

public static class Periodes
{
    /// <summary>The default view: what is on in the coming weeks.</summary>
    public const int KomendDagen = 14;

    /// <summary>The furthest a resident can look ahead: as far as the occurrences are planned.</summary>
    public static readonly int MaximumDagenVooruit = (int)VoorkomenPlanner.MinimaleVooruitblik.TotalDays;

    /// <summary>[van, tot) in UTC. "Vandaag" starts now (what is still to come or going on), the others at midnight.</summary>
    public static (DateTime VanUtc, DateTime TotUtc) Bereken(Periode periode, DateOnly? van, DateOnly? tot, DateTime nuUtc)
    {
        var vandaag = DateOnly.FromDateTime(Herhaling.NaarLokaal(nuUtc));
        DateTime Middernacht(DateOnly dag) => Herhaling.NaarUtc(dag.ToDateTime(TimeOnly.MinValue));

        switch (periode)
        {
            case Periode.Vandaag:
                return (nuUtc, Middernacht(vandaag.AddDays(1)));
            case Periode.Morgen:
                return (Middernacht(vandaag.AddDays(1)), Middernacht(vandaag.AddDays(2)));
            case Periode.DezeWeek:
                // Up to and including Sunday: the Dutch week starts on Monday.
                var totMaandag = ((int)DayOfWeek.Monday - (int)vandaag.DayOfWeek + 7) % 7;
                return (nuUtc, Middernacht(vandaag.AddDays(totMaandag == 0 ? 7 : totMaandag)));
            case Periode.Weekend:
                var totZaterdag = ((int)DayOfWeek.Saturday - (int)vandaag.DayOfWeek + 7) % 7;
                var zaterdag = vandaag.DayOfWeek == DayOfWeek.Sunday ? vandaag.AddDays(-1) : vandaag.AddDays(totZaterdag);
                var begin = Middernacht(zaterdag);
                return (begin < nuUtc ? nuUtc : begin, Middernacht(zaterdag.AddDays(2)));
            case Periode.Datums:
                var eerste = van ?? vandaag;
                var laatste = tot ?? eerste;
                var beginDatums = Middernacht(eerste);
                return (beginDatums < nuUtc && eerste == vandaag ? nuUtc : beginDatums, Middernacht(laatste.AddDays(1)));
            default:
                return (nuUtc, Middernacht(vandaag.AddDays(KomendDagen)));
        }
    }
}

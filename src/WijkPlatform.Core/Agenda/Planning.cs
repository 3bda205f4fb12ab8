namespace WijkPlatform.Core.Agenda;

/// <summary>The dates of one activity: its series rule or weekly opening hours, with closures and moved dates applied.</summary>
public static class Planning
{
    public sealed record Bron(
        DateTime StartLokaal,
        int DuurMinuten,
        string? Herhaling,
        IReadOnlyList<Openingstijd> Openingstijden,
        IReadOnlyList<Uitzondering> Uitzonderingen,
        DateTime? AfgelastVanafUtc = null,
        string? AfgelastReden = null);

    public sealed record Datum(DateTime StartUtc, DateTime EindUtc, DateTime? OorspronkelijkeStartUtc, string? Toelichting, bool Afgelast = false);

    /// <summary>Occurrences that start in [vanUtc, totUtc), in time order.</summary>
    public static IEnumerable<Datum> Datums(Bron bron, DateTime vanUtc, DateTime totUtc)
    {
        ArgumentNullException.ThrowIfNull(bron);

        // A moved occurrence can land inside the window while its original date lies just outside it.
        var marge = TimeSpan.FromDays(7);
        var resultaat = new List<Datum>();
        foreach (var (start, eind) in Basis(bron, vanUtc - marge, totUtc + marge))
        {
            var dag = DateOnly.FromDateTime(Agenda.Herhaling.NaarLokaal(start));
            var uitzondering = bron.Uitzonderingen.FirstOrDefault(u => u.GeldtOp(dag));
            if (bron.AfgelastVanafUtc is { } vanaf && start >= vanaf)
            {
                resultaat.Add(new Datum(start, eind, null, bron.AfgelastReden, Afgelast: true));
            }
            else if (uitzondering is null)
            {
                resultaat.Add(new Datum(start, eind, null, null));
            }
            else if (uitzondering.Afgelast)
            {
                resultaat.Add(new Datum(start, eind, null, uitzondering.Reden, Afgelast: true));
            }
            else if (uitzondering.IsVerplaatsing && uitzondering.Datum == dag)
            {
                var nieuw = Agenda.Herhaling.NaarUtc(uitzondering.NieuweStartLokaal!.Value);
                resultaat.Add(new Datum(nieuw, nieuw + (eind - start), start, uitzondering.Reden));
            }
        }

        return resultaat.Where(d => d.StartUtc >= vanUtc && d.StartUtc < totUtc).OrderBy(d => d.StartUtc);
    }

    private static IEnumerable<(DateTime Start, DateTime Eind)> Basis(Bron bron, DateTime vanUtc, DateTime totUtc)
    {
        if (bron.Openingstijden.Count == 0)
        {
            var duur = TimeSpan.FromMinutes(Math.Clamp(bron.DuurMinuten, 0, Voorkomen.LangsteDuur.TotalMinutes));
            foreach (var start in Agenda.Herhaling.Voorkomens(bron.StartLokaal, bron.Herhaling, vanUtc, totUtc))
            {
                yield return (start, start + duur);
            }

            yield break;
        }

        var eerste = DateOnly.FromDateTime(bron.StartLokaal);
        var dag = DateOnly.FromDateTime(Agenda.Herhaling.NaarLokaal(vanUtc));
        var laatste = DateOnly.FromDateTime(Agenda.Herhaling.NaarLokaal(totUtc));
        for (dag = dag < eerste ? eerste : dag; dag <= laatste; dag = dag.AddDays(1))
        {
            foreach (var slot in bron.Openingstijden.Where(o => o.Dag == dag.DayOfWeek).OrderBy(o => o.Van))
            {
                var start = Agenda.Herhaling.NaarUtc(dag.ToDateTime(slot.Van));
                if (start >= vanUtc && start < totUtc)
                {
                    var eind = Agenda.Herhaling.NaarUtc(dag.ToDateTime(slot.Tot));
                    yield return (start, eind - start > Voorkomen.LangsteDuur ? start + Voorkomen.LangsteDuur : eind);
                }
            }
        }
    }
}

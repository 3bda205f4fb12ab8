namespace WijkPlatform.Core.Monitor;

/// <summary>Reads the period a person typed (two month fields) into a <see cref="MonitorPeriode"/>, or says in plain
/// Dutch what is wrong with which field. An empty field takes the default end.</summary>
public static class MonitorInvoer
{
    public const string VeldVan = "van";
    public const string VeldTot = "tot";

    public sealed record Uitkomst(MonitorPeriode? Periode, IReadOnlyDictionary<string, string> Fouten);

    public static Uitkomst Lees(string? van, string? tot, DateTime nuUtc)
    {
        var fouten = new Dictionary<string, string>();
        var standaard = MonitorPeriode.Standaard(nuUtc);
        var laatsteJaar = standaard.Tot.Jaar + 1;
        Maand? Veld(string naam, string? tekst, string welke)
        {
            if (string.IsNullOrWhiteSpace(tekst))
            {
                return null;
            }

            if (!Maand.Probeer(tekst, out var maand))
            {
                fouten[naam] = $"Vul de {welke} maand in als jaar en maand, zoals {standaard.Tot.Code}.";
                return null;
            }

            if (maand.Jaar < 2000 || maand.Jaar > laatsteJaar)
            {
                fouten[naam] = $"Kies een {welke} maand tussen 2000 en {laatsteJaar}.";
                return null;
            }

            return maand;
        }

        var eerste = Veld(VeldVan, van, "eerste");
        var laatste = Veld(VeldTot, tot, "laatste");
        if (fouten.Count > 0)
        {
            return new Uitkomst(null, fouten);
        }

        var totMaand = laatste ?? (eerste is { } e && e > standaard.Tot ? e : standaard.Tot);
        var vanMaand = eerste ?? totMaand.Plus(-12);
        if (vanMaand > totMaand)
        {
            fouten[VeldTot] = "De laatste maand ligt vóór de eerste maand. Kies een latere laatste maand.";
        }
        else if (totMaand.Volgnummer - vanMaand.Volgnummer + 1 > MonitorPeriode.MaximumMaanden)
        {
            fouten[VeldTot] = $"Kies een periode van hoogstens {MonitorPeriode.MaximumMaanden} maanden.";
        }

        return fouten.Count > 0 ? new Uitkomst(null, fouten) : new Uitkomst(new MonitorPeriode(vanMaand, totMaand), fouten);
    }
}

using System.Globalization;

namespace WijkPlatform.Core.Agenda;

/// <summary>Dutch wording of dates and times as residents read them: "dinsdag 24 november, 10:00–12:00".</summary>
public static class Tijd
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static DateTime Lokaal(DateTime utc) => Herhaling.NaarLokaal(utc);

    public static string Dag(DateTime utc) => Lokaal(utc).ToString("dddd d MMMM", Nl);

    public static string DagKort(DateTime utc) => Lokaal(utc).ToString("ddd d MMM", Nl);

    public static string Uur(DateTime utc) => Lokaal(utc).ToString("HH:mm", Nl);

    public static string VanTot(DateTime startUtc, DateTime eindUtc) => $"{Uur(startUtc)}–{Uur(eindUtc)}";

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string Bedrag(int centen) => centen == 0 ? "Gratis" : (centen / 100m).ToString("C", Nl);
}

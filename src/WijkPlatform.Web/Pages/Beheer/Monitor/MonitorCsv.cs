using System.Text;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

/// <summary>CSV as Dutch Excel opens it with a double click: UTF-8 with a byte order mark (or "é" turns into two
/// letters), semicolons between cells, a decimal comma.</summary>
public static class MonitorCsv
{
    public static byte[] Maak(IReadOnlyList<Figuur> figuren, string? kop = null)
    {
        ArgumentNullException.ThrowIfNull(figuren);
        var csv = new StringBuilder();
        var meer = figuren.Count > 1;
        foreach (var figuur in figuren)
        {
            if (meer)
            {
                // Several figures in one file: each starts with its title line, with a blank line between them.
                if (csv.Length > 0)
                {
                    csv.Append("\r\n");
                }

                Regel(csv, [Tekst(kop is null ? figuur.Titel : $"{figuur.Titel} – {kop}")]);
            }

            var t = figuur.Tabel;
            Regel(csv, [Tekst(t.LabelKolom), .. t.Kolommen.Select(k => Tekst(k.Kop))]);
            foreach (var rij in t.Rijen)
            {
                Regel(csv, [Tekst(rij.Label), .. rij.Waarden.Select((w, i) => MonitorOpmaak.Csv(w, t.Kolommen[i].Soort))]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A text cell made safe: a spreadsheet reads a cell that starts with = + - @ (or a tab or return) as a
    /// formula, so such text gets a leading apostrophe (OWASP, CSV injection). Numbers are written by this code and
    /// need no such guard, so a negative amount stays a number.</summary>
    public static string Tekst(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        return waarde.Length > 0 && waarde[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + waarde : waarde;
    }

    private static void Regel(StringBuilder csv, IEnumerable<string> cellen)
    {
        csv.AppendJoin(';', cellen.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string cel) =>
        cel.IndexOfAny([';', '"', '\r', '\n']) >= 0 || cel != cel.Trim() ? $"\"{cel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cel;
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WijkPlatform.Web.Tests.Monitor;

/// <summary>Reads the monitor's tables, charts and exports back into plain cells, so tests can hold them to each other.</summary>
internal static partial class MonitorPagina
{
    /// <summary>The cells of the table of one figure, heading row first, totals last; text as the page shows it.</summary>
    public static List<List<string>> Tabel(string html, string figuur)
    {
        var tabel = Regex.Match(html, $"<table[^>]*data-figuur=\"{Regex.Escape(figuur)}\"[^>]*>(.*?)</table>", RegexOptions.Singleline);
        Assert.True(tabel.Success, $"Geen tabel voor {figuur}.");
        return Rijen().Matches(tabel.Groups[1].Value)
            .Select(r => Cellen().Matches(r.Groups[1].Value).Select(c => WebUtility.HtmlDecode(Regex.Replace(c.Groups[1].Value, "<[^>]+>", "")).Trim()).ToList())
            .ToList();
    }

    public static string? Svg(string html, string figuur)
    {
        var svg = Regex.Match(html, $"<svg[^>]*id=\"grafiek-{Regex.Escape(figuur)}\"[^>]*>.*?</svg>", RegexOptions.Singleline);
        return svg.Success ? svg.Value : null;
    }

    /// <summary>Page text, CSV text and XLSX values compared as numbers: "€ 1.234,50", "1234,50" and "1234.5" are one value.</summary>
    public static string Getal(string cel)
    {
        var t = cel.Replace("€", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Trim();
        if (t is "–" or "")
        {
            return "";
        }

        var nl = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(nl, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.##", CultureInfo.InvariantCulture) : cel;
    }

    /// <summary>Rows of a CSV written with semicolons and double quotes.</summary>
    public static List<List<string>> Csv(string tekst)
    {
        var rijen = new List<List<string>>();
        foreach (var regel in tekst.Split("\r\n"))
        {
            var cellen = new List<string>();
            var cel = new StringBuilder();
            var binnen = false;
            for (var i = 0; i < regel.Length; i++)
            {
                var c = regel[i];
                if (binnen && c == '"' && i + 1 < regel.Length && regel[i + 1] == '"')
                {
                    cel.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    binnen = !binnen;
                }
                else if (c == ';' && !binnen)
                {
                    cellen.Add(cel.ToString());
                    cel.Clear();
                }
                else
                {
                    cel.Append(c);
                }
            }

            cellen.Add(cel.ToString());
            rijen.Add(cellen);
        }

        return rijen;
    }

    public sealed record XlsxCel(string Tekst, bool IsGetal);

    /// <summary>The sheets of a workbook by name, each as rows of cells (an empty cell is skipped, so columns are placed by reference).</summary>
    public static Dictionary<string, List<List<XlsxCel?>>> Xlsx(byte[] bestand)
    {
        using var zip = new ZipArchive(new MemoryStream(bestand), ZipArchiveMode.Read);
        XNamespace m = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XDocument Lees(string naam)
        {
            using var s = (zip.GetEntry(naam) ?? throw new InvalidOperationException($"{naam} ontbreekt.")).Open();
            return XDocument.Load(s);
        }

        Lees("[Content_Types].xml");
        Lees("_rels/.rels");
        Lees("xl/styles.xml");
        var relaties = Lees("xl/_rels/workbook.xml.rels").Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => (string)e.Attribute("Target")!);
        var bladen = new Dictionary<string, List<List<XlsxCel?>>>();
        foreach (var blad in Lees("xl/workbook.xml").Descendants(m + "sheet"))
        {
            var doc = Lees("xl/" + relaties[(string)blad.Attribute(r + "id")!]);
            var rijen = new List<List<XlsxCel?>>();
            foreach (var rij in doc.Descendants(m + "row"))
            {
                var cellen = new List<XlsxCel?>();
                foreach (var c in rij.Elements(m + "c"))
                {
                    Assert.Null(c.Element(m + "f"));
                    var kolom = Kolom((string)c.Attribute("r")!);
                    while (cellen.Count < kolom)
                    {
                        cellen.Add(null);
                    }

                    cellen.Add((string?)c.Attribute("t") == "inlineStr"
                        ? new XlsxCel(string.Concat(c.Descendants(m + "t").Select(t => t.Value)), false)
                        : new XlsxCel((string)c.Element(m + "v")!, true));
                }

                rijen.Add(cellen);
            }

            bladen[(string)blad.Attribute("name")!] = rijen;
        }

        return bladen;
    }

    private static int Kolom(string referentie)
    {
        var k = 0;
        foreach (var c in referentie.TakeWhile(char.IsLetter))
        {
            k = k * 26 + (c - 'A' + 1);
        }

        return k - 1;
    }

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Rijen();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cellen();
}

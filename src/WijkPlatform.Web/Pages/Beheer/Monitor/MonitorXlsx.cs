using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace WijkPlatform.Web.Pages.Beheer.Monitor;

/// <summary>A minimal SpreadsheetML workbook, one sheet per figure: text as inline strings (never a formula), numbers
/// as numbers, money with a euro format. Written with the zip and XML writers of .NET (ADR 19), not a package.</summary>
public static class MonitorXlsx
{
    private const string Hoofd = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relaties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PakketRelaties = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Style indexes in styles.xml: 0 plain, 1 bold (headings and totals), 2 euro, 3 one decimal, 4 bold euro, 5 bold decimal.
    private const int Vet = 1;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Maak(IReadOnlyList<Figuur> figuren)
    {
        ArgumentNullException.ThrowIfNull(figuren);
        using var stroom = new MemoryStream();
        using (var zip = new ZipArchive(stroom, ZipArchiveMode.Create, leaveOpen: true))
        {
            Deel(zip, "[Content_Types].xml", w =>
            {
                w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
                Standaard(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
                Standaard(w, "xml", "application/xml");
                Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
                for (var i = 1; i <= figuren.Count; i++)
                {
                    Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                }

                w.WriteEndElement();
            });
            Deel(zip, "_rels/.rels", w =>
            {
                w.WriteStartElement("Relationships", PakketRelaties);
                Relatie(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
                w.WriteEndElement();
            });
            Deel(zip, "xl/workbook.xml", w =>
            {
                w.WriteStartElement("workbook", Hoofd);
                w.WriteAttributeString("xmlns", "r", null, Relaties);
                w.WriteStartElement("sheets", Hoofd);
                var namen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < figuren.Count; i++)
                {
                    w.WriteStartElement("sheet", Hoofd);
                    w.WriteAttributeString("name", BladNaam(figuren[i].Blad, i + 1, namen));
                    w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("id", Relaties, $"rId{i + 1}");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            });
            Deel(zip, "xl/_rels/workbook.xml.rels", w =>
            {
                w.WriteStartElement("Relationships", PakketRelaties);
                for (var i = 1; i <= figuren.Count; i++)
                {
                    Relatie(w, $"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
                }

                Relatie(w, $"rId{figuren.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
                w.WriteEndElement();
            });
            using (var stijlen = new StreamWriter(zip.CreateEntry("xl/styles.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false)))
            {
                stijlen.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
                stijlen.Write(Stijlen);
            }

            for (var i = 0; i < figuren.Count; i++)
            {
                var figuur = figuren[i];
                Deel(zip, $"xl/worksheets/sheet{i + 1}.xml", w => Blad(w, figuur));
            }
        }

        return stroom.ToArray();
    }

    private static void Blad(XmlWriter w, Figuur figuur)
    {
        var t = figuur.Tabel;
        w.WriteStartElement("worksheet", Hoofd);
        w.WriteStartElement("cols", Hoofd);
        Kolom(w, 1, 40);
        if (t.Kolommen.Count > 0)
        {
            w.WriteStartElement("col", Hoofd);
            w.WriteAttributeString("min", "2");
            w.WriteAttributeString("max", (t.Kolommen.Count + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", "18");
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("sheetData", Hoofd);
        var r = 1;
        Rij(w, r++, [t.LabelKolom, .. t.Kolommen.Select(k => k.Kop)], null, null, vet: true);
        foreach (var rij in t.Rijen)
        {
            Rij(w, r++, [rij.Label], rij.Waarden, t.Kolommen, rij.IsTotaal);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Kolom(XmlWriter w, int nummer, int breedte)
    {
        var n = nummer.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("col", Hoofd);
        w.WriteAttributeString("min", n);
        w.WriteAttributeString("max", n);
        w.WriteAttributeString("width", breedte.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("customWidth", "1");
        w.WriteEndElement();
    }

    private static void Rij(XmlWriter w, int nummer, IReadOnlyList<string> teksten, IReadOnlyList<decimal?>? waarden, IReadOnlyList<Kolom>? kolommen, bool vet)
    {
        w.WriteStartElement("row", Hoofd);
        w.WriteAttributeString("r", nummer.ToString(CultureInfo.InvariantCulture));
        var c = 0;
        foreach (var tekst in teksten)
        {
            w.WriteStartElement("c", Hoofd);
            w.WriteAttributeString("r", Cel(c++, nummer));
            w.WriteAttributeString("t", "inlineStr");
            if (vet)
            {
                w.WriteAttributeString("s", Vet.ToString(CultureInfo.InvariantCulture));
            }

            w.WriteStartElement("is", Hoofd);
            w.WriteStartElement("t", Hoofd);
            w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(Schoon(tekst));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        for (var i = 0; waarden is not null && kolommen is not null && i < waarden.Count; i++)
        {
            var kolom = c++;
            if (waarden[i] is not { } waarde)
            {
                continue;
            }

            var stijl = kolommen[i].Soort switch
            {
                CelSoort.Euro => vet ? 4 : 2,
                CelSoort.Aantal => vet ? 1 : 0,
                _ => vet ? 5 : 3,
            };
            w.WriteStartElement("c", Hoofd);
            w.WriteAttributeString("r", Cel(kolom, nummer));
            if (stijl != 0)
            {
                w.WriteAttributeString("s", stijl.ToString(CultureInfo.InvariantCulture));
            }

            w.WriteElementString("v", Hoofd, waarde.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>"B3" for column index 1, row 3.</summary>
    public static string Cel(int kolom, int rij)
    {
        var letters = "";
        for (var k = kolom + 1; k > 0; k = (k - 1) / 26)
        {
            letters = (char)('A' + (k - 1) % 26) + letters;
        }

        return letters + rij.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Excel refuses a sheet name over 31 characters, with []:*?/\ in it, or used twice.</summary>
    private static string BladNaam(string naam, int nummer, HashSet<string> gebruikt)
    {
        var schoon = new string(naam.Where(ch => !"[]:*?/\\".Contains(ch, StringComparison.Ordinal) && !char.IsControl(ch)).ToArray()).Trim('\'', ' ');
        schoon = schoon.Length == 0 ? $"Blad {nummer}" : schoon[..Math.Min(28, schoon.Length)];
        var kandidaat = schoon;
        for (var n = 2; !gebruikt.Add(kandidaat); n++)
        {
            kandidaat = $"{schoon} {n}";
        }

        return kandidaat;
    }

    /// <summary>XML 1.0 cannot hold most control characters; a title with one still exports, without it.</summary>
    private static string Schoon(string tekst)
    {
        var sb = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            if (char.IsHighSurrogate(tekst[i]) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
            {
                sb.Append(tekst, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(tekst[i]))
            {
                sb.Append(tekst[i]);
            }
        }

        return sb.ToString();
    }

    private static void Deel(ZipArchive zip, string naam, Action<XmlWriter> schrijf)
    {
        var entry = zip.CreateEntry(naam, CompressionLevel.Optimal);
        using var stroom = entry.Open();
        using var w = XmlWriter.Create(stroom, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        w.WriteStartDocument(standalone: true);
        schrijf(w);
        w.WriteEndDocument();
    }

    private static void Standaard(XmlWriter w, string extensie, string soort)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extensie);
        w.WriteAttributeString("ContentType", soort);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string deel, string soort)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", deel);
        w.WriteAttributeString("ContentType", soort);
        w.WriteEndElement();
    }

    private static void Relatie(XmlWriter w, string id, string soort, string doel)
    {
        w.WriteStartElement("Relationship", PakketRelaties);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", soort);
        w.WriteAttributeString("Target", doel);
        w.WriteEndElement();
    }

    private const string Stijlen =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"&quot;€&quot;\\ #,##0.00\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"6\">" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>" +
        "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>" +
        "</cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
        "</styleSheet>";
}

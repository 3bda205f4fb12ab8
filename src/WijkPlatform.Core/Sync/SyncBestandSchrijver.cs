using System.Globalization;
using System.Text;

namespace WijkPlatform.Core.Sync;

/// <summary>Writes one uSync file the way <see cref="SyncBestandLezer"/> reads it back. The text is built by hand
/// rather than with XmlWriter, so every byte is fixed by this class: UTF-8 without BOM, "\n" line ends, two spaces
/// of indent, elements in the order they are written, and a carriage return kept as <c>&amp;#xD;</c> instead of being
/// folded into "\n" the way an XML parser folds a raw one.</summary>
internal sealed class SyncBestandSchrijver
{
    private readonly StringBuilder inhoud = new();
    private readonly string element;
    private readonly Func<string, int, string?> zoekAlias;

    public SyncBestandSchrijver(string element, Guid key, string alias, Func<string, int, string?> zoekAlias)
    {
        this.element = element;
        this.zoekAlias = zoekAlias;
        inhoud.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        inhoud.Append('<').Append(element)
            .Append(" Key=\"").Append(key.ToString("D", CultureInfo.InvariantCulture)).Append('"')
            .Append(" Alias=\"").Append(Attribuut("Alias", alias)).Append("\">\n");
    }

    /// <summary>Short text, escaped; left out when empty, which the reader turns back into null.</summary>
    public void Tekst(string naam, string? waarde)
    {
        if (!string.IsNullOrEmpty(waarde))
        {
            Regel(naam, Escape(naam, waarde));
        }
    }

    /// <summary>Markdown and other long text, in CDATA so an editor reads it as it is.</summary>
    public void LangeTekst(string naam, string? waarde)
    {
        if (!string.IsNullOrEmpty(waarde))
        {
            Regel(naam, CData(naam, waarde));
        }
    }

    public void JaNee(string naam, bool waarde) => Regel(naam, waarde ? "true" : "false");

    public void Getal(string naam, long waarde) => Regel(naam, waarde.ToString(CultureInfo.InvariantCulture));

    public void OptioneelGetal(string naam, int? waarde)
    {
        if (waarde is { } getal)
        {
            Getal(naam, getal);
        }
    }

    /// <summary>The shortest text that reads back as the same double ("R" in .NET Core 3.0 and later).</summary>
    public void Kommagetal(string naam, double? waarde)
    {
        if (waarde is { } getal)
        {
            Regel(naam, getal.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    public void BedragInCenten(string naam, long centen) =>
        Regel(naam, (centen / 100m).ToString("0.00", CultureInfo.InvariantCulture));

    /// <summary>A moment in UTC with a trailing Z, with as many fractional seconds as it has, so it reads back exactly.</summary>
    public void UtcTijd(string naam, DateTime? waarde)
    {
        if (waarde is { } tijd)
        {
            Regel(naam, tijd.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        }
    }

    public void Keuze<TEnum>(string naam, TEnum waarde)
        where TEnum : struct, Enum =>
        Regel(naam, Enum.IsDefined(waarde)
            ? waarde.ToString()
            : throw new SyncFoutException($"<{naam}> heeft de onbekende waarde {waarde}."));

    /// <summary>A reference by the alias of the item of kind <paramref name="soort"/> with this id.</summary>
    public void Verwijzing(string naam, string soort, int? id)
    {
        if (id is { } waarde)
        {
            Regel(naam, Escape(naam, Alias(naam, soort, waarde)));
        }
    }

    /// <summary>Writes <c>&lt;Werkgebied Wijk="ruwaard" Inloop="..." /&gt;</c> children, in the list's own order.</summary>
    public void Werkgebieden(string naam, IReadOnlyList<Informatie.Werkgebied> werkgebieden)
    {
        if (werkgebieden.Count == 0)
        {
            return;
        }

        inhoud.Append("  <").Append(naam).Append(">\n");
        foreach (var w in werkgebieden)
        {
            inhoud.Append("    <Werkgebied Wijk=\"").Append(Attribuut(naam, Alias(naam, "Wijken", w.WijkId))).Append('"');
            if (!string.IsNullOrEmpty(w.Inloop))
            {
                inhoud.Append(" Inloop=\"").Append(Attribuut(naam, w.Inloop)).Append('"');
            }

            inhoud.Append(" />\n");
        }

        inhoud.Append("  </").Append(naam).Append(">\n");
    }

    public byte[] Bytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        .GetBytes(inhoud.ToString() + "</" + element + ">\n");

    private string Alias(string naam, string soort, int id) =>
        zoekAlias(soort, id) ?? throw new SyncFoutException($"<{naam}> verwijst naar {soort} nummer {id}, maar dat bestaat niet meer.");

    private void Regel(string naam, string waarde) =>
        inhoud.Append("  <").Append(naam).Append('>').Append(waarde).Append("</").Append(naam).Append(">\n");

    private static string Escape(string naam, string waarde)
    {
        Controleer(naam, waarde);
        var uit = new StringBuilder(waarde.Length + 8);
        foreach (var c in waarde)
        {
            uit.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                _ => c.ToString(),
            });
        }

        return uit.ToString();
    }

    /// <summary>Attribute values are normalised by the parser (a tab or line end becomes a space), so those are
    /// written as character references.</summary>
    private static string Attribuut(string naam, string waarde)
    {
        Controleer(naam, waarde);
        var uit = new StringBuilder(waarde.Length + 8);
        foreach (var c in waarde)
        {
            uit.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                _ => c.ToString(),
            });
        }

        return uit.ToString();
    }

    /// <summary>"]]&gt;" would end the section early, so it is split over two sections ("]]" and "&gt;"); a carriage
    /// return cannot survive inside CDATA at all, so it goes between two sections as a character reference.</summary>
    private static string CData(string naam, string waarde)
    {
        Controleer(naam, waarde);
        var uit = new StringBuilder(waarde.Length + 16);
        var stukken = waarde.Split('\r');
        for (var i = 0; i < stukken.Length; i++)
        {
            if (i > 0)
            {
                uit.Append("&#xD;");
            }

            if (stukken[i].Length > 0)
            {
                uit.Append("<![CDATA[").Append(stukken[i].Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)).Append("]]>");
            }
        }

        return uit.ToString();
    }

    /// <summary>XML 1.0 has no way to write most control characters, nor half of a surrogate pair; refusing them here
    /// names the field, where a parser would only name a line.</summary>
    private static void Controleer(string naam, string waarde)
    {
        for (var i = 0; i < waarde.Length; i++)
        {
            var c = waarde[i];
            if (char.IsHighSurrogate(c) && i + 1 < waarde.Length && char.IsLowSurrogate(waarde[i + 1]))
            {
                i++;
                continue;
            }

            var goed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!goed)
            {
                throw new SyncFoutException(
                    $"<{naam}> bevat een teken dat niet in een bestand kan (U+{(int)c:X4}); haal het weg en exporteer opnieuw.");
            }
        }
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace WijkPlatform.Web.Adapters.Zoeken;

/// <summary>Cuts a fragment of about <see cref="Lengte"/> characters around the most matches and wraps each match in
/// <c>&lt;mark&gt;</c>. Everything else is HTML-encoded, so the result is safe to write into a page as it is.</summary>
internal static class Markeerder
{
    public const int Lengte = 160;

    /// <summary>How much text to keep before the first match of a fragment.</summary>
    private const int Aanloop = 30;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="tekst">plain text, whitespace already collapsed.</param>
    /// <param name="treffers">the matched words, in text order, as positions in <paramref name="tekst"/>.</param>
    public static string Fragment(string tekst, IReadOnlyList<Woord> treffers)
    {
        if (tekst.Length == 0)
        {
            return "";
        }

        var (start, einde) = Venster(tekst, treffers);
        var html = new StringBuilder(Lengte * 2);
        if (start > 0)
        {
            html.Append("… ");
        }

        var positie = start;
        foreach (var treffer in treffers.Where(t => t.Start >= start && t.Einde <= einde))
        {
            if (treffer.Start < positie)
            {
                continue; // overlaps the previous one
            }

            html.Append(Encoder.Encode(tekst[positie..treffer.Start]))
                .Append("<mark>").Append(Encoder.Encode(tekst[treffer.Start..treffer.Einde])).Append("</mark>");
            positie = treffer.Einde;
        }

        html.Append(Encoder.Encode(tekst[positie..einde]));
        if (einde < tekst.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    /// <summary>The window with the most matches, starting a little before one of them; without matches the start of
    /// the text. Edges fall between words.</summary>
    private static (int Start, int Einde) Venster(string tekst, IReadOnlyList<Woord> treffers)
    {
        if (tekst.Length <= Lengte)
        {
            return (0, tekst.Length);
        }

        var beste = (Start: 0, Einde: Einde(tekst, 0), Aantal: -1);
        foreach (var anker in treffers)
        {
            var start = anker.Start <= Aanloop ? 0 : Begin(tekst, anker.Start - Aanloop, anker.Start);
            var einde = Einde(tekst, start);
            var aantal = treffers.Count(t => t.Start >= start && t.Einde <= einde);
            if (aantal > beste.Aantal)
            {
                beste = (start, einde, aantal);
            }
        }

        return (beste.Start, beste.Einde);
    }

    /// <summary>The first word start at or after <paramref name="vanaf"/>, but not past <paramref name="uiterlijk"/>.</summary>
    private static int Begin(string tekst, int vanaf, int uiterlijk)
    {
        var spatie = tekst.IndexOf(' ', vanaf, uiterlijk - vanaf);
        return spatie < 0 ? vanaf : spatie + 1;
    }

    /// <summary>The end of the last whole word within <see cref="Lengte"/> characters from <paramref name="start"/>.</summary>
    private static int Einde(string tekst, int start)
    {
        var einde = start + Lengte;
        if (einde >= tekst.Length)
        {
            return tekst.Length;
        }

        var spatie = tekst.LastIndexOf(' ', einde, einde - start);
        return spatie <= start ? einde : spatie;
    }
}

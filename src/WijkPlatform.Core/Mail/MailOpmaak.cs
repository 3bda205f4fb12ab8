using System.Net;
using System.Text;

namespace WijkPlatform.Core.Mail;

/// <summary>Builds one mail as HTML and as plain text from the same parts, so the two never say different things.
/// The HTML is plain on purpose: it reads well in every mail program and in a screen reader.</summary>
public sealed class MailOpmaak(string siteNaam)
{
    private readonly StringBuilder tekst = new();
    private readonly StringBuilder html = new();

    public MailOpmaak Kop(string kop)
    {
        tekst.Append(kop).Append('\n').Append(new string('=', Math.Min(kop.Length, 70))).Append("\n\n");
        html.Append("<h1 style=\"font-size:1.4em\">").Append(E(kop)).Append("</h1>\n");
        return this;
    }

    public MailOpmaak Alinea(string alinea)
    {
        tekst.Append(alinea).Append("\n\n");
        html.Append("<p>").Append(E(alinea)).Append("</p>\n");
        return this;
    }

    /// <summary>Text someone typed: a blank line starts a new paragraph, a single line break is kept.</summary>
    public MailOpmaak Bericht(string bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        var alineas = bericht.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var alinea in alineas)
        {
            tekst.Append(alinea).Append("\n\n");
            html.Append("<p>").Append(string.Join("<br>\n", alinea.Split('\n').Select(E))).Append("</p>\n");
        }

        return this;
    }

    public MailOpmaak Feiten(params (string Naam, string? Waarde)[] feiten)
    {
        html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;margin:0 0 1em\">\n");
        foreach (var (naam, waarde) in feiten.Where(f => !string.IsNullOrWhiteSpace(f.Waarde)))
        {
            tekst.Append(naam).Append(": ").Append(waarde).Append('\n');
            html.Append("<tr><th scope=\"row\" style=\"text-align:left;padding:2px 12px 2px 0;vertical-align:top\">")
                .Append(E(naam)).Append("</th><td style=\"padding:2px 0\">").Append(E(waarde!)).Append("</td></tr>\n");
        }

        tekst.Append('\n');
        html.Append("</table>\n");
        return this;
    }

    public MailOpmaak Lijst(IEnumerable<string> regels)
    {
        html.Append("<ul>\n");
        foreach (var regel in regels)
        {
            tekst.Append("- ").Append(regel).Append('\n');
            html.Append("<li>").Append(E(regel)).Append("</li>\n");
        }

        tekst.Append('\n');
        html.Append("</ul>\n");
        return this;
    }

    public MailOpmaak Link(string uitleg, string linkTekst, string url)
    {
        tekst.Append(uitleg).Append('\n').Append(url).Append("\n\n");
        html.Append("<p>").Append(E(uitleg)).Append("<br><a href=\"").Append(E(url)).Append("\">").Append(E(linkTekst))
            .Append("</a></p>\n");
        return this;
    }

    public MailInhoud Maak(string onderwerp, MailBijlage? bijlage = null)
    {
        var voet = $"Deze mail komt van {siteNaam}. Je kunt niet op deze mail antwoorden.";
        var document = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
            .Append(E(onderwerp)).Append("</title>\n</head>\n<body style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em\">\n")
            .Append(html)
            .Append("<hr>\n<p style=\"font-size:14px;color:#4d4d4d\">").Append(E(voet)).Append("</p>\n</body>\n</html>\n");
        return new MailInhoud(onderwerp, $"{tekst}--\n{voet}\n", document.ToString(), bijlage);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}

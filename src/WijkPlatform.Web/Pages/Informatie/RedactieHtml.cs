using Ganss.Xss;
using Microsoft.AspNetCore.Html;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Pages.Informatie;

/// <summary>Editor Markdown for pages and news: <see cref="MarkdownWeergave"/> and then a stricter pass, because its
/// default sanitiser still lets form controls (a form that posts elsewhere) and style attributes through. Nothing
/// an editor types can then act on a reader's behalf or restyle the page.</summary>
public static class RedactieHtml
{
    private static readonly string[] Formulier =
        ["form", "button", "input", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output"];

    private static readonly HtmlSanitizer Streng = Maak();

    public static IHtmlContent Weergeven(MarkdownWeergave markdown, string? tekst)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = markdown.Weergeven(tekst);
        using var schrijver = new StringWriter();
        html.WriteTo(schrijver, System.Text.Encodings.Web.HtmlEncoder.Default);
        var ruw = schrijver.ToString();
        return new HtmlString(ruw.Length == 0 ? "" : Streng.Sanitize(ruw));
    }

    private static HtmlSanitizer Maak()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in Formulier)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Remove("id");
        return sanitizer;
    }
}

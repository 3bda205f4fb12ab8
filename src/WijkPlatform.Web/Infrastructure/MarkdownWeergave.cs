using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Turns editor Markdown into HTML that is safe to show: raw HTML in the source is sanitised away.</summary>
public sealed class MarkdownWeergave
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer = new();

    public IHtmlContent Weergeven(string? markdown) =>
        new HtmlString(string.IsNullOrWhiteSpace(markdown) ? "" : sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline)));
}

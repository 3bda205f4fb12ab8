using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Turns editor Markdown into HTML that is safe to show: raw HTML in the source is sanitised away.</summary>
public sealed class MarkdownWeergave : IDisposable
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer = new();

    // Sanitising is the most expensive step of an activity page, and the same few texts are shown over and over. The
    // key is the text itself, so an edited text is simply a new entry; the size limit keeps old ones from piling up.
    private readonly MemoryCache eerder = new(new MemoryCacheOptions { SizeLimit = 4 * 1024 * 1024 });

    public IHtmlContent Weergeven(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        if (!eerder.TryGetValue(markdown, out string? html) || html is null)
        {
            html = sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline));
            eerder.Set(markdown, html, new MemoryCacheEntryOptions { Size = markdown.Length + html.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return new HtmlString(html);
    }

    public void Dispose() => eerder.Dispose();
}

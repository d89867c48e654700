using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>
/// kramdown's layout of the HTML it writes (<see cref="BlockLayout"/>): lists, quotes, tables and definition lists by
/// renderers of their own, and every other block's start by a hook before it is written. Add it after the extensions
/// whose renderers it replaces (tables, definition lists).
/// </summary>
internal sealed class KramdownLayout : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        Replace<ListRenderer>(html, new ListLayoutRenderer());
        Replace<QuoteBlockRenderer>(html, new QuoteLayoutRenderer());
        Replace<HtmlTableRenderer>(html, new TableLayoutRenderer());
        Replace<HtmlDefinitionListRenderer>(html, new DefinitionListLayoutRenderer());
        html.ObjectWriteBefore += (_, written) =>
        {
            if (written is Block block and not MarkdownDocument) BlockLayout.Start(html, block);
        };
        html.ObjectWriteAfter += (_, written) =>
        {
            if (written is MarkdownDocument document) BlockLayout.End(html, document);
        };
    }

    private static void Replace<T>(HtmlRenderer renderer, IMarkdownObjectRenderer replacement) where T : IMarkdownObjectRenderer
    {
        if (!renderer.ObjectRenderers.Replace<T>(replacement)) renderer.ObjectRenderers.Add(replacement);
    }
}

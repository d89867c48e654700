using Blog.Site.Rendering.Highlighting;
using Markdig;
using Markdig.Renderers;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Markdown to HTML as a Jekyll blog expects it: CommonMark with GFM pipe tables, task lists, footnotes and
/// autolinks, kramdown-style heading ids and typographic quotes and dashes (kramdown's defaults), build-time highlighting. The pipeline is built once; converting is thread-safe.
/// </summary>
internal sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;

    public MarkdownConverter(SyntaxHighlighter highlighter)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseFootnotes()
            .UseAutoLinks()
            .UseSmartyPants()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough);
        builder.Extensions.Add(new HighlightedCodeBlocks(highlighter));
        _pipeline = builder.Build();
    }

    public string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        KramdownHeadingIds.Assign(document, markdown);
        TableAlignmentClasses.Apply(document);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

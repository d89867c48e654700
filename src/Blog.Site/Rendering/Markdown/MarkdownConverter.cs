using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown.Attributes;
using Blog.Site.Rendering.Markdown.Code;
using Blog.Site.Rendering.Markdown.Footnotes;
using Blog.Site.Rendering.Markdown.HtmlBlocks;
using Blog.Site.Rendering.Markdown.HtmlSpans;
using Blog.Site.Rendering.Markdown.Layout;
using Blog.Site.Rendering.Markdown.Links;
using Blog.Site.Rendering.Markdown.Lists;
using Blog.Site.Rendering.Markdown.Math;
using Blog.Site.Rendering.Markdown.Paragraphs;
using Blog.Site.Rendering.Markdown.Tables;
using Blog.Site.Rendering.Markdown.TaskLists;
using Blog.Site.Rendering.Markdown.Typography;
using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Markdown to HTML as Jekyll 4.3 makes it with kramdown 2.4 and its GFM parser: Markdig's CommonMark parser
/// with kramdown's rules in its place where they differ (HTML blocks, typography, heading ids, IALs, ALDs,
/// extensions, <c>{:toc}</c>, math, footnotes, task lists, Rouge code wrappers; no bare-URL autolinks), then
/// kramdown's passes over the tree. The pipeline is built once; converting is thread-safe.
/// </summary>
internal sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;

    private readonly KramdownOptions _options;

    /// <param name="options">kramdown's options from the config; its defaults when none.</param>
    public MarkdownConverter(SyntaxHighlighter highlighter, KramdownOptions? options = null)
    {
        _options = options ?? KramdownOptions.Default;
        // kramdown's passes read the source around inlines (a line break's spaces, a span's raw text): they need every
        // inline's position, which Markdig records only when asked.
        var builder = new MarkdownPipelineBuilder { PreciseSourceLocation = true }
            .UseTaskLists()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough);
        builder.Extensions.Add(new KramdownHtmlBlocks());
        builder.InlineParsers.InsertBefore<AutolinkInlineParser>(new GuillemetGuard());
        builder.Extensions.Add(new KramdownAttributes());
        builder.Extensions.Add(new KramdownMath());
        builder.Extensions.Add(new HighlightedCodeBlocks(highlighter, _options));
        builder.Extensions.Add(new KramdownTaskLists());
        builder.Extensions.Add(new KramdownFootnotes());
        builder.Extensions.Add(new KramdownLinks());
        builder.Extensions.Add(new KramdownLists());
        builder.Extensions.Add(new KramdownParagraphEnds());
        builder.Extensions.Add(new KramdownTables());
        builder.Extensions.Add(new KramdownLayout());
        _pipeline = builder.Build();
    }

    /// <exception cref="MarkdownTooDeepException">The Markdown nests deeper than Markdig's limit.</exception>
    public string ToHtml(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new MarkdownTooDeepException();
        }
        LeadingComments.Apply(document);
        KramdownSpanHtml.Apply(document, markdown);
        KramdownLists.Merge(document, markdown);
        var tocLists = AttributePass.Apply(document, markdown);
        KramdownLineEnds.Apply(document, markdown);
        TypographyPass.Apply(document, markdown);
        if (_options.AutoIds) KramdownHeadingIds.Assign(document, _options.AutoIdPrefix);
        KramdownTaskLists.Apply(document);
        TocBlock.Apply(document, tocLists);
        KramdownLists.Apply(document, markdown);
        StrongOutside.Apply(document);
        TableAlignmentClasses.Apply(document, _options.AccessibleMarkup);
        BlockLayout.Apply(document, markdown);
        // Rendered by one of the pipeline's pooled renderers: building and setting up a renderer (dozens of object
        // renderers) for each document, and each excerpt, was a measurable part of a build.
        var html = Markdig.Markdown.ToHtml(document, _pipeline);
        // kramdown ends what it writes with a line break, even when that is all (an empty or blank text is "\n"): a
        // template's default: then sees no empty excerpt, as in Jekyll.
        return html.Length == 0 ? "\n" : html;
    }
}
